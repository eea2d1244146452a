import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Allow, ALL_ROLES, CurrentUser } from '../../src/access/access.decorators.js';
import type { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { Role } from '../../src/access/role.enum.js';
import { Doc } from '../../src/http/api-docs.decorators.js';
import { NotificationErrors } from './notification.errors.js';
import { NotificationScheduler } from './notification.scheduler.js';
import { NotificationService } from './notification.service.js';
import { ParseIdPipe } from '../../src/http/parse-id.pipe.js';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationController {
  constructor(
    private readonly notifications: NotificationService,
    private readonly scheduler: NotificationScheduler,
  ) {}

  @Get()
  @Allow(ALL_ROLES)
  @Doc('Thông báo của tôi', 'Mọi người dùng đã đăng nhập. Trả về 50 thông báo gần nhất của chính mình (mới nhất trước) và số thông báo chưa đọc.')
  mine(@CurrentUser() actor: AuthenticatedUser) {
    return this.notifications.mine(actor);
  }

  @Post('read-all')
  @HttpCode(200)
  @Allow(ALL_ROLES)
  @Doc('Đánh dấu mọi thông báo là đã đọc', 'Mọi người dùng đã đăng nhập. Đánh dấu đã đọc mọi thông báo chưa đọc của chính mình và trả về số thông báo vừa được đánh dấu.')
  readAll(@CurrentUser() actor: AuthenticatedUser) {
    return this.notifications.markAllRead(actor);
  }

  @Post('mail/run')
  @HttpCode(200)
  @Allow([Role.ADMIN])
  @Doc(
    'Gửi ngay thư cho các thông báo chưa gửi',
    'Quản trị hệ thống. Chạy ngay lượt gửi thư thông báo thường chạy mỗi phút: mỗi người nhận một thư gộp các thông báo chưa gửi; người không có địa chỉ thư hoặc đã bị khóa thì bỏ qua, thư không gửi được sẽ thử lại ở lượt sau. Trả về số thư và số thông báo đã gửi.',
  )
  runMail() {
    return this.scheduler.run();
  }

  @Post(':id/read')
  @HttpCode(200)
  @Allow(ALL_ROLES)
  @Doc(
    'Đánh dấu một thông báo là đã đọc',
    'Mọi người dùng đã đăng nhập, chỉ với thông báo của chính mình (thông báo của người khác được coi như không tồn tại). Trả về thông báo kèm thời điểm đã đọc.',
    [NotificationErrors.NOT_FOUND],
  )
  read(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number) {
    return this.notifications.markRead(actor, id);
  }
}
