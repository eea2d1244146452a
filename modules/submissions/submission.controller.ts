import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, ALL_ROLES, CurrentUser } from '../../src/access/access.decorators.js';
import { Role } from '../../src/access/role.enum.js';
import type { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { DeadlineScheduler } from './deadline.scheduler.js';
import { DesignateReviewerDto } from './designate-reviewer.dto.js';
import { EnterValuesDto } from './enter-values.dto.js';
import { ExtendDeadlineDto } from './extend-deadline.dto.js';
import { RecordVerificationDto } from './record-verification.dto.js';
import { VerificationService } from './verification.service.js';
import { SubmissionDataService } from './submission-data.service.js';
import { SubmissionEventDto } from './submission-event.dto.js';
import { SubmissionService } from './submission.service.js';
import { ParseIdPipe } from '../../src/http/parse-id.pipe.js';

@ApiTags('submissions')
@ApiBearerAuth()
@Controller()
export class SubmissionController {
  constructor(
    private readonly submissions: SubmissionService,
    private readonly data: SubmissionDataService,
    private readonly verification: VerificationService,
    private readonly deadlines: DeadlineScheduler,
  ) {}

  @Get('cycles/:cycleId/submissions')
  @Allow(ALL_ROLES)
  list(@CurrentUser() actor: AuthenticatedUser, @Param('cycleId', ParseIdPipe) cycleId: number) {
    return this.submissions.listForCycle(actor, cycleId);
  }

  /** One's own part of the cycle: a source agency across every unit it supplies, unit staff for their unit. */
  @Get('cycles/:cycleId/my-part')
  @Allow([Role.SOURCE_AGENCY, Role.UNIT_OFFICER, Role.UNIT_HEAD])
  myPart(@CurrentUser() actor: AuthenticatedUser, @Param('cycleId', ParseIdPipe) cycleId: number) {
    return this.data.myPart(actor, cycleId);
  }

  @Get('submissions/:id')
  @Allow(ALL_ROLES)
  get(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number) {
    return this.submissions.get(actor, id);
  }

  /** Who may make which move, and when, is the statechart's decision (workflows/submission.machine.ts). */
  @Post('submissions/:id/events')
  @Allow(ALL_ROLES)
  event(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number, @Body() dto: SubmissionEventDto) {
    return this.submissions.applyEvent(actor, id, dto);
  }

  /** The self-assessment score, computed from what has been entered, with a trace per indicator. */
  @Get('submissions/:id/readiness')
  @Allow(ALL_ROLES)
  @ApiOperation({ summary: 'Những gì đơn vị còn thiếu trước khi gửi: số liệu chưa nhập (0 điểm) và tài liệu kiểm chứng còn thiếu (chặn việc gửi)' })
  readiness(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number) {
    return this.submissions.readiness(actor, id);
  }

  @Get('submissions/:id/score')
  @Allow(ALL_ROLES)
  score(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number) {
    return this.data.selfAssessment(actor, id);
  }

  @Put('submissions/:id/indicators/:code')
  @Allow([Role.UNIT_OFFICER, Role.UNIT_HEAD, Role.SOURCE_AGENCY])
  enter(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: number,
    @Param('code') code: string,
    @Body() dto: EnterValuesDto,
  ) {
    return this.data.enter(actor, id, code, dto);
  }

  /** Every step of this submission: who, role, unit, when, before/after, why. */
  @Get('submissions/:id/history')
  @Allow(ALL_ROLES)
  history(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number) {
    return this.submissions.history(actor, id);
  }

  @Post('submissions/:id/designated-reviewer')
  @HttpCode(200)
  @Allow([Role.ADMIN])
  designateReviewer(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number, @Body() dto: DesignateReviewerDto) {
    return this.submissions.designateReviewer(actor, id, dto.reviewerId, dto.reason);
  }

  /** Self, verified (once the unit may see it) per scored indicator. */
  @Get('submissions/:id/verification')
  @Allow(ALL_ROLES)
  verificationView(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number) {
    return this.verification.view(actor, id);
  }

  @Put('submissions/:id/verification/:code')
  @Allow([Role.REVIEWER])
  recordVerification(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: number,
    @Param('code') code: string,
    @Body() dto: RecordVerificationDto,
  ) {
    return this.verification.record(actor, id, code, dto);
  }

  @Post('submissions/:id/verification/accept-unchanged')
  @HttpCode(200)
  @Allow([Role.REVIEWER])
  acceptUnchanged(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number) {
    return this.verification.acceptUnchanged(actor, id);
  }

  @Post('submissions/:id/verify')
  @HttpCode(200)
  @Allow([Role.REVIEWER])
  verify(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number) {
    return this.verification.verify(actor, id);
  }

  /** Runs the deadline job now, as the scheduler does every minute. */
  @Post('deadlines/run')
  @HttpCode(200)
  @Allow([Role.ADMIN])
  runDeadlines() {
    return this.deadlines.run();
  }

  @Post('submissions/:id/deadline-extension')
  @HttpCode(200)
  @Allow([Role.ADMIN])
  extend(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number, @Body() dto: ExtendDeadlineDto) {
    const { reason, ...changes } = dto;
    return this.submissions.extendDeadlines(actor, id, changes, reason);
  }
}
