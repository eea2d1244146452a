import { readBundledFrameworks } from '../../frameworks/bundled-frameworks.js';
import { consolidate, movements, rank, rankPeriod } from './consolidate.js';
import type { PeriodCode } from './periods.js';
import { findScore } from './score-cycle.js';
import type { UnitInputs } from './score.types.js';
import { scoreUnit } from './score-unit.js';

const department = readBundledFrameworks().find((f) => f.code === 'department')!;
/** The unit's 6-month report, then its year's report (both collect 2.1 and 4.1; 9.1 is "Năm" only). */
const [H1, YEAR] = ['H1', 'YEAR'] as const;
const period = (code: PeriodCode, inputs: UnitInputs, finals: Record<string, number> = {}, previous?: UnitInputs) => ({
  period: code,
  score: scoreUnit(department, inputs, previous, { period: code }),
  finals: new Map(Object.entries(finals)),
});
/** 4.1 "Tỷ lệ=(a+b+c+d)/(e+f) … Điểm = (g*h)/k", k the highest ratio of all units; a = full-time civil servants on CĐS. */
const staff = (a: number) => ({ '4.1': { values: { a, b: 0, c: 0, d: 0, e: 20, f: 0 } } });

describe('consolidation of a unit kind', () => {
  // Department, the 6-month and the year's report:
  // 2.1 "Đã ban hành: Điểm tối đa (30)", yearly "Trung bình": A 30/30 → 30; B 0/30 → 15; C 30 and a verified 15 → 22.5.
  // 4.1 yearly "Kỳ cuối" (the year's report): A 2/20 = 10 %, B 4/20 = 20 % (the best), C 1/20 = 5 % → A 10 × 10/20 = 5, B 10, C 2.5.
  // 9.1 "a >= 10%: Điểm tối đa (50)": A 66 against last year's 60 → +10 % → 50.
  // Totals: A 30 + 5 + 50 = 85; B 15 + 10 = 25; C 22.5 + 2.5 = 25 → ranks 1, 2, 2 (B and C tie).
  const ranked = consolidate(department, [
    { unit: 'A', periods: [period(H1, { '2.1': { values: { issued: true } } }), period(YEAR, { '2.1': { values: { issued: true } }, ...staff(2), '9.1': { values: { points: 66 } } }, {}, { '9.1': { values: { points: 60 } } })] },
    { unit: 'B', periods: [period(H1, { '2.1': { values: { issued: false } } }), period(YEAR, { '2.1': { values: { issued: true } }, ...staff(4) })] },
    { unit: 'C', periods: [period(H1, { '2.1': { values: { issued: true } } }), period(YEAR, { '2.1': { values: { issued: true } }, ...staff(1) }, { '2.1': 15 })] },
  ]);

  it('uses the final points, aggregates the periods, resolves relative and improvement rules, and ranks with ties', () => {
    expect(ranked.map((r) => [r.unit, r.total, r.rank])).toEqual([['A', 85, 1], ['B', 25, 2], ['C', 25, 2]]);
    const c = ranked.find((r) => r.unit === 'C')!;
    expect(findScore(c.score.indicators, '2.1')).toMatchObject({ points: 22.5 });
    expect(findScore(c.score.indicators, '4.1')).toMatchObject({ points: 2.5, status: 'SCORED' });
    expect(findScore(ranked[0].score.indicators, '9.1')).toMatchObject({ points: 50 });
    expect(c.score.pending).toBe(0);
  });

  it('gives the same result for the same inputs', () => {
    const again = consolidate(department, [
      { unit: 'C', periods: [period(H1, { '2.1': { values: { issued: true } } }), period(YEAR, { '2.1': { values: { issued: true } }, ...staff(1) }, { '2.1': 15 })] },
      { unit: 'B', periods: [period(H1, { '2.1': { values: { issued: false } } }), period(YEAR, { '2.1': { values: { issued: true } }, ...staff(4) })] },
      { unit: 'A', periods: [period(H1, { '2.1': { values: { issued: true } } }), period(YEAR, { '2.1': { values: { issued: true } }, ...staff(2), '9.1': { values: { points: 66 } } }, {}, { '9.1': { values: { points: 60 } } })] },
    ]);
    expect(again.map((r) => [r.unit, r.total, r.rank])).toEqual(ranked.map((r) => [r.unit, r.total, r.rank]));
  });

  it('shares a rank between equal totals and skips the next one (1, 2, 2, 4)', () => {
    const rows = rank([{ unit: 'D', total: 80 }, { unit: 'B', total: 90 }, { unit: 'A', total: 100 }, { unit: 'C', total: 90.001 }]);
    expect(rows.map((r) => [r.unit, r.rank])).toEqual([['A', 1], ['B', 2], ['C', 2], ['D', 4]]);
  });

  it('says what moved between two runs, and nothing else', () => {
    const before = [{ unit: 'A', total: 85, rank: 1 }, { unit: 'B', total: 25, rank: 2 }, { unit: 'C', total: 25, rank: 2 }];
    const after = [{ unit: 'A', total: 85, rank: 1 }, { unit: 'B', total: 30, rank: 2 }, { unit: 'C', total: 25, rank: 3 }];
    expect(movements(before, after)).toEqual([
      { unit: 'B', before: { total: 25, rank: 2 }, after: { total: 30, rank: 2 } },
      { unit: 'C', before: { total: 25, rank: 2 }, after: { total: 25, rank: 3 } },
    ]);
  });
});

