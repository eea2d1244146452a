import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { SubmissionView } from './submission.view.js';
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
import { SomethingToWrite } from '../../src/http/something-to-write.pipe.js';
import { Doc } from '../../src/http/api-docs.decorators.js';
import { UserErrors } from '../users/user.errors.js';
import { DATA_ACCESS_ERRORS as DATA_ACCESS, SubmissionErrors as E } from './submission.errors.js';

/** What SubmissionDataService.requireDataAccess refuses: the same for values and evidence. */
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
  @ApiOkResponse({ type: [SubmissionView] })
  @Doc(
    'Danh sách hồ sơ của kỳ đánh giá',
    'Mọi vai trò. Trả về các hồ sơ tự đánh giá của kỳ mà người gọi được xem: đơn vị chỉ thấy hồ sơ của mình, cơ quan đầu mối thấy hồ sơ của các đơn vị mà mình cung cấp hoặc đánh giá số liệu; cơ quan thẩm định, Chủ tịch UBND tỉnh và quản trị viên thấy tất cả.',
  )
  list(@CurrentUser() actor: AuthenticatedUser, @Param('cycleId', ParseIdPipe) cycleId: number) {
    return this.submissions.list(actor, cycleId);
  }

  /** One's own part of the cycle: a source agency across every unit it supplies, unit staff for their unit. */
  @Get('cycles/:cycleId/my-part')
  @Allow([Role.SOURCE_AGENCY, Role.UNIT_OFFICER, Role.UNIT_HEAD])
  @Doc(
    'Phần số liệu của tôi trong kỳ',
    'Cơ quan đầu mối, cán bộ và lãnh đạo đơn vị. Trả về, theo từng hồ sơ, các biến mà người gọi phải cung cấp (chỉ các chỉ số được đánh giá trong kỳ báo cáo đó), giá trị đã nhập, số biến còn thiếu và việc đã xác nhận hoàn thành phần của mình hay chưa.',
  )
  myPart(@CurrentUser() actor: AuthenticatedUser, @Param('cycleId', ParseIdPipe) cycleId: number) {
    return this.data.myPart(actor, cycleId);
  }

  @Get('submissions/:id')
  @Allow(ALL_ROLES)
  @ApiOkResponse({ type: SubmissionView })
  @Doc(
    'Xem một hồ sơ tự đánh giá',
    'Mọi vai trò được xem hồ sơ này. Trả về hồ sơ với trạng thái, kỳ báo cáo, bộ chỉ số và các thời hạn; hồ sơ mà người gọi không được xem trả lời như không tồn tại.',
    [E.NOT_FOUND],
  )
  get(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number) {
    return this.submissions.show(actor, id);
  }

  /** Who may make which move, and when, is the statechart's decision (workflows/submission.machine.ts). */
  @Post('submissions/:id/events')
  @Allow(ALL_ROLES)
  @ApiCreatedResponse({ type: SubmissionView })
  @Doc(
    'Thực hiện một bước của quy trình hồ sơ',
    'Một bước của quy trình, theo type: đơn vị xác nhận hoặc mở lại phần nhập liệu; lãnh đạo đơn vị (hoặc cán bộ được ủy quyền) gửi tự đánh giá, hoặc gửi lại sau khi bổ sung; cơ quan đầu mối xác nhận, mở lại hoặc gửi lại phần số liệu của mình; cơ quan thẩm định bắt đầu thẩm định, trả lại để bổ sung (kèm chỉ số và lý do), đóng hồ sơ không nộp sau hạn nhập liệu (kèm lý do) hoặc hoàn thành hồ sơ sau khi giải quyết kiến nghị; lãnh đạo đơn vị đồng ý kết quả thẩm định. Ai được làm bước nào, ở trạng thái nào và trước thời hạn nào do sơ đồ trạng thái quyết định; khi gửi tự đánh giá, mọi chỉ số có điểm phải có tài liệu kiểm chứng nếu kỳ đánh giá yêu cầu. Trả về hồ sơ ở trạng thái mới.',
    [E.NOT_FOUND, E.INDICATOR_NOT_FOUND, E.ILLEGAL_TRANSITION, E.EVIDENCE_MISSING, E.CONCURRENT_UPDATE],
  )
  event(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number, @Body() dto: SubmissionEventDto) {
    return this.submissions.applyEvent(actor, id, dto);
  }

  /** The self-assessment score, computed from what has been entered, with a trace per indicator. */
  @Get('submissions/:id/readiness')
  @Allow(ALL_ROLES)
  @Doc(
    'Những gì đơn vị còn thiếu trước khi gửi',
    'Mọi vai trò được xem hồ sơ. Liệt kê số liệu chưa nhập (chỉ số được tính 0 điểm) và tài liệu kiểm chứng còn thiếu (chặn việc gửi hồ sơ khi kỳ đánh giá yêu cầu tài liệu kiểm chứng).',
    [E.NOT_FOUND],
  )
  readiness(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number) {
    return this.submissions.readiness(actor, id);
  }

  @Get('submissions/:id/score')
  @Allow(ALL_ROLES)
  @Doc(
    'Điểm tự đánh giá của hồ sơ',
    'Mọi vai trò được xem hồ sơ. Tính điểm tự đánh giá từ số liệu đã nhập theo bộ chỉ số và kỳ báo cáo của hồ sơ; trả về tổng điểm, các chỉ số còn chờ số liệu và cách tính điểm từng chỉ số.',
    [E.NOT_FOUND],
  )
  score(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number) {
    return this.data.selfAssessment(actor, id);
  }

  @Put('submissions/:id/indicators/:code')
  @Allow([Role.UNIT_OFFICER, Role.UNIT_HEAD, Role.SOURCE_AGENCY])
  @Doc(
    'Nhập số liệu một chỉ số',
    'Cán bộ, lãnh đạo đơn vị nhập các biến của đơn vị; cơ quan đầu mối chỉ nhập các biến mình được giao cung cấp. Giá trị được gộp vào số liệu đã có của chỉ số (kèm lý do không áp dụng theo Điều 5c và ghi chú, nếu có), chỉ khi kỳ báo cáo đã mở và chưa hết hạn nhập liệu, hoặc khi chỉ số bị trả lại cho bên mình. Trả về điểm mới của chỉ số và tổng điểm tự đánh giá.',
    [...DATA_ACCESS, E.INVALID_VALUES],
  )
  enter(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: number,
    @Param('code') code: string,
    @Body(SomethingToWrite) dto: EnterValuesDto,
  ) {
    return this.data.enter(actor, id, code, dto);
  }

  /** Every step of this submission: who, role, unit, when, before/after, why. */
  @Get('submissions/:id/history')
  @Allow(ALL_ROLES)
  @Doc(
    'Lịch sử xử lý hồ sơ',
    'Mọi vai trò được xem hồ sơ. Trả về từng bước đã thực hiện, cũ trước mới sau: ai, vai trò, đơn vị, thời điểm, trước/sau và lý do; đơn vị chỉ thấy các bước thẩm định khi kết quả đã được gửi và không thấy số liệu riêng của cơ quan đánh giá.',
    [E.NOT_FOUND],
  )
  history(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number) {
    return this.submissions.history(actor, id);
  }

  @Post('submissions/:id/designated-reviewer')
  @HttpCode(200)
  @Allow([Role.ADMIN])
  @Doc(
    'Chỉ định người thẩm định độc lập',
    'Quản trị viên chỉ định người thẩm định cho hồ sơ khi có xung đột lợi ích (ví dụ hồ sơ của chính cơ quan thẩm định), kèm lý do. Người được chỉ định phải đang hoạt động, có vai trò thẩm định và không thuộc đơn vị của hồ sơ; từ đó chỉ người này được thẩm định hồ sơ. Trả về hồ sơ đã cập nhật.',
    [E.NOT_FOUND, UserErrors.NOT_FOUND, E.REVIEWER_NOT_INDEPENDENT, E.CONCURRENT_UPDATE],
  )
  designateReviewer(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number, @Body() dto: DesignateReviewerDto) {
    return this.submissions.designateReviewer(actor, id, dto.reviewerId, dto.reason);
  }

  /** Self, verified (once the unit may see it) per scored indicator. */
  @Get('submissions/:id/verification')
  @Allow(ALL_ROLES)
  @Doc(
    'Kết quả thẩm định theo chỉ số',
    'Mọi vai trò được xem hồ sơ. Trả về, cho từng chỉ số có điểm, số liệu đã nhập, điểm tự đánh giá kèm cách tính, điểm thẩm định và điểm cuối cùng (sau giải trình, kiến nghị); đơn vị và cơ quan đầu mối chỉ thấy điểm thẩm định khi kết quả đã được gửi.',
    [E.NOT_FOUND],
  )
  verificationView(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number) {
    return this.verification.view(actor, id);
  }

  @Put('submissions/:id/verification/:code')
  @Allow([Role.REVIEWER])
  @Doc(
    'Ghi điểm thẩm định một chỉ số',
    'Cơ quan thẩm định độc lập (không thuộc đơn vị của hồ sơ, hoặc đúng người được chỉ định), khi hồ sơ đang thẩm định. Chấp nhận điểm tự đánh giá (accept) hoặc nhập điểm thẩm định từ 0 đến điểm tối đa của chỉ số, bắt buộc nêu lý do khi khác điểm tự đánh giá; điểm tự đánh giá giữ nguyên. Trả về điểm thẩm định đã lưu.',
    [E.NOT_FOUND, E.ILLEGAL_TRANSITION, E.VERIFICATION_NEEDS_CHOICE, E.INDICATOR_NOT_FOUND, E.POINTS_OUT_OF_RANGE, E.REASON_REQUIRED],
  )
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
  @Doc(
    'Chấp nhận các chỉ số chưa thẩm định',
    'Cơ quan thẩm định độc lập, khi hồ sơ đang thẩm định. Chấp nhận điểm tự đánh giá cho mọi chỉ số có điểm chưa có kết quả thẩm định, trong một lần; các chỉ số đã ghi điểm thẩm định giữ nguyên. Trả về số chỉ số được chấp nhận.',
    [E.NOT_FOUND, E.ILLEGAL_TRANSITION],
  )
  acceptUnchanged(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number) {
    return this.verification.acceptUnchanged(actor, id);
  }

  @Post('submissions/:id/verify')
  @HttpCode(200)
  @Allow([Role.REVIEWER])
  @Doc(
    'Gửi kết quả thẩm định',
    'Cơ quan thẩm định độc lập gửi kết quả khi mọi chỉ số có điểm đã có kết quả thẩm định. Hồ sơ chuyển sang "Đã gửi kết quả thẩm định": đơn vị được xem điểm thẩm định và thời hạn giải trình, kiến nghị (tính theo ngày làm việc) bắt đầu. Trả về hồ sơ ở trạng thái mới.',
    [E.NOT_FOUND, E.ILLEGAL_TRANSITION, E.CONCURRENT_UPDATE],
  )
  verify(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number) {
    return this.verification.verify(actor, id);
  }

  /** Runs the deadline job now, as the scheduler does every minute. */
  @Post('deadlines/run')
  @HttpCode(200)
  @Allow([Role.ADMIN])
  @Doc(
    'Xử lý thời hạn ngay',
    'Quản trị viên chạy ngay việc hệ thống tự làm mỗi phút: hồ sơ đã thẩm định mà hết thời hạn giải trình, kiến nghị chuyển sang "Hoàn thành". Hồ sơ quá hạn nhập liệu không bị đóng ở đây (cơ quan thẩm định đóng, kèm lý do). Trả về số hồ sơ đã chuyển trạng thái.',
  )
  runDeadlines() {
    return this.deadlines.run();
  }

  @Post('submissions/:id/deadline-extension')
  @HttpCode(200)
  @Allow([Role.ADMIN])
  @Doc(
    'Gia hạn cho một hồ sơ',
    'Quản trị viên gia hạn nhập liệu (dataEntry) hoặc hạn giải trình, kiến nghị (disputeWindow) cho hồ sơ của một đơn vị, kèm lý do. Thời hạn mới phải muộn hơn thời hạn hiện tại; hạn giải trình, kiến nghị chỉ gia hạn được sau khi kết quả thẩm định đã được gửi. Trả về hồ sơ đã cập nhật.',
    [E.NOT_FOUND, E.EXTENSION_NOT_LATER, E.CONCURRENT_UPDATE],
  )
  extend(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number, @Body() dto: ExtendDeadlineDto) {
    const { reason, ...changes } = dto;
    return this.submissions.extendDeadlines(actor, id, changes, reason);
  }
}
