import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentUser } from '../../src/access/access.decorators.js';
import type { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { Role } from '../../src/access/role.enum.js';
import { AgencyFigureService } from './agency-figure.service.js';
import { EnterAgencyFigureDto } from './enter-agency-figure.dto.js';
import { ParseIdPipe } from '../../src/http/parse-id.pipe.js';

@ApiTags('agency-figures')
@ApiBearerAuth()
@Controller()
export class AgencyFigureController {
  constructor(private readonly figures: AgencyFigureService) {}

  @Get('cycles/:cycleId/agency-grid')
  @Allow([Role.SOURCE_AGENCY])
  @ApiOperation({ summary: 'Bảng các chỉ số cơ quan được giao đánh giá × mọi đơn vị của kỳ (Phụ lục III)' })
  @ApiQuery({ name: 'period', required: false, description: 'Q1, H1, Q3 hoặc YEAR' })
  grid(@CurrentUser() actor: AuthenticatedUser, @Param('cycleId', ParseIdPipe) cycleId: number, @Query('period') period?: string) {
    return this.figures.grid(actor, cycleId, period);
  }

  @Put('submissions/:id/agency-figures/:code')
  @Allow([Role.SOURCE_AGENCY])
  @ApiOperation({ summary: 'Cơ quan nhập số liệu theo dõi và nhận xét của mình cho một chỉ số của một đơn vị' })
  enter(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number, @Param('code') code: string, @Body() dto: EnterAgencyFigureDto) {
    return this.figures.enter(actor, id, code, dto);
  }

  @Get('submissions/:id/agency-figures')
  @Allow([Role.REVIEWER, Role.ADMIN, Role.CHAIR, Role.SOURCE_AGENCY])
  @ApiOperation({ summary: 'Số liệu tự đánh giá và số liệu của cơ quan đánh giá, đặt cạnh nhau, với chênh lệch' })
  sideBySide(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number) {
    return this.figures.sideBySide(actor, id);
  }
}
