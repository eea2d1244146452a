import { readBundledFrameworks } from '../frameworks/bundled-frameworks.js';
import { consolidate } from '../scoring/engine/consolidate.js';
import { findScore } from '../scoring/engine/score-cycle.js';
import type { UnitInputs } from '../scoring/engine/score.types.js';
import { scoreUnit } from '../scoring/engine/score-unit.js';
import { reportedAs } from './reported-period.js';

const district = readBundledFrameworks().find((f) => f.code === 'district')!;

/** What consolidation.service does with one unit's submissions of a cycle. */
function yearOf(cyclePeriods: string[], byPeriod: Record<string, UnitInputs>) {
  const reported = reportedAs(cyclePeriods);
  const periods = cyclePeriods.map((p) => {
    const r = reported(p);
    return { period: r.code, score: scoreUnit(district, byPeriod[p] ?? {}, undefined, r.schedule ? { period: r.code } : {}), finals: new Map<string, number>() };
  });
  return consolidate(district, [{ unit: 'H', periods }])[0].score;
}

describe('the periods of a cycle as the engine reads them', () => {
  it('a cycle on a schedule keeps its codes', () => {
    expect(['Q1', 'H1', 'Q3', 'YEAR'].map(reportedAs(['Q1', 'H1', 'Q3', 'YEAR']))).toEqual(
      ['Q1', 'H1', 'Q3', 'YEAR'].map((code) => ({ code, schedule: true })),
    );
    expect(reportedAs(['YEAR'])('YEAR')).toEqual({ code: 'YEAR', schedule: true });
  });

  it('a cycle opened before the schedule (Q1, Q2 …) is read as before: every period collects everything', () => {
    expect(['Q1', 'Q2'].map(reportedAs(['Q1', 'Q2']))).toEqual([{ code: 'YEAR', schedule: false }, { code: 'YEAR', schedule: false }]);
    expect(reportedAs(['Q1'])('Q1')).toEqual({ code: 'YEAR', schedule: false });
  });

  // District 3.2 | … | 10 | "- Tỷ lệ=a/b - Điểm=Tỷ lệ*Điểm tối đa" | … | năm | Trung bình |
  const inputs = { Q1: { '3.2': { values: { a: 30, b: 60 } } }, Q2: { '3.2': { values: { a: 60, b: 60 } } }, YEAR: { '3.2': { values: { a: 60, b: 60 } } } };
  it('legacy Q1, Q2: district 3.2 averaged over both as before, (5 + 10)/2 = 7,5', () => {
    expect(findScore(yearOf(['Q1', 'Q2'], inputs).indicators, '3.2')!.points).toBe(7.5);
  });
  it('the quarterly schedule: district 3.2 is "năm" only, so the year is its YEAR value, 10', () => {
    expect(findScore(yearOf(['Q1', 'H1', 'Q3', 'YEAR'], inputs).indicators, '3.2')!.points).toBe(10);
  });
});
