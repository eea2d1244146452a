import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import multer from 'multer';
import { AgencyFigureModule } from '../agency-figures/agency-figure.module.js';
import { CycleModule } from '../cycles/cycle.module.js';
import { FrameworkModule } from '../frameworks/framework.module.js';
import { ResultsModule } from '../results/results.module.js';
import { SubmissionModule } from '../submissions/submission.module.js';
import { UnitModule } from '../units/unit.module.js';
import { ExcelExportService } from './excel-export.service.js';
import { ExcelImportService } from './excel-import.service.js';
import { ProvinceFormExportService } from './province-form-export.service.js';
import { ReportsController } from './reports.controller.js';

/** A province's data fits in a few megabytes of spreadsheet; anything larger is refused before it is read. */
const MAX_WORKBOOK_BYTES = 5 * 1024 * 1024;

@Module({
  imports: [
    AgencyFigureModule,
    CycleModule,
    FrameworkModule,
    ResultsModule,
    SubmissionModule,
    UnitModule,
    MulterModule.register({ storage: multer.memoryStorage(), limits: { fileSize: MAX_WORKBOOK_BYTES, files: 1, fields: 5, parts: 6 } }),
  ],
  controllers: [ReportsController],
  providers: [ExcelExportService, ExcelImportService, ProvinceFormExportService],
})
export class ReportsModule {}
