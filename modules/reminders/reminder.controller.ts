import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../src/access/access.decorators.js';
import { Role } from '../../src/access/role.enum.js';
import { Doc } from '../../src/http/api-docs.decorators.js';
import { ReminderScheduler } from './reminder.scheduler.js';
import { ReminderService } from './reminder.service.js';

@ApiTags('reminders')
@ApiBearerAuth()
@Controller('reminders')
export class ReminderController {
  constructor(
    private readonly reminders: ReminderService,
    private readonly scheduler: ReminderScheduler,
  ) {}

  /** What was sent, to whom and when (latest 500). */
  @Get()
  @Allow([Role.ADMIN])
  @Doc('Thư nhắc hạn đã gửi', 'Quản trị hệ thống. Trả về 500 mục nhắc việc gần nhất: loại việc, người nhận, địa chỉ thư, tiêu đề và thời điểm gửi.')
  list() {
    return this.reminders.list();
  }

  @Post('run')
  @HttpCode(200)
  @Allow([Role.ADMIN])
  @Doc(
    'Gửi thư nhắc hạn ngay',
    'Quản trị hệ thống. Chạy ngay lượt nhắc việc thường chạy mỗi giờ: đơn vị và cơ quan đầu mối chưa nhập đủ số liệu trước hạn, cơ quan thẩm định có hồ sơ hoặc giải trình đang chờ, Chủ tịch UBND tỉnh có kết quả xếp hạng chờ phê duyệt. Mỗi người nhận một thư gộp các việc mới, mỗi việc chỉ nhắc một lần; thư không gửi được sẽ thử lại ở lượt sau. Trả về số thư và số việc đã gửi.',
  )
  run() {
    return this.scheduler.run();
  }
}
