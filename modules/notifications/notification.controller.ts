import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, ALL_ROLES, CurrentUser } from '../../src/access/access.decorators.js';
import type { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { Role } from '../../src/access/role.enum.js';
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
  @ApiOperation({ summary: 'Thông báo của tôi (mới nhất trước) và số chưa đọc' })
  mine(@CurrentUser() actor: AuthenticatedUser) {
    return this.notifications.mine(actor);
  }

  @Post('read-all')
  @HttpCode(200)
  @Allow(ALL_ROLES)
  @ApiOperation({ summary: 'Đánh dấu mọi thông báo là đã đọc' })
  readAll(@CurrentUser() actor: AuthenticatedUser) {
    return this.notifications.markAllRead(actor);
  }

  @Post('mail/run')
  @HttpCode(200)
  @Allow([Role.ADMIN])
  @ApiOperation({ summary: 'Gửi ngay thư cho các thông báo chưa gửi' })
  runMail() {
    return this.scheduler.run();
  }

  @Post(':id/read')
  @HttpCode(200)
  @Allow(ALL_ROLES)
  @ApiOperation({ summary: 'Đánh dấu một thông báo là đã đọc' })
  read(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number) {
    return this.notifications.markRead(actor, id);
  }
}
