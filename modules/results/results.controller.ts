import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentUser } from '../../src/access/access.decorators.js';
import type { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { Role } from '../../src/access/role.enum.js';
import { ConsolidationService } from './consolidation.service.js';
import { PublicationService } from './publication.service.js';
import { PeriodReportService } from './period-report.service.js';
import { ConsolidateDto, PeriodReportQuery, ReasonDto, StandingQuery } from './results.dto.js';
import { ParseIdPipe } from '../../src/http/parse-id.pipe.js';

/** The year's end inside the administration; who may make which move is the cycle statechart's decision. */
@ApiTags('results')
@ApiBearerAuth()
@Controller('cycles/:id')
export class ResultsController {
  constructor(
    private readonly consolidation: ConsolidationService,
    private readonly publication: PublicationService,
    private readonly periods: PeriodReportService,
  ) {}

  /** Consolidated rankings before publication: STTTT, the committee and the admin only. */
  @Get('results')
  @Allow([Role.ADMIN, Role.REVIEWER, Role.CHAIR])
  overview(@Param('id', ParseIdPipe) id: number) {
    return this.publication.overview(id);
  }

  @Get('periods/:period/report')
  @Allow([Role.ADMIN, Role.REVIEWER, Role.CHAIR])
  @ApiOperation({ summary: 'Báo cáo kỳ (Quý I, 6 tháng, 9 tháng): điểm của mọi đơn vị và xếp hạng tạm tính, khi cả kỳ đã thẩm định' })
  periodReport(@Param('id', ParseIdPipe) id: number, @Param('period') period: string, @Query() query: PeriodReportQuery) {
    return this.periods.report(id, period, query.unitKind);
  }

  @Get('my-standing')
  @Allow([Role.UNIT_OFFICER, Role.UNIT_HEAD])
  @ApiOperation({ summary: 'Tổng điểm và thứ hạng tạm tính của chính đơn vị, với điểm trung bình và cao nhất của khối' })
  standing(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number, @Query() query: StandingQuery) {
    return this.periods.standing(actor, id, query.period);
  }

  @Post('consolidations')
  @Allow([Role.REVIEWER])
  consolidate(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number, @Body() dto: ConsolidateDto) {
    return this.consolidation.run(actor, id, dto.unitKind);
  }

  @Post('send-to-chair')
  @HttpCode(200)
  @Allow([Role.REVIEWER])
  sendToChair(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number) {
    return this.publication.sendToChair(actor, id);
  }

  @Post('send-back')
  @HttpCode(200)
  @Allow([Role.CHAIR])
  sendBack(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number, @Body() dto: ReasonDto) {
    return this.publication.sendBack(actor, id, dto.reason);
  }

  @Post('approve')
  @HttpCode(200)
  @Allow([Role.CHAIR])
  approve(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number) {
    return this.publication.approve(actor, id);
  }

  @Post('publish')
  @HttpCode(200)
  @Allow([Role.REVIEWER, Role.CHAIR])
  publish(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number) {
    return this.publication.publish(actor, id);
  }

  @Post('corrections')
  @Allow([Role.CHAIR])
  correct(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number, @Body() dto: ReasonDto) {
    return this.publication.correct(actor, id, dto.reason);
  }
}
