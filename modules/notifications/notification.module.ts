import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailService } from './mail.service.js';
import { NotificationController } from './notification.controller.js';
import { Notification } from './notification.entity.js';
import { NotificationScheduler } from './notification.scheduler.js';
import { NotificationService } from './notification.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Notification])],
  controllers: [NotificationController],
  providers: [MailService, NotificationService, NotificationScheduler],
  exports: [MailService, NotificationService],
})
export class NotificationModule {}
