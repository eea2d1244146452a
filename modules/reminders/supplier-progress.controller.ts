import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Allow, ALL_ROLES, CurrentUser } from '../../src/access/access.decorators.js';
import type { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { Doc } from '../../src/http/api-docs.decorators.js';
import { ParseIdPipe } from '../../src/http/parse-id.pipe.js';
import { SubmissionErrors } from '../submissions/submission.errors.js';
import { Role } from '../../src/access/role.enum.js';
import { ReminderErrors } from './reminder.errors.js';
import { SupplierProgressService } from './supplier-progress.service.js';

@ApiTags('submissions')
@ApiBearerAuth()
@Controller('submissions')
export class SupplierProgressController {
  constructor(private readonly progress: SupplierProgressService) {}

  @Get(':id/suppliers')
  @Allow(ALL_ROLES)
  @Doc(
    'Tiến độ của các cơ quan đầu mối',
    'Mọi vai trò được xem hồ sơ. Theo từng bên cung cấp số liệu (đơn vị hoặc cơ quan đầu mối): các chỉ số được giao, biến còn trống, đã xác nhận hoàn thành phần của mình chưa, có đang phải bổ sung theo yêu cầu trả lại không, hạn nhập liệu và lần nhắc hạn gần nhất. Cơ quan đầu mối chỉ thấy phần của mình.',
    [SubmissionErrors.NOT_FOUND],
  )
  get(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number) {
    return this.progress.progress(actor, id);
  }

  @Post(':id/suppliers/:party/remind')
  @HttpCode(200)
  @Allow([Role.UNIT_OFFICER, Role.UNIT_HEAD, Role.REVIEWER, Role.ADMIN])
  @Doc(
    'Nhắc một bên cung cấp số liệu',
    'Cán bộ, lãnh đạo đơn vị, cơ quan thẩm định và quản trị viên được xem hồ sơ. Gửi ngay lời nhắc (thông báo trên hệ thống, kèm thư theo lượt gửi thông báo) tới các tài khoản của một bên (mã cơ quan đầu mối, hoặc UNIT cho chính đơn vị) còn nợ số liệu: chưa gửi phần của mình hoặc đang phải bổ sung theo yêu cầu trả lại; nêu các chỉ số còn thiếu. Mỗi bên được nhắc tối đa một lần mỗi giờ; được ghi nhật ký.',
    [SubmissionErrors.NOT_FOUND, ReminderErrors.PARTY_NOT_FOUND, ReminderErrors.NOTHING_OWED, ReminderErrors.NO_ONE_TO_REMIND, ReminderErrors.TOO_SOON],
  )
  remind(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number, @Param('party') party: string) {
    return this.progress.remind(actor, id, party);
  }
}
