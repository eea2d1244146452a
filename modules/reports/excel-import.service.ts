import { Injectable } from '@nestjs/common';
import { setImmediate as yieldToOthers } from 'node:timers/promises';
import { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { DomainException } from '../../src/errors/domain.exception.js';
import { BulkEntryService, ImportedValue, ImportProblem } from '../submissions/bulk-entry.service.js';
import { SubmissionDataService } from '../submissions/submission-data.service.js';
import { ReportErrors } from './report.errors.js';
import { AgencyFigureService } from '../agency-figures/agency-figure.service.js';
import { Role } from '../../src/access/role.enum.js';
import type { VariableValue } from '../scoring/engine/score.types.js';
import type { VariableType } from '../scoring/engine/framework.types.js';
import { fromCell } from '../scoring/engine/entry-rules.js';
import { reportingPeriod } from '../scoring/engine/periods.js';
import { readRowsOffThread } from './xlsx-reader.js';
import { excel } from './xlsx-rows.js';

/** The template's columns; the import reads them by position, the headers are for people. */
const COLUMNS = ['Mã hồ sơ', 'Mã đơn vị', 'Đơn vị', 'Kỳ', 'Chỉ số', 'Biến', 'Nội dung', 'Kiểu', 'Giá trị', 'Không áp dụng (lý do, Điều 5c)', 'Ghi chú'];
/** A cell as text, or undefined when blank. */
const textOf = (v: unknown) => (v === null || v === undefined || String(v).trim() === '' ? undefined : String(v).trim());
const SHEET = 'Nhập liệu';
/** The Kiểu column, for people: the import reads only the codes, the variable and the value. */
const TYPE_LABELS: Record<VariableType, string> = {
  count: 'Số nguyên',
  number: 'Số',
  money: 'Số tiền (đồng)',
  percent: 'Tỷ lệ %',
  boolean: 'Có/Không',
  choice: 'Chọn một',
  text: 'Văn bản',
};

/** Spreadsheet data entry for source agencies and units: a template of one's own part, then a checked import. */
@Injectable()
export class ExcelImportService {
  constructor(
    private readonly data: SubmissionDataService,
    private readonly bulk: BulkEntryService,
    private readonly figures: AgencyFigureService,
  ) {}

  /**
   * One row per variable the caller owes, for every submission of the cycle it supplies; for an
   * assessing agency (Appendix III) also one row per variable it gives its own figure for.
   */
  async template(actor: AuthenticatedUser, cycleId: number): Promise<Buffer> {
    const part = await this.data.myPart(actor, cycleId);
    const book = new (await excel()).Workbook();
    const sheet = book.addWorksheet(SHEET);
    sheet.addRow(COLUMNS).font = { bold: true };
    for (const s of part) {
      for (const i of s.indicators) {
        // The indicator's N/A reason and comment on its first row: one indicator, one of each.
        i.variables.forEach((v, n) =>
          sheet.addRow([s.submissionId, s.unit.code ?? null, s.unit.name ?? null, reportingPeriod(s.period).label, i.code, v.key, v.label, TYPE_LABELS[v.type] ?? v.type, v.value, n === 0 ? i.notApplicable : null, n === 0 ? i.comment : null]),
        );
      }
    }
    for (const s of (await this.assessedGrid(actor, cycleId))?.rows ?? []) {
      for (const i of s.indicators) {
        for (const v of i.variables) sheet.addRow([s.submissionId, s.unit.code ?? null, s.unit.name ?? null, reportingPeriod(s.period).label, i.code, v.key, v.label, TYPE_LABELS[v.type] ?? v.type, i.values[v.key] ?? null]);
      }
    }
    sheet.columns.forEach((c, i) => (c.width = [10, 16, 36, 8, 10, 12, 60, 10, 14, 30, 30][i]));
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  /** Every bad row and cell is reported by position; nothing is written unless every row passes. */
  async import(actor: AuthenticatedUser, cycleId: number, file: Buffer | undefined, dryRun: boolean) {
    if (!file?.length) throw new DomainException(ReportErrors.FILE_REQUIRED);
    const rows = await readRowsOffThread(file);
    if (rows.length < 2) throw new DomainException(ReportErrors.EMPTY_WORKBOOK);
    const values: ImportedValue[] = [];
    const problems: ImportProblem[] = [];
    rows.forEach((row, index) => {
      const n = index + 1;
      if (n === 1) return;
      const cell = (i: number) => row[i];
      const given = textOf(cell(9)) !== undefined ? cell(9) : undefined;
      const [notApplicable, comment] = [textOf(cell(10)), textOf(cell(11))];
      if (given === undefined && !notApplicable && !comment) return; // not filled in: nothing to import
      const submissionId = cell(1);
      const code = cell(5);
      const key = cell(6);
      if (!Number.isInteger(submissionId)) problems.push({ row: n, column: COLUMNS[0], reason: 'phải là mã hồ sơ (số nguyên) như trong mẫu' });
      else if (typeof code !== 'string' || !code.trim()) problems.push({ row: n, column: COLUMNS[4], reason: 'thiếu mã chỉ số' });
      else if (typeof key !== 'string' || !key.trim()) problems.push({ row: n, column: COLUMNS[5], reason: 'thiếu tên biến' });
      else values.push({ row: n, submissionId: submissionId as number, code: code.trim(), key: key.trim(), cell: given, notApplicable, comment });
    });
    // An assessing agency's rows on the indicators it assesses are its own figures, not the unit's values.
    // SQLite answers synchronously, so an await alone never lets another request in: between the
    // heavier steps of a large file the loop is handed back on purpose.
    await yieldToOthers();
    const grid = await this.assessedGrid(actor, cycleId);
    const assessed = new Set((grid?.rows ?? []).flatMap((r) => r.indicators.map((i) => `${r.submissionId}|${i.code}`)));
    const own = values.filter((v) => !assessed.has(`${v.submissionId}|${v.code}`));
    const theirs = values.filter((v) => assessed.has(`${v.submissionId}|${v.code}`) && v.cell !== undefined);
    // An agency's own figure has no Điều 5c claim, and its note is given on the grid: said, not dropped.
    for (const v of values.filter((x) => assessed.has(`${x.submissionId}|${x.code}`) && (x.notApplicable || x.comment))) {
      problems.push({ row: v.row, column: v.notApplicable ? COLUMNS[9] : COLUMNS[10], reason: 'không dùng cho số liệu đánh giá của cơ quan; ghi chú nhập trên bảng số liệu của cơ quan' });
    }
    const check = async (dry: boolean) => {
      const entered = await this.bulk.enter(actor, cycleId, own, dry);
      const figures = theirs.length ? await this.figures.enterMany(actor, cycleId, this.figureGroups(theirs, grid!), dry) : { problems: [], applied: 0 };
      const figureProblems = figures.problems.flatMap((p) => p.rows.map((row) => ({ row, column: 'Giá trị', reason: Array.isArray(p.details) ? (p.details as string[]).join('; ') : p.reason })));
      return { problems: [...entered.problems, ...figureProblems], applied: entered.applied + figures.applied };
    };
    // Both parts are tried first; only a file whose every row passes is written.
    await yieldToOthers();
    let result = await check(true);
    if (!dryRun && !problems.length && !result.problems.length) result = await check(false);
    const all = [...problems, ...result.problems].sort((a, b) => a.row - b.row);
    // The real import with a bad row is refused as a whole, with the same report as a dry run.
    if (!dryRun && all.length) throw new DomainException(ReportErrors.IMPORT_REFUSED, { rows: values.length + problems.length, problems: all });
    return { dryRun, rows: values.length + problems.length, problems: all, applied: dryRun ? 0 : result.applied };
  }

  private assessedGrid(actor: AuthenticatedUser, cycleId: number) {
    return actor.role === Role.SOURCE_AGENCY ? this.figures.grid(actor, cycleId) : Promise.resolve(null);
  }

  /** The rows of one submission's indicator as one figure, with the cells read as the variables' types. */
  private figureGroups(values: ImportedValue[], grid: Awaited<ReturnType<AgencyFigureService['grid']>>) {
    const variables = new Map<string, { key: string; label: string; type: VariableType }>(grid.rows.flatMap((r) => r.indicators.flatMap((i) => i.variables.map((v) => [`${r.submissionId}|${i.code}|${v.key}`, v] as const))));
    const groups = new Map<string, { submissionId: number; code: string; values: Record<string, VariableValue | null>; rows: number[] }>();
    for (const v of values) {
      const key = `${v.submissionId}|${v.code}`;
      const g = groups.get(key) ?? { submissionId: v.submissionId, code: v.code, values: {}, rows: [] };
      const def = variables.get(`${key}|${v.key}`) ?? { key: v.key, label: '', type: 'text' as const };
      // Unknown cells stay as they are, for the figure's own check to name.
      g.values[v.key] = fromCell(def, v.cell) as VariableValue;
      g.rows.push(v.row);
      groups.set(key, g);
    }
    return [...groups.values()];
  }
}
