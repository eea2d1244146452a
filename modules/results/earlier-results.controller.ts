import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentUser } from '../../src/access/access.decorators.js';
import type { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { Role } from '../../src/access/role.enum.js';
import { EarlierResultsService } from './earlier-results.service.js';
import { ParseIdPipe } from '../../src/http/parse-id.pipe.js';
import { Doc } from '../../src/http/api-docs.decorators.js';
import { SubmissionErrors } from '../submissions/submission.errors.js';

@ApiTags('results')
@ApiBearerAuth()
@Controller('submissions/:id/earlier')
export class EarlierResultsController {
  constructor(private readonly earlier: EarlierResultsService) {}

  @Get()
  @Allow([Role.ADMIN, Role.REVIEWER, Role.CHAIR, Role.UNIT_OFFICER, Role.UNIT_HEAD])
  @Doc(
    'Kết quả kỳ trước và năm trước của đơn vị',
    'Quản trị viên, cơ quan thẩm định, Chủ tịch UBND tỉnh, cán bộ và lãnh đạo đơn vị được xem hồ sơ. Trả về điểm cuối cùng theo từng chỉ số của kỳ báo cáo liền trước trong cùng kỳ đánh giá và của cùng kỳ báo cáo năm trước (kỳ đánh giá đã công bố), để đặt cạnh khi thẩm định; chỉ lấy các hồ sơ đã được gửi kết quả thẩm định.',
    [SubmissionErrors.NOT_FOUND],
  )
  of(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number) {
    return this.earlier.of(actor, id);
  }
}
