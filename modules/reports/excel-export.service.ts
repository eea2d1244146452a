import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { CycleService } from '../cycles/cycle.service.js';
import { FrameworkService } from '../frameworks/framework.service.js';
import { ConsolidationService } from '../results/consolidation.service.js';
import { PeriodReportService } from '../results/period-report.service.js';
import { statusLabel } from '../submissions/submission-labels.js';
import type { IndicatorDef } from '../scoring/engine/framework.types.js';
import { reportingPeriod } from '../scoring/engine/periods.js';
import { SubmissionService } from '../submissions/submission.service.js';
import { VerificationService } from '../submissions/verification.service.js';
import { UnitService } from '../units/unit.service.js';

const TABLE_HEADER = ['STT', 'Chỉ số', 'Điểm tối đa', 'Phương pháp tính điểm', 'Tài liệu kiểm chứng', 'Đơn vị cung cấp', 'Điểm tự đánh giá', 'Điểm thẩm định', 'Điểm cuối cùng'];

/** Spreadsheets as people print them: numbers as numbers, Vietnamese text as it is. */
@Injectable()
export class ExcelExportService {
  constructor(
    private readonly submissions: SubmissionService,
    private readonly verification: VerificationService,
    private readonly frameworks: FrameworkService,
    private readonly units: UnitService,
    private readonly cycles: CycleService,
    private readonly consolidation: ConsolidationService,
    private readonly periods: PeriodReportService,
  ) {}

  /** A unit's submission as the framework table of the seed, with self, verified and final scores. */
  async submissionReport(actor: AuthenticatedUser, id: number): Promise<Buffer> {
    const view = await this.verification.view(actor, id);
    const submission = await this.submissions.get(actor, id);
    const framework = (await this.frameworks.get(submission.frameworkCode, submission.frameworkVersion)).definition;
    const unit = await this.units.get(submission.unitId);
    const byCode = new Map(view.indicators.map((i) => [i.code, i]));
    const agencies = new Map((await this.units.list({ includeInactive: true })).map((u) => [u.code, u.name]));
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Bảng chỉ số');
    sheet.addRow([`${framework.name} (${framework.decision})`]).font = { bold: true };
    sheet.addRow([`Đơn vị: ${unit.name}`, null, null, `Kỳ: ${submission.period}`, `Trạng thái: ${submission.status}`]);
    sheet.addRow(TABLE_HEADER).font = { bold: true };
    const walk = (defs: IndicatorDef[], depth: number) => {
      for (const def of defs) {
        const score = byCode.get(def.code);
        const reporter = def.supplier && def.supplier !== 'UNIT' ? (agencies.get(def.supplier) ?? def.supplier) : 'Đơn vị tự đánh giá';
        // Appendix III: the agencies that give their own figure and assessment, after who reports.
        const assessors = (def.assessedBy ?? []).map((a) => agencies.get(a.agency) ?? a.agency);
        const supplier = assessors.length ? `${reporter}; đánh giá: ${assessors.join(', ')}` : reporter;
        const row = sheet.addRow([def.code, def.name, def.maxPoints, def.ruleText ?? null, def.evidence ?? null, def.children ? null : supplier, score?.self.points ?? null, score?.verified?.verifiedPoints ?? null, score?.final ?? null]);
        if (depth === 0) row.font = { bold: true };
        if (def.children) walk(def.children, depth + 1);
      }
    };
    walk(framework.indicators, 0);
    sheet.columns.forEach((c, i) => (c.width = [8, 60, 10, 60, 40, 28, 14, 14, 14][i]));
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  /** The cycle's latest consolidated ranking, one sheet per unit kind, one column per main indicator. */
  async rankingReport(cycleId: number): Promise<Buffer> {
    const cycle = await this.cycles.get(cycleId);
    const book = new ExcelJS.Workbook();
    for (const run of await this.consolidation.latestRuns(cycleId)) {
      const rows = await this.consolidation.ranking(run.id);
      const mains = rows[0]?.mains ?? [];
      const sheet = book.addWorksheet(`Xếp hạng ${run.unitKind}`);
      sheet.addRow([`${cycle.name}: xếp hạng (${run.unitKind}, lần tổng hợp ${run.run})`]).font = { bold: true };
      sheet.addRow(['Hạng', 'Mã đơn vị', 'Đơn vị', ...mains.map((m) => `${m.code}. ${m.name} (${m.maxPoints})`), 'Tổng điểm', 'Ghi chú']).font = { bold: true };
      for (const r of rows) sheet.addRow([r.rank, r.unitCode, r.unitName, ...r.mains.map((m) => m.points), r.total, notSubmittedNote(r.notSubmitted) || null]);
      sheet.columns.forEach((c, i) => (c.width = i === 2 ? 40 : i < 2 ? 14 : 16));
    }
    if (!book.worksheets.length) book.addWorksheet('Xếp hạng').addRow(['Chưa tổng hợp kết quả']);
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  /** A reporting period's table and provisional ranking, marked provisional in its title and its sheet name. */
  async periodReport(cycleId: number, period: string, unitKind?: string): Promise<Buffer> {
    const report = await this.periods.report(cycleId, period, unitKind);
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet(`Tạm tính ${report.periodLabel}`);
    sheet.addRow([`${report.name}: báo cáo kỳ ${report.periodLabel} (${report.unitKind}) — KẾT QUẢ TẠM TÍNH`]).font = { bold: true };
    sheet.addRow([report.notice]).font = { italic: true };
    const mains = report.rows[0]?.mains ?? [];
    sheet.addRow(['Hạng tạm tính', 'Mã đơn vị', 'Đơn vị', 'Trạng thái', ...mains.map((m) => `${m.code}. ${m.name} (${m.maxPoints})`), `Tổng điểm (tối đa ${report.maxPoints})`, 'Ghi chú']).font = { bold: true };
    for (const r of report.rows) sheet.addRow([r.rank, r.unitCode, r.unitName, statusLabel(r.status), ...r.mains.map((m) => m.points), r.total, notSubmittedNote(r.notSubmitted) || null]);
    sheet.columns.forEach((c, i) => (c.width = i === 2 ? 40 : 16));
    return Buffer.from(await book.xlsx.writeBuffer());
  }
}

/** "Không nộp báo cáo Quý I (lý do …)": the mark a closed, never-submitted report leaves in a ranking. */
export function notSubmittedNote(list: { period: string; reason: string }[] | null): string {
  return (list ?? []).map((n) => `Không nộp báo cáo ${reportingPeriod(n.period).label} (${n.reason})`).join('; ');
}
