import { readBundledFrameworks } from '../frameworks/bundled-frameworks.js';
import { checkEnteredValues, checkEntry, checkRatioBounds } from '../scoring/engine/entry-rules.js';
import { flatten } from '../scoring/engine/framework-validator.js';
import type { UnitInputs } from '../scoring/engine/score.types.js';
import { scoreUnit } from '../scoring/engine/score-unit.js';
import { DEMO_UNITS } from './demo-units.js';
import { demoFigures, demoValues } from './demo-values.js';

const frameworks = readBundledFrameworks().filter((f) => f.code === 'department' || f.code === 'district');

describe.each(frameworks)('demo values for the $code framework', (framework) => {
  const units = DEMO_UNITS.filter((u) => u.kind === framework.unitKind);
  const defs = new Map(flatten(framework.indicators).map((d) => [d.code, d]));

  it('pass every entry check a user would meet, for every unit, year and period', () => {
    const problems: string[] = [];
    for (const unit of units) {
      for (const [year, period] of [[2023, 'YEAR'], [2024, 'Q1'], [2024, 'H1'], [2024, 'YEAR']] as const) {
        const byCode = new Map<string, Record<string, unknown>>();
        for (const v of demoValues(framework, unit.code, year, period)) byCode.set(v.code, { ...byCode.get(v.code), [v.key]: v.value });
        for (const [code, values] of byCode) problems.push(...checkEntry(defs.get(code)!, values));
      }
    }
    expect(problems).toEqual([]);
  });

  it('leave out, in a quarter, the indicators whose "Kỳ đánh giá" is the year alone', () => {
    const yearOnly = [...defs.values()].filter((d) => !d.children && d.variables?.length && d.periods?.length && !d.periods.includes('QUARTER'));
    expect(yearOnly.length).toBeGreaterThan(0);
    const q1 = new Set(demoValues(framework, units[0].code, 2024, 'Q1').map((v) => v.code));
    const year = new Set(demoValues(framework, units[0].code, 2024, 'YEAR').map((v) => v.code));
    for (const d of yearOnly) {
      expect(q1.has(d.code)).toBe(false);
      expect(year.has(d.code)).toBe(true);
    }
  });

  it('give the assessing agencies figures that pass their checks, mostly the unit\'s own', () => {
    const figures = units.flatMap((u) => demoFigures(framework, u.code, 2024, 'YEAR').map((f) => ({ ...f, unit: u.code })));
    expect(figures.length).toBeGreaterThan(0);
    expect(figures.flatMap((f) => [...checkEnteredValues(defs.get(f.code)!, f.values), ...checkRatioBounds(defs.get(f.code)!, f.values)])).toEqual([]);
    const own = (unit: string, code: string) => Object.fromEntries(demoValues(framework, unit, 2024, 'YEAR').filter((v) => v.code === code).map((v) => [v.key, v.value]));
    const differing = figures.filter((f) => Object.entries(f.values).some(([k, v]) => own(f.unit, f.code)[k] !== v));
    expect(differing.length).toBeLessThan(figures.length / 4);
  });

  it('give every unit a different total, some better in 2024 than in 2023', () => {
    const total = (code: string, year: number) => {
      const inputs: UnitInputs = {};
      for (const v of demoValues(framework, code, year, 'YEAR')) inputs[v.code] = { values: { ...inputs[v.code]?.values, [v.key]: v.value } };
      return scoreUnit(framework, inputs).total;
    };
    const totals = units.map((u) => total(u.code, 2023));
    expect(new Set(totals).size).toBe(units.length);
    expect(Math.min(...totals)).toBeGreaterThan(200);
    expect(units.filter((u) => total(u.code, 2024) > total(u.code, 2023)).length).toBeGreaterThan(units.length / 2);
  });
});
