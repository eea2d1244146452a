import { demoValues } from '../../demo/demo-values.js';
import { readBundledFrameworks } from '../../frameworks/bundled-frameworks.js';
import { withFinals } from './consolidate.js';
import type { PeriodCode } from './periods.js';
import { aggregateYear, tracedPeriods } from './score-cycle.js';
import { scoreUnit } from './score-unit.js';
import type { UnitInputs } from './score.types.js';

/**
 * The consolidation scores a period without traces when the year replaces them by its average
 * (tracedPeriods). The year must come out exactly as when every period is traced — points and
 * every word of every trace — whatever periods a unit has, with final points in place.
 */
describe('periods scored without traces', () => {
  const inputsOf = (framework: ReturnType<typeof readBundledFrameworks>[number], unit: string, period: string): UnitInputs => {
    const out: UnitInputs = {};
    for (const v of demoValues(framework, unit, 2024, period)) (out[v.code] ??= { values: {} }).values![v.key] = v.value;
    return out;
  };
  const periodSets: PeriodCode[][] = [['Q1', 'H1', 'Q3', 'YEAR'], ['YEAR'], ['Q1'], ['Q1', 'YEAR'], ['H1', 'Q3'], ['Q1', 'H1', 'Q3']];

  for (const framework of readBundledFrameworks()) {
    it(`give the same year as traced ones on the ${framework.code} framework`, () => {
      for (const periods of periodSets) {
        const traced = tracedPeriods(framework, periods);
        for (const unit of ['TP-BIEN-HOA', 'SO-YT', 'H-XUAN-LOC', 'U-1', 'U-2']) {
          const year = (lean: boolean) =>
            aggregateYear(
              framework,
              periods.map((period) => {
                const score = scoreUnit(framework, inputsOf(framework, unit, period), inputsOf(framework, unit, 'YEAR'), { period, traces: !lean || traced.has(period) });
                // A reviewer's final point on the first leaf: it is written into the period's trace.
                const first = score.indicators[0].children?.[0] ?? score.indicators[0];
                return { period, score: withFinals(framework, score, new Map([[first.code, 0.5]])) };
              }),
            );
          const full = year(false);
          expect(full.indicators.length).toBeGreaterThan(0);
          expect([periods, unit, year(true)]).toEqual([periods, unit, full]);
        }
      }
    });
  }

  it('skip exactly the traces nobody reads: on the quarterly schedule only the year report keeps them', () => {
    const department = readBundledFrameworks().find((f) => f.code === 'department')!;
    expect([...tracedPeriods(department, ['Q1', 'H1', 'Q3', 'YEAR'])]).toEqual(['YEAR']);
    const lean = scoreUnit(department, inputsOf(department, 'SO-YT', 'Q1'), undefined, { period: 'Q1', traces: false });
    const full = scoreUnit(department, inputsOf(department, 'SO-YT', 'Q1'), undefined, { period: 'Q1' });
    const strip = (s: unknown): unknown => JSON.parse(JSON.stringify(s, (k, v) => (k === 'trace' ? undefined : v)));
    expect(strip(lean)).toEqual(strip(full));
    expect(JSON.stringify(lean)).not.toContain('điểm');
  });
});
