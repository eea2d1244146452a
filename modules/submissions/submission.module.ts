import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { FrameworkModule } from '../frameworks/framework.module.js';
import { UnitModule } from '../units/unit.module.js';
import { UserModule } from '../users/user.module.js';
import { IndicatorValue } from './indicator-value.entity.js';
import { SubmissionDataService } from './submission-data.service.js';
import { DeadlineScheduler } from './deadline.scheduler.js';
import { DisputeItem } from './dispute-item.entity.js';
import { DisputeMessage } from './dispute-message.entity.js';
import { DisputeService } from './dispute.service.js';
import { VerificationService } from './verification.service.js';
import { VerifiedScore } from './verified-score.entity.js';
import { DisputeController } from './dispute.controller.js';
import { SubmissionController } from './submission.controller.js';
import { Submission } from './submission.entity.js';
import { SubmissionService } from './submission.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Submission, IndicatorValue, VerifiedScore, DisputeItem, DisputeMessage]), AuditModule, FrameworkModule, UnitModule, UserModule],
  controllers: [SubmissionController, DisputeController],
  providers: [SubmissionService, SubmissionDataService, VerificationService, DisputeService, DeadlineScheduler],
  exports: [SubmissionService],
})
export class SubmissionModule {}
