import { Controller, Get, Header, HttpCode, Param, Post, Query, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { Allow, ALL_ROLES, CurrentUser } from '../../src/access/access.decorators.js';
import type { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { Role } from '../../src/access/role.enum.js';
import { ExcelExportService } from './excel-export.service.js';
import { ExcelImportService } from './excel-import.service.js';
import { PeriodReportQuery } from '../results/results.dto.js';
import { ImportQuery } from './import.query.js';
import { ParseIdPipe } from '../../src/http/parse-id.pipe.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const download = (buffer: Buffer, name: string) => new StreamableFile(buffer, { type: XLSX, disposition: `attachment; filename="${name}"` });

@ApiTags('reports')
@ApiBearerAuth()
@Controller()
export class ReportsController {
  constructor(
    private readonly exports: ExcelExportService,
    private readonly imports: ExcelImportService,
  ) {}

  /** Visible exactly as the submission is (verified scores only once the unit may see them). */
  @Get('submissions/:id/report.xlsx')
  @Allow(ALL_ROLES)
  async submissionReport(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number) {
    return download(await this.exports.submissionReport(actor, id), `ho-so-${id}.xlsx`);
  }

  @Get('cycles/:id/ranking.xlsx')
  @Allow([Role.ADMIN, Role.REVIEWER, Role.CHAIR])
  async ranking(@Param('id', ParseIdPipe) id: number) {
    return download(await this.exports.rankingReport(id), `xep-hang-ky-${id}.xlsx`);
  }

  @Get('cycles/:id/periods/:period/report.xlsx')
  @Allow([Role.ADMIN, Role.REVIEWER, Role.CHAIR])
  async periodReport(@Param('id', ParseIdPipe) id: number, @Param('period') period: string, @Query() query: PeriodReportQuery) {
    return download(await this.exports.periodReport(id, period, query.unitKind), `bao-cao-tam-tinh-ky-${id}-${encodeURIComponent(period)}.xlsx`);
  }

  @Get('cycles/:id/import-template.xlsx')
  @Allow([Role.SOURCE_AGENCY, Role.UNIT_OFFICER, Role.UNIT_HEAD])
  @Header('Cache-Control', 'no-store')
  async template(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number) {
    return download(await this.imports.template(actor, id), `mau-nhap-lieu-ky-${id}.xlsx`);
  }

  /** `?dryRun=true` checks every row and writes nothing; without it, all rows or none. */
  @Post('cycles/:id/import')
  @HttpCode(200)
  @Allow([Role.SOURCE_AGENCY, Role.UNIT_OFFICER, Role.UNIT_HEAD])
  @UseInterceptors(FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  import(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number, @Query() query: ImportQuery, @UploadedFile() file: { buffer: Buffer } | undefined) {
    return this.imports.import(actor, id, file?.buffer, query.dryRun === true);
  }
}
