import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Allow, ALL_ROLES, CurrentUser } from '../../src/access/access.decorators.js';
import type { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { Doc } from '../../src/http/api-docs.decorators.js';
import { ParseIdPipe } from '../../src/http/parse-id.pipe.js';
import { SubmissionErrors } from '../submissions/submission.errors.js';
import { ReminderService } from './reminder.service.js';

@ApiTags('submissions')
@ApiBearerAuth()
@Controller('submissions')
export class SupplierProgressController {
  constructor(private readonly reminders: ReminderService) {}

  @Get(':id/suppliers')
  @Allow(ALL_ROLES)
  @Doc(
    'Tiến độ của các cơ quan đầu mối',
    'Mọi vai trò được xem hồ sơ. Theo từng bên cung cấp số liệu (đơn vị hoặc cơ quan đầu mối): các chỉ số được giao, biến còn trống, đã xác nhận hoàn thành phần của mình chưa, có đang phải bổ sung theo yêu cầu trả lại không, hạn nhập liệu và lần nhắc hạn gần nhất. Cơ quan đầu mối chỉ thấy phần của mình.',
    [SubmissionErrors.NOT_FOUND],
  )
  get(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number) {
    return this.reminders.supplierProgress(actor, id);
  }
}
