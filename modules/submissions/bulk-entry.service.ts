import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { DomainException } from '../../src/errors/domain.exception.js';
import { fromCell } from '../scoring/engine/entry-rules.js';
import type { VariableValue } from '../scoring/engine/score.types.js';
import { DataAccess, SubmissionDataService } from './submission-data.service.js';
import { SubmissionErrors } from './submission.errors.js';
import { TEXT_LIMITS } from './enter-values.dto.js';

/** One value of a spreadsheet row: which submission, indicator and variable, and the cell. */
export interface ImportedValue {
  row: number;
  submissionId: number;
  code: string;
  key: string;
  /** undefined: the row only carries the indicator's N/A reason or comment. */
  cell: unknown;
  notApplicable?: string;
  comment?: string;
}


/**
 * The indicator's N/A reason and comment from its rows: written on any one of them (the template
 * puts them on the first); two different texts for one indicator are a problem, not a guess.
 */
function indicatorText(rows: ImportedValue[], field: 'notApplicable' | 'comment', column: string): { text?: string; problems: ImportProblem[] } {
  const given = rows.filter((r) => r[field]);
  const texts = [...new Set(given.map((r) => r[field]!))];
  if (texts.length > 1) return { problems: given.map((r) => ({ row: r.row, column, reason: 'các dòng của cùng một chỉ số ghi khác nhau; chỉ ghi ở một dòng' })) };
  if (texts[0] && texts[0].length > TEXT_LIMITS[field]) return { problems: given.map((r) => ({ row: r.row, column, reason: `dài quá ${TEXT_LIMITS[field]} ký tự` })) };
  return { text: texts[0], problems: [] };
}

export interface ImportProblem {
  row: number;
  column: string;
  reason: string;
}

/** Thrown inside the transaction to undo it: a dry run, or a file with any bad row. */
class Rollback extends Error {}

/**
 * Many values at once (Excel import): every row goes through the same checks as a single entry,
 * inside one transaction that is undone if any row is refused, or always for a dry run, so a
 * dry run finds exactly what the real import would refuse.
 */
@Injectable()
export class BulkEntryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly data: SubmissionDataService,
  ) {}

  async enter(actor: AuthenticatedUser, cycleId: number, values: ImportedValue[], dryRun: boolean): Promise<{ dryRun: boolean; rows: number; problems: ImportProblem[]; applied: number }> {
    const problems: ImportProblem[] = [];
    const groups = new Map<string, ImportedValue[]>();
    for (const v of values) {
      const key = `${v.submissionId}|${v.code}`;
      // Appended in place: copying the group on every row made a 50,000-row file hold the loop for 0.3 s.
      const group = groups.get(key);
      if (group) group.push(v);
      else groups.set(key, [v]);
    }
    const ready: { access: DataAccess; rows: ImportedValue[]; dto: { values: Record<string, VariableValue | null>; notApplicable?: string; comment?: string } }[] = [];
    for (const rows of groups.values()) {
      const [{ submissionId, code }] = rows;
      const notApplicable = indicatorText(rows, 'notApplicable', 'Không áp dụng');
      const comment = indicatorText(rows, 'comment', 'Ghi chú');
      if (notApplicable.problems.length || comment.problems.length) {
        problems.push(...notApplicable.problems, ...comment.problems);
        continue;
      }
      try {
        const access = await this.data.requireDataAccess(actor, submissionId, code, 'data');
        if (access.submission.cycleId !== cycleId) throw new DomainException(SubmissionErrors.NOT_FOUND, { id: submissionId });
        // Cells are unknown until checkValues has looked at each one, on the next line.
        const filled = rows.filter((r) => r.cell !== undefined);
        const typed = Object.fromEntries(filled.map((r) => [r.key, fromCell(access.def.variables!.find((v) => v.key === r.key) ?? { key: r.key, label: '', type: 'text' }, r.cell)])) as Record<string, VariableValue | null>;
        // A blank N/A or comment cell leaves what is there: clearing one is done on the screen.
        const dto = { values: typed, ...(notApplicable.text ? { notApplicable: notApplicable.text } : {}), ...(comment.text ? { comment: comment.text } : {}) };
        this.data.checkValues(access, dto);
        ready.push({ access, rows, dto });
      } catch (error) {
        problems.push(...this.explain(error, rows));
      }
    }
    let applied = 0;
    try {
      await this.dataSource.transaction(async (em) => {
        const changed = new Map<number, DataAccess>();
        // In submission order: two imports over the same units lock them in the same order, never crosswise.
        for (const group of [...ready].sort((a, b) => a.access.submission.id - b.access.submission.id)) {
          try {
            if (await this.data.write(em, actor, group.access, group.dto)) changed.set(group.access.submission.id, group.access);
            applied += group.rows.length;
          } catch (error) {
            problems.push(...this.explain(error, group.rows));
          }
        }
        if (dryRun || problems.length) throw new Rollback();
        // Each submission scored once, after all its rows: not once per indicator written.
        for (const { submission, framework } of changed.values()) await this.data.storeScore(em, submission, framework);
      });
    } catch (error) {
      if (!(error instanceof Rollback)) throw error;
      applied = 0;
    }
    problems.sort((a, b) => a.row - b.row);
    return { dryRun, rows: values.length, problems, applied };
  }

  /** A refusal as the rows it concerns: the message and, where the check named one, the variable. */
  private explain(error: unknown, rows: ImportedValue[]): ImportProblem[] {
    if (!(error instanceof DomainException)) throw error;
    const details = Array.isArray(error.details) ? (error.details as string[]) : [];
    return rows.map((r) => {
      const named = details.filter((d) => d.startsWith(`${r.code}.${r.key}:`) || d.startsWith(`${r.code}: ${r.key} `));
      return { row: r.row, column: 'Giá trị', reason: named.length ? named.join('; ') : details.length ? details.join('; ') : error.definition.vi };
    });
  }
}
