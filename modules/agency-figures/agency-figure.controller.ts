import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentUser } from '../../src/access/access.decorators.js';
import type { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { Role } from '../../src/access/role.enum.js';
import { AgencyFigureService } from './agency-figure.service.js';
import { EnterAgencyFigureDto } from './enter-agency-figure.dto.js';
import { ParseIdPipe } from '../../src/http/parse-id.pipe.js';
import { SomethingToWrite } from '../../src/http/something-to-write.pipe.js';
import { Doc } from '../../src/http/api-docs.decorators.js';
import { SubmissionErrors } from '../submissions/submission.errors.js';
import { AgencyFigureErrors } from './agency-figure.errors.js';

@ApiTags('agency-figures')
@ApiBearerAuth()
@Controller()
export class AgencyFigureController {
  constructor(private readonly figures: AgencyFigureService) {}

  @Get('cycles/:cycleId/agency-grid')
  @Allow([Role.SOURCE_AGENCY])
  @Doc(
    'Bảng chỉ số cơ quan được giao đánh giá',
    'Cơ quan đầu mối được giao đánh giá chỉ số (Phụ lục III). Trả về, cho mọi đơn vị của kỳ đánh giá (hoặc một kỳ báo cáo), các chỉ số cơ quan đánh giá trong kỳ báo cáo đó với các biến được giao, số liệu và nhận xét đã nhập, và các chỉ số bị trả lại cho cơ quan kèm lý do.',
  )
  @ApiQuery({ name: 'period', required: false, description: 'Q1, H1, Q3 hoặc YEAR' })
  grid(@CurrentUser() actor: AuthenticatedUser, @Param('cycleId', ParseIdPipe) cycleId: number, @Query('period') period?: string) {
    return this.figures.grid(actor, cycleId, period);
  }

  @Put('submissions/:id/agency-figures/:code')
  @Allow([Role.SOURCE_AGENCY])
  @Doc(
    'Nhập số liệu của cơ quan đánh giá cho một chỉ số',
    'Cơ quan đầu mối nhập số liệu theo dõi, nhận xét và lý do không áp dụng (Điều 5c) của mình cho một chỉ số mình được giao đánh giá của một đơn vị, chỉ với các biến được giao và chỉ số được đánh giá trong kỳ báo cáo. Sửa được đến khi gửi kết quả thẩm định, sau đó chỉ khi chỉ số bị trả lại cho cơ quan; trả về số liệu đã lưu.',
    [SubmissionErrors.NOT_FOUND, AgencyFigureErrors.NOT_ASSESSOR, SubmissionErrors.NOT_IN_PERIOD, AgencyFigureErrors.CLOSED, AgencyFigureErrors.NOT_YOUR_VARIABLES, AgencyFigureErrors.INVALID_VALUES],
  )
  enter(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number, @Param('code') code: string, @Body(SomethingToWrite) dto: EnterAgencyFigureDto) {
    return this.figures.enter(actor, id, code, dto);
  }

  @Get('submissions/:id/agency-figures')
  @Allow([Role.REVIEWER, Role.ADMIN, Role.CHAIR, Role.SOURCE_AGENCY])
  @Doc(
    'Đối chiếu số liệu tự đánh giá với số liệu của cơ quan đánh giá',
    'Cơ quan thẩm định, Chủ tịch UBND tỉnh, quản trị viên và cơ quan đầu mối (chỉ thấy số liệu của chính mình). Trả về, cho từng chỉ số có cơ quan đánh giá, số liệu và điểm tự đánh giá đặt cạnh số liệu, điểm và chênh lệch của từng cơ quan, cùng điểm gợi ý để bắt đầu thẩm định (điểm thấp nhất của các cơ quan, nếu có).',
    [SubmissionErrors.NOT_FOUND],
  )
  sideBySide(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number) {
    return this.figures.sideBySide(actor, id);
  }
}
