import { Injectable } from '@nestjs/common';
import type ExcelJS from 'exceljs';
import { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { Role } from '../../src/access/role.enum.js';
import { CycleService } from '../cycles/cycle.service.js';
import type { AssessmentCycle } from '../cycles/assessment-cycle.entity.js';
import { FrameworkService } from '../frameworks/framework.service.js';
import { ConsolidationService } from '../results/consolidation.service.js';
import { supplierOf } from '../scoring/engine/entry-rules.js';
import { flatten } from '../scoring/engine/framework-validator.js';
import { round2 } from '../scoring/engine/numbers.js';
import type { IndicatorDef, VariableDef } from '../scoring/engine/framework.types.js';
import type { UnitInputs } from '../scoring/engine/score.types.js';
import type { Evidence } from '../submissions/evidence.entity.js';
import { EvidenceService } from '../submissions/evidence.service.js';
import type { Submission } from '../submissions/submission.entity.js';
import { SubmissionService } from '../submissions/submission.service.js';
import { VerificationService } from '../submissions/verification.service.js';
import { UnitService } from '../units/unit.service.js';
import { excel } from './xlsx-rows.js';
import { ReportErrors } from './report.errors.js';
import { DomainException } from '../../src/errors/domain.exception.js';

/** Seed 004's own header row, word for word, then the points this system computed. */
const FORM_HEADER = [
  'STT',
  'Chỉ số/Chỉ số thành phần',
  'Cách xác định và tính điểm',
  'Điểm tối đa',
  'Ghi chú',
  'Số liệu',
  'Tài liệu kiểm chứng (chú thích rõ mục nào trong tài liệu nếu có nhiều trang)',
  'Đầu mối cung cấp số liệu, tài liệu kiểm chứng',
  'Điểm',
];
const POINTS = '#,##0.##';
const GENERAL = 'STT';

type Scores = { points: Map<string, number | null>; source: string };

/**
 * The province's DTI form (seed 004, "CHỈ SỐ DTI CẤP TỈNH NĂM 2024") filled from the cycle: the
 * general information (I), every indicator with its "a= …" rows and their figures, the evidence
 * with where in the document, the focal agencies; then a sheet comparing with the year before.
 */
@Injectable()
export class ProvinceFormExportService {
  constructor(
    private readonly submissions: SubmissionService,
    private readonly verification: VerificationService,
    private readonly evidence: EvidenceService,
    private readonly frameworks: FrameworkService,
    private readonly units: UnitService,
    private readonly cycles: CycleService,
    private readonly consolidation: ConsolidationService,
  ) {}

  async form(actor: AuthenticatedUser, id: number): Promise<Buffer> {
    const submission = await this.submissions.get(actor, id);
    const cycle = await this.cycles.get(submission.cycleId);
    if (cycle.frameworks[0]?.unitKind !== 'PROVINCE') throw new DomainException(ReportErrors.NOT_A_PROVINCE_FORM, { id });
    const framework = (await this.frameworks.get(submission.frameworkCode, submission.frameworkVersion)).definition;
    const unit = await this.units.get(submission.unitId);
    const names = new Map((await this.units.list({ includeInactive: true })).map((u) => [u.code, u.name]));
    const who = (code: string) => (code === 'UNIT' ? unit.name : (names.get(code) ?? code));
    const { inputs, scores } = await this.scoresOf(actor, cycle, submission);
    const files = groupBy(await this.evidence.list(actor, id), (e) => e.indicatorCode);

    const book = new (await excel()).Workbook();
    const sheet = book.addWorksheet('Biểu mẫu DTI');
    sheet.addRow([`CHỈ SỐ DTI CẤP TỈNH NĂM ${cycle.year}`]).font = { bold: true, size: 13 };
    sheet.addRow([`ĐƠN VỊ: ${unit.name}`]).font = { bold: true };
    sheet.addRow([`Điểm: ${scores.source}`]).font = { italic: true };
    sheet.addRow(FORM_HEADER).font = { bold: true };
    const value = (def: IndicatorDef, v: VariableDef) => {
      const at = v.ref ? inputs[v.ref.indicator]?.values?.[v.ref.variable] : inputs[def.code]?.values?.[v.key];
      return typeof at === 'boolean' ? (at ? 'Có' : 'Không') : (at ?? null);
    };
    const suppliers = (def: IndicatorDef) => [...new Set((def.variables ?? []).map((v) => who(supplierOf(def, v))))].join('\n');
    const evidenceText = (code: string) => (files.get(code) ?? []).map(describe).join('\n') || null;
    let sectionTwo = false;
    for (const main of framework.indicators) {
      const general = main.code === GENERAL;
      if (!general && !sectionTwo) {
        sheet.addRow(['II', 'Chỉ số đánh giá']).font = { bold: true };
        sectionTwo = true;
      }
      sheet.addRow([general ? 'I' : main.code, general ? 'Thông tin chung' : main.name, null, general ? null : main.maxPoints, null, null, null, null, general ? null : (sumOf(scores, main) ?? null)]).font = { bold: true };
      for (const def of main.children ?? []) {
        const rows = def.children ?? [def];
        for (const leaf of rows) {
          if (general) {
            sheet.addRow([leaf.code.replace(`${GENERAL}.`, ''), leaf.name, null, null, null, leaf.variables?.length ? value(leaf, leaf.variables[0]) : null, evidenceText(leaf.code), suppliers(leaf)]);
            continue;
          }
          const input = inputs[leaf.code];
          const note = input?.notApplicable ? `Không có nội dung đánh giá: ${input.notApplicable}` : null;
          const row = sheet.addRow([leaf.code, leaf.name, leaf.ruleText ?? null, leaf.maxPoints, note, null, evidenceText(leaf.code), suppliers(leaf), scores.points.get(leaf.code) ?? null]);
          row.alignment = { wrapText: true, vertical: 'top' };
          for (const v of leaf.variables ?? []) {
            const shared = v.ref ? ` (số liệu của mục ${v.ref.indicator.replace(`${GENERAL}.`, 'I.')})` : '';
            sheet.addRow([null, `${v.key}= ${v.label}${shared}`, null, null, null, value(leaf, v), null, who(supplierOf(leaf, v))]);
          }
        }
      }
    }
    sheet.columns.forEach((c, i) => (c.width = [8, 55, 55, 10, 24, 16, 45, 30, 10][i]));
    for (const col of [4, 9]) sheet.getColumn(col).numFmt = POINTS;
    await this.yearOverYear(book, actor, cycle, submission, framework.indicators.filter((m) => m.code !== GENERAL), scores);
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  /** The points of each leaf: the latest consolidation where there is one (relative rules resolved), else final, else self. */
  private async scoresOf(actor: AuthenticatedUser, cycle: AssessmentCycle, submission: Submission): Promise<{ inputs: UnitInputs; scores: Scores }> {
    const view = await this.verification.view(actor, submission.id);
    const inputs: UnitInputs = Object.fromEntries(view.indicators.map((i) => [i.code, { values: i.values, notApplicable: i.notApplicable ?? undefined }]));
    // The unit learns the consolidated result when it is published, like every ranking; before that, what its own view shows.
    const unitStaff = actor.role === Role.UNIT_OFFICER || actor.role === Role.UNIT_HEAD;
    const consolidated = unitStaff && cycle.status !== 'published' ? null : await this.consolidation.latestOfUnit(cycle.id, cycle.frameworks[0].unitKind, submission.unitId);
    if (consolidated) return { inputs, scores: { points: new Map(consolidated.indicators.map((l) => [l.code, l.points])), source: 'kết quả tổng hợp mới nhất' } };
    const anyFinal = view.indicators.some((i) => i.final !== null);
    return {
      inputs,
      scores: { points: new Map(view.indicators.map((i) => [i.code, i.final ?? i.self.points])), source: anyFinal ? 'điểm sau thẩm định (chỉ số chưa thẩm định: điểm tự đánh giá)' : 'điểm tự đánh giá (chưa thẩm định)' },
    };
  }

  /** Main indicators side by side with the province's cycle of the year before, where there is one. */
  private async yearOverYear(book: ExcelJS.Workbook, actor: AuthenticatedUser, cycle: AssessmentCycle, submission: Submission, mains: IndicatorDef[], now: Scores) {
    const sheet = book.addWorksheet('So sánh năm trước');
    const before = (await this.cycles.list()).find((c) => c.year === cycle.year - 1 && c.frameworks[0]?.unitKind === 'PROVINCE');
    const last = before && (await this.submissions.findReport(actor, before.id, submission.unitId, before.periods[before.periods.length - 1]));
    sheet.addRow([`So sánh chỉ số DTI cấp tỉnh năm ${cycle.year} với năm ${cycle.year - 1}`]).font = { bold: true };
    if (!before || !last) {
      sheet.addRow([`Không có kỳ đánh giá DTI cấp tỉnh năm ${cycle.year - 1} của đơn vị này để so sánh.`]);
      return;
    }
    const then = (await this.scoresOf(actor, before, last)).scores;
    sheet.addRow([`Năm ${cycle.year}: ${now.source}. Năm ${cycle.year - 1}: ${then.source} (${before.name}).`]).font = { italic: true };
    sheet.addRow(['STT', 'Chỉ số', 'Điểm tối đa', `Năm ${cycle.year - 1}`, `Năm ${cycle.year}`, 'Thay đổi']).font = { bold: true };
    let totals: [number, number] = [0, 0];
    for (const main of mains) {
      const [a, b] = [sumOf(then, main), sumOf(now, main)];
      totals = [totals[0] + (a ?? 0), totals[1] + (b ?? 0)];
      sheet.addRow([main.code, main.name, main.maxPoints, a, b, a !== null && b !== null ? round2(b - a) : null]);
    }
    sheet.addRow([null, 'Tổng điểm', mains.reduce((n, m) => n + m.maxPoints, 0), round2(totals[0]), round2(totals[1]), round2(totals[1] - totals[0])]).font = { bold: true };
    sheet.columns.forEach((c, i) => (c.width = [8, 50, 12, 14, 14, 12][i]));
    for (const col of [3, 4, 5, 6]) sheet.getColumn(col).numFmt = POINTS;
  }
}


/** A main indicator's points: the sum of its leaves' (null while none has any). */
function sumOf(s: Scores, def: IndicatorDef): number | null {
  const leaves = flatten([def]).filter((d) => !d.children).map((l) => s.points.get(l.code));
  return leaves.some((p) => typeof p === 'number') ? round2(leaves.reduce<number>((n, p) => n + (p ?? 0), 0)) : null;
}

function groupBy<T>(list: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of list) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}

/** "Kế hoạch 45/KH-UBND, ngày 2024-03-15, UBND tỉnh — mục II.3, trang 5 (https://…)" */
function describe(e: Evidence): string {
  const doc = [e.documentNumber && `số ${e.documentNumber}`, e.documentDate && `ngày ${e.documentDate}`, e.issuer].filter(Boolean).join(', ');
  return `${e.originalName}${doc ? ` (${doc})` : ''}${e.location ? ` — ${e.location}` : ''}${e.url ? ` ${e.url}` : ''}`;
}
