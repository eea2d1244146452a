import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Allow, ALL_ROLES, CurrentUser } from '../../src/access/access.decorators.js';
import type { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { Role } from '../../src/access/role.enum.js';
import { DisputeMessageDto, OpenDisputeDto, ResolveDisputeItemDto } from './dispute.dto.js';
import { DisputeService } from './dispute.service.js';
import { ParseIdPipe } from '../../src/http/parse-id.pipe.js';

@ApiTags('disputes')
@ApiBearerAuth()
@Controller('submissions/:id/disputes')
export class DisputeController {
  constructor(private readonly disputes: DisputeService) {}

  /** One thread per disputed indicator, with its outcome. */
  @Get()
  @Allow(ALL_ROLES)
  list(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number) {
    return this.disputes.list(actor, id);
  }

  @Post()
  @Allow([Role.UNIT_HEAD])
  open(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number, @Body() dto: OpenDisputeDto) {
    return this.disputes.open(actor, id, dto);
  }

  @Post(':code/messages')
  @Allow([Role.UNIT_HEAD, Role.UNIT_OFFICER, Role.REVIEWER, Role.SOURCE_AGENCY])
  message(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number, @Param('code') code: string, @Body() dto: DisputeMessageDto) {
    return this.disputes.addMessage(actor, id, code, dto);
  }

  @Put(':code/resolution')
  @Allow([Role.REVIEWER])
  resolve(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number, @Param('code') code: string, @Body() dto: ResolveDisputeItemDto) {
    return this.disputes.resolveItem(actor, id, code, dto);
  }

  @Post('close')
  @HttpCode(200)
  @Allow([Role.REVIEWER])
  close(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number) {
    return this.disputes.close(actor, id);
  }
}
