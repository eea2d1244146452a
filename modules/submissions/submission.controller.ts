import { Body, Controller, Get, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Allow, ALL_ROLES, CurrentUser } from '../../src/access/access.decorators.js';
import type { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { SubmissionEventDto } from './submission-event.dto.js';
import { SubmissionService } from './submission.service.js';

@ApiTags('submissions')
@ApiBearerAuth()
@Controller()
export class SubmissionController {
  constructor(private readonly submissions: SubmissionService) {}

  @Get('cycles/:cycleId/submissions')
  @Allow(ALL_ROLES)
  list(@CurrentUser() actor: AuthenticatedUser, @Param('cycleId', ParseIntPipe) cycleId: number) {
    return this.submissions.listForCycle(actor, cycleId);
  }

  @Get('submissions/:id')
  @Allow(ALL_ROLES)
  get(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIntPipe) id: number) {
    return this.submissions.get(actor, id);
  }

  /** Who may make which move, and when, is the statechart's decision (workflows/submission.machine.ts). */
  @Post('submissions/:id/events')
  @Allow(ALL_ROLES)
  event(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIntPipe) id: number, @Body() dto: SubmissionEventDto) {
    return this.submissions.applyEvent(actor, id, dto);
  }
}
