import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CycleModule } from '../cycles/cycle.module.js';
import { SubmissionModule } from '../submissions/submission.module.js';
import { UnitModule } from '../units/unit.module.js';
import { UserModule } from '../users/user.module.js';
import { NotificationModule } from '../notifications/notification.module.js';
import { ReminderController } from './reminder.controller.js';
import { SupplierProgressController } from './supplier-progress.controller.js';
import { SupplierProgressService } from './supplier-progress.service.js';
import { AuditModule } from '../audit/audit.module.js';
import { FrameworkModule } from '../frameworks/framework.module.js';
import { Reminder } from './reminder.entity.js';
import { ReminderScheduler } from './reminder.scheduler.js';
import { ReminderService } from './reminder.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Reminder]), CycleModule, SubmissionModule, UnitModule, UserModule, NotificationModule, AuditModule, FrameworkModule],
  controllers: [ReminderController, SupplierProgressController],
  providers: [ReminderService, ReminderScheduler, SupplierProgressService],
})
export class ReminderModule {}
