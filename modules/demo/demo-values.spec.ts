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

  it('spread like a real province: totals from about 450 to 850, and a different leader in several main indicators', () => {
    const scored = units.map((u) => {
      const inputs: UnitInputs = {};
      for (const v of demoValues(framework, u.code, 2023, 'YEAR')) inputs[v.code] = { values: { ...inputs[v.code]?.values, [v.key]: v.value } };
      const s = scoreUnit(framework, inputs);
      return { code: u.code, total: s.total, mains: s.indicators.map((m) => m.points) };
    });
    const totals = scored.map((r) => r.total);
    expect(Math.min(...totals)).toBeGreaterThan(400);
    expect(Math.min(...totals)).toBeLessThan(550);
    expect(Math.max(...totals)).toBeGreaterThan(750);
    expect(Math.max(...totals)).toBeLessThan(900);
    const overall = scored.slice().sort((a, b) => b.total - a.total)[0].code;
    const leaders = scored[0].mains.map((_, i) => scored.slice().sort((a, b) => (b.mains[i] ?? 0) - (a.mains[i] ?? 0))[0].code);
    expect(leaders.filter((c) => c !== overall).length).toBeGreaterThanOrEqual(3);
  });
});

describe('demo values sized like a real department', () => {
  const framework = frameworks.find((f) => f.code === 'department')!;
  const values = (unit: string) => {
    const byCode = new Map<string, Record<string, number>>();
    for (const v of demoValues(framework, unit, 2024, 'YEAR')) byCode.set(v.code, { ...byCode.get(v.code), [v.key]: v.value as number });
    return byCode;
  };
  const departments = DEMO_UNITS.filter((u) => u.kind === framework.unitKind).map((u) => u.code);

  it('counts one staff for a unit wherever an indicator asks for it, 40 to 400 people', () => {
    for (const unit of departments) {
      const v = values(unit);
      // 3.2, 4.4, 6.4.6, 8.2: "Tổng số cán bộ, công chức, viên chức tại cơ quan, đơn vị" (b)
      const staff = new Set(['3.2', '4.4', '6.4.6', '8.2'].map((code) => v.get(code)!.b));
      expect(staff.size).toBe(1);
      const [n] = [...staff];
      expect(n).toBeGreaterThanOrEqual(40);
      expect(n).toBeLessThanOrEqual(400);
    }
  });

  it('writes 0.5 to 4.4 posts a month (1.3, around the seed\'s 2 a month) and spends 0.4 to 5 % of the budget on IT (6.6, around its 1 %)', () => {
    for (const unit of departments) {
      const v = values(unit);
      const perMonth = v.get('1.3')!.posts / v.get('1.3')!.months;
      expect(perMonth).toBeGreaterThanOrEqual(0.5);
      expect(perMonth).toBeLessThanOrEqual(4.5);
      const it = v.get('6.6')!.a / v.get('6.6')!.b;
      expect(it).toBeGreaterThanOrEqual(0.003);
      expect(it).toBeLessThanOrEqual(0.05);
      const security = v.get('5.8')!.a / v.get('5.8')!.b;
      expect(security).toBeGreaterThanOrEqual(0.015);
      expect(security).toBeLessThanOrEqual(0.16);
    }
  });
});
