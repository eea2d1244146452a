import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { FrameworkModule } from '../frameworks/framework.module.js';
import { SubmissionModule } from '../submissions/submission.module.js';
import { UnitModule } from '../units/unit.module.js';
import { NotificationModule } from '../notifications/notification.module.js';
import { AssessmentCycle } from './assessment-cycle.entity.js';
import { CycleController } from './cycle.controller.js';
import { CycleService } from './cycle.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([AssessmentCycle]), AuditModule, FrameworkModule, UnitModule, SubmissionModule, NotificationModule],
  controllers: [CycleController],
  providers: [CycleService],
  exports: [CycleService],
})
export class CycleModule {}
