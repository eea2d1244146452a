import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentUser } from '../../src/access/access.decorators.js';
import type { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { Role } from '../../src/access/role.enum.js';
import { ConsolidationService } from './consolidation.service.js';
import { PublicationService } from './publication.service.js';
import { PeriodReportService } from './period-report.service.js';
import { ConsolidateDto, PeriodReportQuery, ReasonDto, StandingQuery } from './results.dto.js';
import { ParseIdPipe } from '../../src/http/parse-id.pipe.js';
import { Doc } from '../../src/http/api-docs.decorators.js';
import { CycleErrors } from '../cycles/cycle.errors.js';
import { ResultsErrors } from './results.errors.js';

/** Every move of the cycle statechart can meet these (CycleService.applyEvent). */
const CYCLE_MOVE = [CycleErrors.NOT_FOUND, CycleErrors.ILLEGAL_TRANSITION, CycleErrors.CONCURRENT_UPDATE];

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
  @Doc(
    'Kết quả tổng hợp của kỳ đánh giá',
    'Quản trị viên, cơ quan thẩm định và Chủ tịch UBND tỉnh, cả trước khi công bố. Trả về trạng thái của kỳ đánh giá (kèm đề xuất đang trình và lý do trả lại gần nhất của Chủ tịch), lần tổng hợp mới nhất của từng loại đơn vị với bảng xếp hạng, và mọi phiên bản đã phê duyệt hoặc công bố.',
    [CycleErrors.NOT_FOUND],
  )
  overview(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number) {
    return this.publication.overview(actor, id);
  }

  @Get('periods/:period/report')
  @Allow([Role.ADMIN, Role.REVIEWER, Role.CHAIR])
  @Doc(
    'Báo cáo kỳ (tạm tính)',
    'Quản trị viên, cơ quan thẩm định và Chủ tịch UBND tỉnh. Trả về điểm của mọi đơn vị một loại trong một kỳ báo cáo trước kỳ cuối năm (Quý I, 6 tháng, 9 tháng) và xếp hạng tạm tính, chỉ khi mọi hồ sơ của kỳ báo cáo đã được thẩm định; kết quả năm là kết quả tổng hợp, không lập theo cách này.',
    [CycleErrors.NOT_FOUND, CycleErrors.PERIOD_NOT_IN_CYCLE, ResultsErrors.YEAR_IS_CONSOLIDATED, ResultsErrors.UNIT_KIND_NOT_IN_CYCLE, ResultsErrors.PERIOD_NOT_VERIFIED],
  )
  periodReport(@Param('id', ParseIdPipe) id: number, @Param('period') period: string, @Query() query: PeriodReportQuery) {
    return this.periods.report(id, period, query.unitKind);
  }

  @Get('my-standing')
  @Allow([Role.UNIT_OFFICER, Role.UNIT_HEAD])
  @Doc(
    'Thứ hạng tạm tính của đơn vị mình',
    'Cán bộ, lãnh đạo đơn vị. Trả về tổng điểm và thứ hạng tạm tính của chính đơn vị trong một kỳ báo cáo hoặc cả năm đến thời điểm hiện tại, cùng điểm trung bình và cao nhất của các đơn vị cùng loại, không lộ điểm của đơn vị khác; điểm thẩm định chỉ được tính khi kết quả đã gửi cho đơn vị.',
    [CycleErrors.NOT_FOUND, ResultsErrors.UNIT_KIND_NOT_IN_CYCLE, CycleErrors.PERIOD_NOT_IN_CYCLE, ResultsErrors.UNIT_NOT_FOUND],
  )
  standing(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number, @Query() query: StandingQuery) {
    return this.periods.standing(actor, id, query.period);
  }

  @Post('consolidations')
  @Allow([Role.REVIEWER])
  @Doc(
    'Tổng hợp kết quả, xếp hạng',
    'Cơ quan thẩm định tổng hợp điểm năm của mọi đơn vị một loại (hoặc mọi loại của kỳ đánh giá) từ điểm cuối cùng của các kỳ báo cáo, rồi xếp hạng (Điều 6, 7). Mỗi lần tổng hợp được lưu riêng, không sửa, kèm các thay đổi so với lần trước và các hồ sơ chưa hoàn thành; được tổng hợp lại cả sau khi công bố (để đính chính). Trả về từng lần tổng hợp vừa lập.',
    [...CYCLE_MOVE, ResultsErrors.UNIT_KIND_NOT_IN_CYCLE],
  )
  consolidate(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number, @Body() dto: ConsolidateDto) {
    return this.consolidation.run(actor, id, dto.unitKind);
  }

  @Post('send-to-chair')
  @HttpCode(200)
  @Allow([Role.REVIEWER])
  @Doc(
    'Trình Chủ tịch UBND tỉnh kết quả xếp hạng',
    'Cơ quan thẩm định trình lần tổng hợp mới nhất của từng loại đơn vị, khi kỳ đánh giá đã tổng hợp đủ mọi loại và mọi hồ sơ đã hoàn thành; kỳ đánh giá cấp tỉnh còn cần giá trị tham chiếu toàn quốc của các chỉ số so sánh với địa phương cao nhất, đúng giá trị mà lần tổng hợp đã dùng. Kỳ đánh giá chuyển sang chờ phê duyệt; trả về trạng thái mới và các lần tổng hợp được trình.',
    [...CYCLE_MOVE, ResultsErrors.NOT_ALL_FINAL, CycleErrors.REFERENCE_MISSING, CycleErrors.REFERENCE_CHANGED],
  )
  sendToChair(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number) {
    return this.publication.sendToChair(actor, id);
  }

  @Post('send-back')
  @HttpCode(200)
  @Allow([Role.CHAIR])
  @Doc(
    'Trả lại kết quả xếp hạng',
    'Chủ tịch UBND tỉnh trả lại kết quả đang chờ phê duyệt, kèm lý do; cơ quan thẩm định được thông báo và thấy lý do đến lần trình sau. Trả về trạng thái mới của kỳ đánh giá.',
    CYCLE_MOVE,
  )
  sendBack(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number, @Body() dto: ReasonDto) {
    return this.publication.sendBack(actor, id, dto.reason);
  }

  @Post('approve')
  @HttpCode(200)
  @Allow([Role.CHAIR])
  @Doc(
    'Phê duyệt kết quả xếp hạng',
    'Chủ tịch UBND tỉnh phê duyệt kết quả đang chờ phê duyệt khi mọi hồ sơ của kỳ đánh giá đã hoàn thành: các lần tổng hợp được trình thành phiên bản mới, chưa công khai cho đến khi công bố. Trả về phiên bản đã phê duyệt.',
    [...CYCLE_MOVE, ResultsErrors.NOT_ALL_FINAL],
  )
  approve(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number) {
    return this.publication.approve(actor, id);
  }

  @Post('publish')
  @HttpCode(200)
  @Allow([Role.REVIEWER, Role.CHAIR])
  @Doc(
    'Công bố kết quả',
    'Cơ quan thẩm định hoặc Chủ tịch UBND tỉnh công bố phiên bản đã phê duyệt, khi mọi hồ sơ của kỳ đánh giá đã hoàn thành; từ đó kết quả hiện trên cổng thông tin, không cần đăng nhập. Trả về phiên bản đã công bố.',
    [...CYCLE_MOVE, ResultsErrors.NOT_ALL_FINAL],
  )
  publish(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number) {
    return this.publication.publish(actor, id);
  }

  @Post('corrections')
  @Allow([Role.CHAIR])
  @Doc(
    'Công bố đính chính kết quả',
    'Chủ tịch UBND tỉnh, sau khi kết quả đã công bố: lần tổng hợp mới nhất của từng loại đơn vị thành phiên bản công bố mới, kèm lý do và các thay đổi thứ hạng, điểm; các phiên bản cũ vẫn xem được. Trả về phiên bản mới.',
    CYCLE_MOVE,
  )
  correct(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number, @Body() dto: ReasonDto) {
    return this.publication.correct(actor, id, dto.reason);
  }
}
