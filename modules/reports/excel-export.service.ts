import { Injectable } from '@nestjs/common';
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
import { unitKindLabel } from '../units/unit-kind.enum.js';
import { excel } from './xlsx-rows.js';

/**
 * The columns of the seed's own table (Phụ lục I–II: "STT | Chỉ số/Chỉ số thành phần | Điểm tối đa |
 * Cách xác định và tính điểm | Tài liệu kiểm chứng | Nguồn thu thập dữ liệu | Kỳ đánh giá"), then the scores.
 */
const TABLE_HEADER = ['STT', 'Chỉ số/Chỉ số thành phần', 'Điểm tối đa', 'Cách xác định và tính điểm', 'Tài liệu kiểm chứng', 'Nguồn thu thập dữ liệu', 'Kỳ đánh giá', 'Điểm tự đánh giá', 'Điểm thẩm định', 'Kết quả đánh giá'];
/** Points as the Vietnamese read them once Excel applies the reader's locale: 1.234,5 (two decimals at most). */
const POINTS = '#,##0.##';
const PERIOD_WORDS: Record<string, string> = { QUARTER: 'Quý', HALF_YEAR: '6 tháng', YEAR: 'năm' };
/** "Quý, 6 tháng, năm" as the seed writes the column; an indicator without periods is yearly. */
const periodsText = (def: IndicatorDef) => {
  const text = (def.periods ?? ['YEAR']).map((p) => PERIOD_WORDS[p] ?? p).join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
};

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
    const book = new (await excel()).Workbook();
    const sheet = book.addWorksheet('Bảng chỉ số');
    sheet.addRow([`${framework.name} (${framework.decision})`]).font = { bold: true };
    sheet.addRow([`Đơn vị: ${unit.name}`, null, null, `Kỳ báo cáo: ${reportingPeriod(submission.period).label}`, `Trạng thái: ${statusLabel(submission.status)}`]);
    sheet.addRow(TABLE_HEADER).font = { bold: true };
    const walk = (defs: IndicatorDef[], depth: number) => {
      for (const def of defs) {
        const score = byCode.get(def.code);
        const reporter = def.supplier && def.supplier !== 'UNIT' ? (agencies.get(def.supplier) ?? def.supplier) : 'Đơn vị tự đánh giá';
        // Appendix III: the agencies that give their own figure and assessment, after who reports.
        const assessors = (def.assessedBy ?? []).map((a) => agencies.get(a.agency) ?? a.agency);
        const supplier = assessors.length ? `${reporter}; đánh giá: ${assessors.join(', ')}` : reporter;
        const row = sheet.addRow([def.code, def.name, def.maxPoints, def.ruleText ?? null, def.evidence ?? null, def.children ? null : supplier, def.children ? null : periodsText(def), score?.self.points ?? null, score?.verified?.verifiedPoints ?? null, score?.final ?? null]);
        if (depth === 0) row.font = { bold: true };
        if (def.children) walk(def.children, depth + 1);
      }
    };
    walk(framework.indicators, 0);
    sheet.columns.forEach((c, i) => (c.width = [8, 60, 10, 60, 40, 28, 16, 14, 14, 14][i]));
    for (const col of [3, 8, 9, 10]) sheet.getColumn(col).numFmt = POINTS;
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  /** The cycle's latest consolidated ranking, one sheet per unit kind, one column per main indicator. */
  async rankingReport(cycleId: number): Promise<Buffer> {
    const cycle = await this.cycles.get(cycleId);
    const book = new (await excel()).Workbook();
    for (const run of await this.consolidation.latestRuns(cycleId)) {
      const rows = await this.consolidation.ranking(run.id);
      const mains = rows[0]?.mains ?? [];
      // Sheet names: 31 characters at most, none of : \\ / ? * [ ] (the kinds' labels have commas only).
      const sheet = book.addWorksheet(`Xếp hạng ${unitKindLabel(run.unitKind)}`.slice(0, 31));
      sheet.addRow([`${cycle.name}: xếp hạng ${unitKindLabel(run.unitKind)} (lần tổng hợp ${run.run})`]).font = { bold: true };
      sheet.addRow(['Hạng', 'Mã đơn vị', 'Đơn vị', ...mains.map((m) => `${m.code}. ${m.name} (${m.maxPoints})`), 'Tổng điểm', 'Ghi chú']).font = { bold: true };
      for (const r of rows) sheet.addRow([r.rank, r.unitCode, r.unitName, ...r.mains.map((m) => m.points), r.total, notSubmittedNote(r.notSubmitted) || null]);
      sheet.columns.forEach((c, i) => (c.width = i === 2 ? 40 : i < 2 ? 14 : 16));
      sheet.columns.forEach((c, i) => i > 2 && (c.numFmt = POINTS));
    }
    if (!book.worksheets.length) book.addWorksheet('Xếp hạng').addRow(['Chưa tổng hợp kết quả']);
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  /** A reporting period's table and provisional ranking, marked provisional in its title and its sheet name. */
  async periodReport(cycleId: number, period: string, unitKind?: string): Promise<Buffer> {
    const report = await this.periods.report(cycleId, period, unitKind);
    const book = new (await excel()).Workbook();
    const sheet = book.addWorksheet(`Tạm tính ${report.periodLabel}`);
    sheet.addRow([`${report.name}: báo cáo kỳ ${report.periodLabel} (${unitKindLabel(report.unitKind)}) — KẾT QUẢ TẠM TÍNH`]).font = { bold: true };
    sheet.addRow([report.notice]).font = { italic: true };
    const mains = report.rows[0]?.mains ?? [];
    sheet.addRow(['Hạng tạm tính', 'Mã đơn vị', 'Đơn vị', 'Trạng thái', ...mains.map((m) => `${m.code}. ${m.name} (${m.maxPoints})`), `Tổng điểm (tối đa ${report.maxPoints})`, 'Ghi chú']).font = { bold: true };
    for (const r of report.rows) sheet.addRow([r.rank, r.unitCode, r.unitName, statusLabel(r.status), ...r.mains.map((m) => m.points), r.total, notSubmittedNote(r.notSubmitted) || null]);
    sheet.columns.forEach((c, i) => (c.width = i === 2 ? 40 : 16));
    sheet.columns.forEach((c, i) => i > 3 && (c.numFmt = POINTS));
    return Buffer.from(await book.xlsx.writeBuffer());
  }
}

/** "Không nộp báo cáo Quý I (lý do …)": the mark a closed, never-submitted report leaves in a ranking. */
export function notSubmittedNote(list: { period: string; reason: string }[] | null): string {
  return (list ?? []).map((n) => `Không nộp báo cáo ${reportingPeriod(n.period).label} (${n.reason})`).join('; ');
}
