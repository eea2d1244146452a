import type { Framework } from './framework.types.js';
import { SCHEDULES } from './periods.js';
import { aggregateYear, findScore, resolveRelative } from './score-cycle.js';
import { scoreUnit } from './score-unit.js';
import { readBundledFrameworks } from '../../frameworks/bundled-frameworks.js';

const count = (key: string) => ({ key, label: key, type: 'count' as const });

// Department 4.1: "Tỷ lệ=(a+b+c+d)/(e+f); g= Tỷ lệ ... của đơn vị; h= Điểm tối đa; k= Tỷ lệ ... cao
// nhất trên tất cả các đơn vị; Điểm = (g*h)/k" (max 10, Kỳ cuối), beside a plain ratio 4.4 (Trung bình).
const framework: Framework = {
  code: 't', version: 1, name: 't', decision: 't', unitKind: 'DEPARTMENT', maxPoints: 60,
  indicators: [
    {
      code: '4', name: 'Nhân lực', maxPoints: 60,
      children: [
        {
          code: '4.1', name: 'Tỷ lệ chuyên trách', maxPoints: 10, yearly: 'LAST',
          variables: ['a', 'b', 'c', 'd', 'e', 'f'].map(count),
          rule: { kind: 'RELATIVE_TO_BEST', numerator: ['a', 'b', 'c', 'd'], denominator: ['e', 'f'] },
        },
        {
          code: '4.4', name: 'Tỷ lệ được bồi dưỡng', maxPoints: 50, yearly: 'AVERAGE',
          variables: [count('a'), count('b')], rule: { kind: 'RATIO', numerator: ['a'], denominator: ['b'] },
        },
      ],
    },
  ],
};

const unitA = { '4.1': { values: { a: 2, b: 3, c: 1, d: 0, e: 50, f: 30 } }, '4.4': { values: { a: 40, b: 80 } } };
const unitB = { '4.1': { values: { a: 1, b: 1, c: 1, d: 1, e: 30, f: 10 } }, '4.4': { values: { a: 80, b: 80 } } };

describe('relative to the best unit', () => {
  it('is pending in a single-unit preview, not 0, and keeps the unit total honest', () => {
    const a = scoreUnit(framework, unitA);
    expect(findScore(a.indicators, '4.1')).toMatchObject({ points: null, status: 'PENDING', value: 0.075 });
    expect(a.pending).toBe(1);
    expect(findScore(a.indicators, '4')).toMatchObject({ points: 25, status: 'PENDING' });
  });

  it('4.1: A 6/80 = 0.075, B 4/40 = 0.1 is the highest; A = 0.075 × 10 / 0.1 = 7.5, B = 10', () => {
    const resolved = resolveRelative(framework, new Map([['A', scoreUnit(framework, unitA)], ['B', scoreUnit(framework, unitB)]]));
    expect(findScore(resolved.get('A')!.indicators, '4.1')!.points).toBe(7.5);
    expect(findScore(resolved.get('B')!.indicators, '4.1')!.points).toBe(10);
    // parents are recomputed: A = 7.5 + 40/80 × 50 = 32.5; B = 10 + 50 = 60
    expect(resolved.get('A')!.total).toBe(32.5);
    expect(resolved.get('B')!.total).toBe(60);
    expect(resolved.get('A')!.pending).toBe(0);
  });

  it('a unit without data scores 0 and does not become the best', () => {
    const resolved = resolveRelative(framework, new Map([['A', scoreUnit(framework, unitA)], ['C', scoreUnit(framework, {})]]));
    expect(findScore(resolved.get('A')!.indicators, '4.1')!.points).toBe(10);
    expect(findScore(resolved.get('C')!.indicators, '4.1')).toMatchObject({ points: 0, status: 'NO_DATA' });
  });

  it('when no unit has a positive value, everyone gets 0, flagged', () => {
    const zero = { '4.1': { values: { a: 0, b: 0, c: 0, d: 0, e: 10, f: 10 } } };
    const resolved = resolveRelative(framework, new Map([['A', scoreUnit(framework, zero)]]));
    expect(findScore(resolved.get('A')!.indicators, '4.1')).toMatchObject({ points: 0, flags: ['NO_BEST_VALUE'] });
  });
});

describe('relative to the best province in the country (seed 004, 7.5: "Địa phương có tỷ lệ cao nhất: điểm tối đa")', () => {
  const province = readBundledFrameworks().find((f) => f.code === 'province-dti-2024')!;
  // 7.5 (30): a = 300 domains, b = 7.3b = 20000 businesses → 0.015.
  const own = () => new Map([['TINH', scoreUnit(province, { '7.5': { values: { a: 300 } }, '7.3': { values: { b: 20000 } } })]]);

  it('compares with the national reference: 0.015 / 0.03 × 30 = 15, the trace saying where the best came from', () => {
    const s = findScore(resolveRelative(province, own(), { values: new Map([['7.5', 0.03]]), required: true }).get('TINH')!.indicators, '7.5')!;
    expect(s).toMatchObject({ points: 15, status: 'SCORED' });
    expect(s.trace).toContain('cao nhất (giá trị tham chiếu) = 0,03');
  });

  it('a province above the reference is the best itself: "điểm tối đa"', () => {
    expect(findScore(resolveRelative(province, own(), { values: new Map([['7.5', 0.01]]), required: true }).get('TINH')!.indicators, '7.5')).toMatchObject({ points: 30 });
  });

  it('without the national figure it keeps waiting, outside the total, rather than being its own best', () => {
    const resolved = resolveRelative(province, own(), { values: new Map(), required: true }).get('TINH')!;
    expect(findScore(resolved.indicators, '7.5')).toMatchObject({ points: null, status: 'PENDING' });
    expect(findScore(resolved.indicators, '7')!.points).toBe(0);
    // Among units that can be compared (not required), the only one is the best: the Điều 6 rule.
    expect(findScore(resolveRelative(province, own()).get('TINH')!.indicators, '7.5')).toMatchObject({ points: 30 });
  });
});

