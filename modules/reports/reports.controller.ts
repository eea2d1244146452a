import { Controller, Get, Header, HttpCode, Param, Post, Query, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { Allow, ALL_ROLES, CurrentUser } from '../../src/access/access.decorators.js';
import type { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { Role } from '../../src/access/role.enum.js';
import { ExcelExportService } from './excel-export.service.js';
import { ExcelImportService } from './excel-import.service.js';
import { ProvinceFormExportService } from './province-form-export.service.js';
import { PeriodReportQuery } from '../results/results.dto.js';
import { ImportQuery } from './import.query.js';
import { ParseIdPipe } from '../../src/http/parse-id.pipe.js';
import { Doc } from '../../src/http/api-docs.decorators.js';
import { RequestErrors } from '../../src/errors/common.errors.js';
import { CycleErrors } from '../cycles/cycle.errors.js';
import { ResultsErrors } from '../results/results.errors.js';
import { SubmissionErrors } from '../submissions/submission.errors.js';
import { ReportErrors } from './report.errors.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const download = (buffer: Buffer, name: string) => new StreamableFile(buffer, { type: XLSX, disposition: `attachment; filename="${name}"` });

@ApiTags('reports')
@ApiBearerAuth()
@Controller()
export class ReportsController {
  constructor(
    private readonly exports: ExcelExportService,
    private readonly imports: ExcelImportService,
    private readonly province: ProvinceFormExportService,
  ) {}

  /** Visible exactly as the submission is (verified scores only once the unit may see them). */
  @Get('submissions/:id/report.xlsx')
  @Allow(ALL_ROLES)
  @Doc(
    'Xuất Excel bảng chỉ số của hồ sơ',
    'Mọi vai trò được xem hồ sơ. Trả về tệp Excel theo bảng chỉ số của bộ chỉ số: điểm tối đa, phương pháp tính điểm, tài liệu kiểm chứng, đơn vị cung cấp, điểm tự đánh giá, điểm thẩm định và điểm cuối cùng (điểm thẩm định chỉ hiện với đơn vị khi kết quả đã được gửi).',
    [SubmissionErrors.NOT_FOUND],
  )
  async submissionReport(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number) {
    return download(await this.exports.submissionReport(actor, id), `ho-so-${id}.xlsx`);
  }

  @Get('submissions/:id/province-form.xlsx')
  @Allow([Role.ADMIN, Role.REVIEWER, Role.CHAIR, Role.UNIT_OFFICER, Role.UNIT_HEAD])
  @Doc(
    'Xuất biểu mẫu DTI cấp tỉnh',
    'Quản trị viên, cơ quan thẩm định, Chủ tịch UBND tỉnh, cán bộ và lãnh đạo của tỉnh. Trả về tệp Excel đúng các cột của biểu mẫu "CHỈ SỐ DTI CẤP TỈNH" (STT, chỉ số, cách xác định và tính điểm, điểm tối đa, ghi chú, số liệu, tài liệu kiểm chứng kèm mục trong tài liệu, đầu mối cung cấp) với số liệu đã nhập và điểm, cùng trang so sánh với kỳ đánh giá cấp tỉnh năm trước.',
    [SubmissionErrors.NOT_FOUND, ReportErrors.NOT_A_PROVINCE_FORM],
  )
  async provinceForm(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number) {
    return download(await this.province.form(actor, id), `bieu-mau-dti-tinh-${id}.xlsx`);
  }

  @Get('cycles/:id/ranking.xlsx')
  @Allow([Role.ADMIN, Role.REVIEWER, Role.CHAIR])
  @Doc(
    'Xuất Excel kết quả xếp hạng của kỳ đánh giá',
    'Quản trị viên, cơ quan thẩm định và Chủ tịch UBND tỉnh. Trả về tệp Excel theo lần tổng hợp mới nhất, mỗi loại đơn vị một trang: thứ hạng, điểm từng chỉ số thành phần, tổng điểm và ghi chú các kỳ báo cáo không nộp; chưa tổng hợp thì tệp ghi "Chưa tổng hợp kết quả".',
    [CycleErrors.NOT_FOUND],
  )
  async ranking(@Param('id', ParseIdPipe) id: number) {
    return download(await this.exports.rankingReport(id), `xep-hang-ky-${id}.xlsx`);
  }

  @Get('cycles/:id/periods/:period/report.xlsx')
  @Allow([Role.ADMIN, Role.REVIEWER, Role.CHAIR])
  @Doc(
    'Xuất Excel báo cáo kỳ (tạm tính)',
    'Quản trị viên, cơ quan thẩm định và Chủ tịch UBND tỉnh. Trả về tệp Excel báo cáo một kỳ báo cáo trước kỳ cuối năm (Quý I, 6 tháng, 9 tháng) của một loại đơn vị, ghi rõ là kết quả tạm tính, khi mọi hồ sơ của kỳ báo cáo đã được thẩm định.',
    [CycleErrors.NOT_FOUND, CycleErrors.PERIOD_NOT_IN_CYCLE, ResultsErrors.YEAR_IS_CONSOLIDATED, ResultsErrors.UNIT_KIND_NOT_IN_CYCLE, ResultsErrors.PERIOD_NOT_VERIFIED],
  )
  async periodReport(@Param('id', ParseIdPipe) id: number, @Param('period') period: string, @Query() query: PeriodReportQuery) {
    return download(await this.exports.periodReport(id, period, query.unitKind), `bao-cao-tam-tinh-ky-${id}-${encodeURIComponent(period)}.xlsx`);
  }

  @Get('cycles/:id/import-template.xlsx')
  @Allow([Role.SOURCE_AGENCY, Role.UNIT_OFFICER, Role.UNIT_HEAD])
  @Doc(
    'Tải mẫu Excel nhập số liệu',
    'Cơ quan đầu mối, cán bộ và lãnh đạo đơn vị. Trả về tệp Excel mỗi dòng một biến mà người gọi phải cung cấp, cho mọi hồ sơ của kỳ đánh giá, với giá trị đã nhập; cơ quan đầu mối được giao đánh giá (Phụ lục III) có thêm các dòng số liệu của chính cơ quan.',
  )
  @Header('Cache-Control', 'no-store')
  async template(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number) {
    return download(await this.imports.template(actor, id), `mau-nhap-lieu-ky-${id}.xlsx`);
  }

  /** `?dryRun=true` checks every row and writes nothing; without it, all rows or none. */
  @Post('cycles/:id/import')
  @HttpCode(200)
  @Allow([Role.SOURCE_AGENCY, Role.UNIT_OFFICER, Role.UNIT_HEAD])
  @Doc(
    'Nhập số liệu từ tệp Excel',
    'Cơ quan đầu mối, cán bộ và lãnh đạo đơn vị gửi tệp theo mẫu (tối đa 5 MB, 50.000 dòng); mỗi dòng được kiểm tra như khi nhập từng chỉ số. Với dryRun=true chỉ kiểm tra và không ghi gì; khi nhập thật, chỉ ghi nếu mọi dòng hợp lệ, nếu không thì từ chối cả tệp kèm danh sách lỗi theo dòng và cột. Trả về số dòng đã đọc, các lỗi và số dòng đã ghi.',
    [ReportErrors.FILE_REQUIRED, ReportErrors.NOT_A_WORKBOOK, ReportErrors.EMPTY_WORKBOOK, ReportErrors.WORKBOOK_TOO_LARGE, ReportErrors.TOO_MANY_ROWS, ReportErrors.WORKBOOK_TOO_SLOW, ReportErrors.IMPORT_REFUSED, RequestErrors.PAYLOAD_TOO_LARGE],
  )
  @UseInterceptors(FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  import(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number, @Query() query: ImportQuery, @UploadedFile() file: { buffer: Buffer } | undefined) {
    return this.imports.import(actor, id, file?.buffer, query.dryRun === true);
  }
}
