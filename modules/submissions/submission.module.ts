import { Module } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { MulterModule } from '@nestjs/platform-express';
import multer from 'multer';
import { appConfig } from '../../src/config/app.config.js';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { FrameworkModule } from '../frameworks/framework.module.js';
import { UnitModule } from '../units/unit.module.js';
import { UserModule } from '../users/user.module.js';
import { NotificationModule } from '../notifications/notification.module.js';
import { IndicatorValue } from './indicator-value.entity.js';
import { SubmissionScore } from './submission-score.entity.js';
import { SubmissionDataService } from './submission-data.service.js';
import { DeadlineScheduler } from './deadline.scheduler.js';
import { DisputeItem } from './dispute-item.entity.js';
import { EvidenceController } from './evidence.controller.js';
import { Evidence } from './evidence.entity.js';
import { EvidenceService } from './evidence.service.js';
import { DisputeMessage } from './dispute-message.entity.js';
import { DisputeService } from './dispute.service.js';
import { VerificationService } from './verification.service.js';
import { VerifiedScore } from './verified-score.entity.js';
import { DisputeController } from './dispute.controller.js';
import { SubmissionController } from './submission.controller.js';
import { Submission } from './submission.entity.js';
import { SubmissionResultsService } from './submission-results.service.js';
import { BulkEntryService } from './bulk-entry.service.js';
import { SubmissionService } from './submission.service.js';
import { EvidenceSweepService } from './evidence-sweep.service.js';
import { EvidenceSweepController } from './evidence-sweep.controller.js';

@Module({
  imports: [TypeOrmModule.forFeature([Submission, IndicatorValue, SubmissionScore, VerifiedScore, DisputeItem, DisputeMessage, Evidence]), AuditModule,
    FrameworkModule,
    UnitModule,
    UserModule,
    NotificationModule,
    // Evidence stays in memory until it has passed every check: an interrupted upload leaves nothing.
    // The raw name is kept (preservePath) so that a path in it is refused, not silently trimmed.
    MulterModule.registerAsync({
      inject: [appConfig.KEY],
      useFactory: (app: ConfigType<typeof appConfig>) => ({
        storage: multer.memoryStorage(),
        limits: { fileSize: app.uploadMaxBytes, files: 1, fields: 10, parts: 12 },
        preservePath: true,
        defParamCharset: 'utf8',
      }),
    }),
  ],
  controllers: [SubmissionController, DisputeController, EvidenceController, EvidenceSweepController],
  providers: [SubmissionService, SubmissionDataService, VerificationService, DisputeService, DeadlineScheduler, EvidenceService, EvidenceSweepService, SubmissionResultsService, BulkEntryService],
  exports: [SubmissionService, SubmissionResultsService, SubmissionDataService, VerificationService, DisputeService, BulkEntryService, EvidenceSweepService, EvidenceService],
})
export class SubmissionModule {}