describe('yearly aggregation (Điều 7)', () => {
  it('"Trung bình" averages the periods, a period without data counting as 0', () => {
    // 4.4 per quarter: 20/80 → 12.5, 40/80 → 25, no data → 0, 80/80 → 50; average = 87.5/4 = 21.88
    const quarters = [{ a: 20, b: 80 }, { a: 40, b: 80 }, undefined, { a: 80, b: 80 }].map((v, i) => ({
      period: SCHEDULES.QUARTERLY[i],
      score: scoreUnit(framework, v ? { '4.4': { values: v } } : {}),
    }));
    const year = aggregateYear(framework, quarters);
    expect(findScore(year.indicators, '4.4')!.points).toBe(21.88);
  });

  it('"Kỳ cuối" takes the last period, and relative rules resolve on the yearly values', () => {
    const q1 = scoreUnit(framework, { '4.1': { values: { a: 8, b: 0, c: 0, d: 0, e: 40, f: 0 } } });
    const q4 = scoreUnit(framework, unitB);
    const year = aggregateYear(framework, [{ period: 'Q1', score: q1 }, { period: 'YEAR', score: q4 }]);
    expect(findScore(year.indicators, '4.1')).toMatchObject({ status: 'PENDING', value: 0.1 });
  });
});

describe('a relative indicator averaged over the periods (district 5.1 is "Trung bình")', () => {
  const avg: Framework = {
    ...framework, maxPoints: 10,
    indicators: [{ code: '5.1', name: 'HTTT', maxPoints: 10, yearly: 'AVERAGE', variables: [count('a')], rule: { kind: 'RELATIVE_TO_BEST', numerator: ['a'] } }],
  };
  const periods = (...values: (number | undefined)[]) =>
    aggregateYear(avg, values.map((a, i) => ({ period: SCHEDULES.QUARTERLY[i], score: scoreUnit(avg, a === undefined ? {} : { '5.1': { values: { a } } }) })));

  it('stays pending with the mean value even when the last period has no data', () => {
    // A: 9, 9, 9, no data → (9 + 9 + 9 + 0)/4 = 6.75; B: 5 every period → 5; A is the best
    const resolved = resolveRelative(avg, new Map([['A', periods(9, 9, 9, undefined)], ['B', periods(5, 5, 5, 5)]]));
    expect(findScore(resolved.get('A')!.indicators, '5.1')!.points).toBe(10);
    // B = 5/6.75 × 10 = 7.407… → 7.41
    expect(findScore(resolved.get('B')!.indicators, '5.1')!.points).toBe(7.41);
  });

  it('a unit whose value is impossible scores 0 and cannot become the best', () => {
    const flagged = scoreUnit(avg, { '5.1': { values: { a: -4 } } });
    const resolved = resolveRelative(avg, new Map([['A', flagged], ['B', scoreUnit(avg, { '5.1': { values: { a: 5 } } })]]));
    expect(findScore(resolved.get('A')!.indicators, '5.1')).toMatchObject({ points: 0, status: 'FLAGGED' });
    expect(findScore(resolved.get('B')!.indicators, '5.1')!.points).toBe(10);
  });
});

describe('improvement over the previous year (department 9.1)', () => {
  // "a = Tỷ lệ điểm được cải thiện - Điểm: + a >= 10%: Điểm tối đa + 10% > a > 0: Điểm = a/10% * Điểm tối đa + Không cải thiện: 0" (50)
  const f91: Framework = {
    ...framework, maxPoints: 50,
    indicators: [{ code: '9.1', name: 'Cải thiện', maxPoints: 50, variables: [{ key: 'points', label: 'điểm', type: 'number' }], rule: { kind: 'IMPROVEMENT', variable: 'points', threshold: 0.1 } }],
  };
  const at = (now: number, before?: number) =>
    findScore(scoreUnit(f91, { '9.1': { values: { points: now } } }, before === undefined ? undefined : { '9.1': { values: { points: before } } }).indicators, '9.1')!;

  it('is pending without the previous cycle', () => {
    expect(at(60)).toMatchObject({ status: 'PENDING', points: null });
  });
  it('60 after 50 = +20 % ≥ 10 % → 50; 52.5 after 50 = +5 % → 5/10 × 50 = 25; 48 after 50 → 0', () => {
    expect(at(60, 50).points).toBe(50);
    expect(at(52.5, 50).points).toBe(25);
    expect(at(48, 50).points).toBe(0);
  });
  it('exactly +10 % reaches the maximum', () => {
    expect(at(55, 50).points).toBe(50);
  });
  it('a previous value of 0 is flagged rather than divided by', () => {
    expect(at(10, 0)).toMatchObject({ points: 0, flags: ['NO_PREVIOUS_VALUE'] });
  });
});
