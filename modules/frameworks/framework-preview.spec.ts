import { DomainException } from '../../src/errors/domain.exception.js';
import { checkEntry } from '../scoring/engine/entry-rules.js';
import { flatten } from '../scoring/engine/framework-validator.js';
import type { Framework } from '../scoring/engine/framework.types.js';
import { findScore } from '../scoring/engine/score-cycle.js';
import { DataAccess, SubmissionDataService } from '../submissions/submission-data.service.js';
import { SubmissionErrors } from '../submissions/submission.errors.js';
import { readBundledFrameworks } from './bundled-frameworks.js';
import { FrameworkService } from './framework.service.js';

/**
 * The preview refuses what data entry refuses, with the same answer: both call checkEntry
 * (modules/scoring/engine/entry-rules.ts). Services are built with stand-ins for the database;
 * only the framework lookup is used.
 */
const bundled = new Map(readBundledFrameworks().map((f) => [f.code, f]));
const versions = { findOne: async ({ where }: { where: { code: string } }) => ({ ...where, version: 1, isFrozen: false, definition: bundled.get(where.code) }) };
const frameworks = new FrameworkService(versions as never, {} as never, {} as never, {} as never);
const entry = new SubmissionDataService({} as never, {} as never, {} as never, {} as never, frameworks, {} as never, {} as never);
const leaf = (framework: string, code: string) => flatten(bundled.get(framework)!.indicators).find((d) => d.code === code)!;

async function refusal(work: () => unknown): Promise<DomainException> {
  try {
    await work();
  } catch (error) {
    if (error instanceof DomainException) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('the preview refuses what entry refuses', () => {
  // District and department 3.2: "a= Tổng cán bộ, công chức, viên chức, được trang bị máy tính …; b= Tổng số cán bộ,
  // công chức, viên chức tại cơ quan, đơn vị; - Tỷ lệ = a/b. Điểm = Tỷ lệ*Điểm tối đa" — a is part of b (aboveOne REFUSE).
  it.each([
    ['district', 'UNIT'],
    ['department', 'UNIT'],
  ])('%s 3.2 with a = 70, b = 60: 400 SUBMISSION.INVALID_VALUES from both, the same problem named', async (fw, party) => {
    const def = leaf(fw, '3.2');
    const message = '3.2: a = 70 lớn hơn b = 60; theo bộ chỉ số, tử số là một phần của mẫu số nên tỷ lệ không thể vượt 100%';
    const atEntry = await refusal(() => entry.checkValues({ party, def } as DataAccess, { values: { a: 70, b: 60 } }));
    const inPreview = await refusal(() => frameworks.preview(fw, { '3.2': { values: { a: 70, b: 60 } } }));
    for (const refused of [atEntry, inPreview]) {
      expect(refused.definition).toBe(SubmissionErrors.INVALID_VALUES);
      expect(refused.status).toBe(400);
      expect(refused.details).toEqual([message]);
    }
    expect(checkEntry(def, { a: 70, b: 60 })).toEqual([message]);
  });

  it('the bounds are checked on the values as entry would save them (the other party’s part already there)', () => {
    expect(checkEntry(leaf('district', '3.2'), { a: 70 }, { b: 60 })).toHaveLength(1);
    expect(checkEntry(leaf('district', '3.2'), { a: 60 }, { b: 60 })).toEqual([]);
  });

  // Department 1.2: "Có tham gia: + 5 điểm/1 lần tham gia" — a count of participations
  it('a count must be whole, named as entry names it', async () => {
    const values = { participations: 2.5 };
    const atEntry = await refusal(() => entry.checkValues({ party: 'UNIT', def: leaf('department', '1.2') } as DataAccess, { values }));
    const inPreview = await refusal(() => frameworks.preview('department', { '1.2': { values } }));
    expect(inPreview.details).toEqual(atEntry.details);
    expect(inPreview.details).toEqual(['1.2.participations: phải là số nguyên không âm']);
  });

  it('checks the previous year’s values the same way', async () => {
    const refused = await refusal(() => frameworks.preview('department', { '9.1': { values: { points: 60 } } }, { '9.1': { values: { points: -5 } } }));
    expect(refused.code).toBe('SUBMISSION.INVALID_VALUES');
  });

  it('what entry accepts still scores: department 3.2 at 60/60 = 100 % × 30 = 30', async () => {
    const res = await frameworks.preview('department', { '3.2': { values: { a: 60, b: 60 } } });
    expect(findScore(res.indicators, '3.2')).toMatchObject({ points: 30 });
  });

  it('with a period, what that period does not collect is not scored and not in its maximum', async () => {
    // District 3.2 is collected in "Năm" only (Kỳ đánh giá column)
    const district = bundled.get('district') as Framework;
    const res = await frameworks.preview('district', { '3.2': { values: { a: 60, b: 60 } } }, undefined, undefined, 'H1');
    expect(findScore(res.indicators, '3.2')).toMatchObject({ points: 0, status: 'NOT_IN_PERIOD' });
    expect(res.periodMax).toBeLessThan(district.maxPoints);
  });
});