describe('one reporting period across the units of a kind', () => {
  // Department, the report of Quý I ("Quý, 6 tháng, năm" indicators only; 9.1 is "Năm" only):
  // 2.1 (30): A yes → 30, verified at 15; B yes → 30; C no → 0.
  // 4.1 relative to the best of this report: A 8/20 = 40 % (the best) → 10; B 4/20 = 20 % → 10 × 20/40 = 5; C none → 0.
  // Totals: A 15 + 10 = 25; B 30 + 5 = 35; C 0 → B 1st, A 2nd, C 3rd. The report's maximum leaves out 9.1's 50.
  const q1 = (inputs: UnitInputs) => scoreUnit(department, inputs, undefined, { period: 'Q1' });
  const table = rankPeriod(department, [
    { unit: 'A', score: q1({ '2.1': { values: { issued: true } }, ...staff(8) }), finals: new Map([['2.1', 15]]) },
    { unit: 'B', score: q1({ '2.1': { values: { issued: true } }, ...staff(4) }), finals: new Map() },
    { unit: 'C', score: q1({ '2.1': { values: { issued: false } } }), finals: new Map() },
  ]);

  it('scores each unit on that report alone, with the final points and the best of that report', () => {
    expect(table.map((r) => [r.unit, r.total, r.rank])).toEqual([['B', 35, 1], ['A', 25, 2], ['C', 0, 3]]);
    expect(findScore(table[1].score.indicators, '4.1')).toMatchObject({ points: 10, status: 'SCORED' });
    expect(findScore(table[0].score.indicators, '9.1')).toMatchObject({ status: 'NOT_IN_PERIOD', points: 0 });
    expect(table[0].score.periodMax).toBe(1000 - 50 - notCollectedInQ1());
  });
});

/** The maxima of the leaves a quarter's report does not collect (their "Kỳ đánh giá" is "Năm" alone), 9.1 excepted. */
function notCollectedInQ1(): number {
  const leaves = (defs: typeof department.indicators): typeof department.indicators => defs.flatMap((d) => (d.children ? leaves(d.children) : [d]));
  return leaves(department.indicators).filter((d) => d.code !== '9.1' && d.periods?.length && !d.periods.includes('QUARTER')).reduce((n, d) => n + d.maxPoints, 0);
}
