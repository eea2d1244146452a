import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { CycleModule } from '../cycles/cycle.module.js';
import { FrameworkModule } from '../frameworks/framework.module.js';
import { SubmissionModule } from '../submissions/submission.module.js';
import { UnitModule } from '../units/unit.module.js';
import { ConsolidatedScore } from './consolidated-score.entity.js';
import { Consolidation } from './consolidation.entity.js';
import { ConsolidationScheduler } from './consolidation.scheduler.js';
import { ConsolidationService } from './consolidation.service.js';
import { PeriodReportService } from './period-report.service.js';
import { PublicResultsController } from './public-results.controller.js';
import { PublicResultsService } from './public-results.service.js';
import { PublicationService } from './publication.service.js';
import { PublishedResult } from './published-result.entity.js';
import { EarlierResultsController } from './earlier-results.controller.js';
import { EarlierResultsService } from './earlier-results.service.js';
import { ResultsController } from './results.controller.js';

@Module({
  imports: [TypeOrmModule.forFeature([Consolidation, ConsolidatedScore, PublishedResult]), AuditModule, CycleModule, FrameworkModule, SubmissionModule, UnitModule],
  controllers: [ResultsController, PublicResultsController, EarlierResultsController],
  providers: [EarlierResultsService, ConsolidationService, PublicationService, PublicResultsService, PeriodReportService, ConsolidationScheduler],
  exports: [ConsolidationService, PublicationService, PeriodReportService],
})
export class ResultsModule {}
