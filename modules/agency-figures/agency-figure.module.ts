import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { FrameworkModule } from '../frameworks/framework.module.js';
import { SubmissionModule } from '../submissions/submission.module.js';
import { UnitModule } from '../units/unit.module.js';
import { AgencyFigureController } from './agency-figure.controller.js';
import { AgencyFigure } from './agency-figure.entity.js';
import { AgencyFigureService } from './agency-figure.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([AgencyFigure]), SubmissionModule, FrameworkModule, UnitModule, AuditModule],
  controllers: [AgencyFigureController],
  providers: [AgencyFigureService],
  exports: [AgencyFigureService],
})
export class AgencyFigureModule {}
