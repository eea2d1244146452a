import { readBundledFrameworks } from '../../frameworks/bundled-frameworks.js';
import type { Framework } from '../engine/framework.types.js';
import { type PeriodCode, SCHEDULES } from '../engine/periods.js';
import { aggregateYear, findScore } from '../engine/score-cycle.js';
import { scoreUnit } from '../engine/score-unit.js';
import type { UnitInputs, UnitScore } from '../engine/score.types.js';

/**
 * Period-aware scoring, hand-computed from seed 001 (Decision 3473, Appendices I and II). Each
 * indicator's "Kỳ đánh giá" column says in which reports it is collected and its last column how
 * the year is formed (Điều 7): "Trung bình" averages the reports that collect it, "Kỳ cuối" takes
 * the last of them. The quarterly schedule's reports are Q1 (Quý I), H1 (6 tháng), Q3 (9 tháng)
 * and YEAR (Năm); a "Quý, 6 tháng, năm" indicator is collected in all four, a "Năm" one in YEAR only.
 */
const bundled = new Map(readBundledFrameworks().map((f) => [f.code, f]));
const department = bundled.get('department')!;
const district = bundled.get('district')!;

const report = (framework: Framework, period: PeriodCode, inputs: UnitInputs) => ({ period, score: scoreUnit(framework, inputs, undefined, { period }) });
const year = (framework: Framework, reports: { period: PeriodCode; score: UnitScore }[]) => aggregateYear(framework, reports);
const points = (score: UnitScore, code: string) => findScore(score.indicators, code)!.points;

describe('a "Trung bình" indicator collected in every report', () => {
  // Department 3.2 | … | 30 | "- Tỷ lệ = a/b. Điểm = Tỷ lệ*Điểm tối đa" | … | Quý, 6 tháng, năm | Trung bình |
  const reports = [
    report(department, 'Q1', { '3.2': { values: { a: 45, b: 60 } } }), // 45/60 = 75 % × 30 = 22,5
    report(department, 'H1', { '3.2': { values: { a: 50, b: 60 } } }), // 50/60 = 83,33 % × 30 = 25
    report(department, 'Q3', {}), //                                      no data → 0 (Điều 5c)
    report(department, 'YEAR', { '3.2': { values: { a: 60, b: 60 } } }), // 60/60 = 100 % × 30 = 30
  ];

  it('is scored in each report: 22,5; 25; 0; 30', () => {
    expect(reports.map((r) => points(r.score, '3.2'))).toEqual([22.5, 25, 0, 30]);
  });

  it('averages the four: (22,5 + 25 + 0 + 30)/4 = 77,5/4 = 19,375 → 19,38', () => {
    const y = year(department, reports);
    expect(findScore(y.indicators, '3.2')).toMatchObject({ points: 19.38, status: 'SCORED' });
    expect(findScore(y.indicators, '3.2')!.trace).toBe('Trung bình 4 kỳ (Quý I, 6 tháng, 9 tháng, Năm) = (22,5 + 25 + 0 + 30)/4 → 19,38/30 điểm');
  });

  it('in the schedule’s order whatever order the reports come in', () => {
    expect(points(year(department, [...reports].reverse()), '3.2')).toBe(19.38);
  });
});

describe('an indicator collected only in the year’s report', () => {
  // District 3.2 | Tỷ lệ hộ gia đình có người có máy tính bảng hoặc điện thoại thông minh | 10 |
  //   "- Tỷ lệ=a/b - Điểm=Tỷ lệ*Điểm tối đa" | … | năm | Trung bình |
  it('is not scored in Q1, H1 or Q3 — even where something was entered — and is outside their maximum', () => {
    const q1 = report(district, 'Q1', { '3.2': { values: { a: 30, b: 60 } } });
    expect(findScore(q1.score.indicators, '3.2')).toMatchObject({ points: 0, status: 'NOT_IN_PERIOD', flags: [] });
    expect(findScore(q1.score.indicators, '3.2')!.trace).toBe('Không thu thập trong kỳ Quý I (kỳ đánh giá: Năm) → không tính điểm');
    expect(q1.score.periodMax).toBe(910);
  });

  it('"Trung bình" over the one report that collects it is the YEAR value: 45/60 = 75 % × 10 = 7,5 (not 7,5/4)', () => {
    const y = year(district, [
      report(district, 'Q1', { '3.2': { values: { a: 30, b: 60 } } }),
      report(district, 'H1', {}),
      report(district, 'Q3', {}),
      report(district, 'YEAR', { '3.2': { values: { a: 45, b: 60 } } }),
    ]);
    expect(points(y, '3.2')).toBe(7.5);
  });

  // Department 5.8 | … | 10 | "Mức 1 ≥ 10 % (điểm tối đa) Mức 2 ≥ 7% (70% điểm) …" | … | Năm | Kỳ cuối |
  it('"Kỳ cuối" likewise: department 5.8 in YEAR 80/1000 = 8 % ≥ 7 % → 7, whatever Q3 held (120/1000)', () => {
    const y = year(department, [report(department, 'Q3', { '5.8': { values: { a: 120, b: 1000 } } }), report(department, 'YEAR', { '5.8': { values: { a: 80, b: 1000 } } })]);
    expect(points(y, '5.8')).toBe(7);
  });

  it('is decided by the period codes, also for scores made without a period', () => {
    // scored as if collected in Q1 (no period given), yet Q1 does not collect district 3.2
    const y = year(district, [
      { period: 'Q1', score: scoreUnit(district, { '3.2': { values: { a: 60, b: 60 } } }) },
      { period: 'YEAR', score: scoreUnit(district, { '3.2': { values: { a: 45, b: 60 } } }) },
    ]);
    expect(points(y, '3.2')).toBe(7.5);
  });

  it('without the YEAR report it is not in the year at all (0, outside the maximum)', () => {
    const y = year(district, [report(district, 'Q1', {}), report(district, 'H1', {})]);
    expect(findScore(y.indicators, '3.2')).toMatchObject({ points: 0, status: 'NOT_IN_PERIOD' });
    // the five "năm" leaves of Appendix II: 3.1 (15) + 3.2 (10) + 3.3 (15) + 6.5 (10) + 6.6.1 (40) = 90
    expect(y.periodMax).toBe(1000 - 90);
  });
});

describe('a "Kỳ cuối" indicator collected in every report', () => {
  // District 4.5 | … | 10 | "- Tỷ lệ= a/b - Điểm= + Tỷ lệ ≥ 40%: Điểm tối đa:" | … | Quý, 6 tháng, năm | Kỳ cuối |
  // (below 40 %: ratio/40 % × max, the framework's reading of the cut-off rule)
  const reports = (last: UnitInputs) => [
    report(district, 'Q1', { '4.5': { values: { a: 10, b: 100 } } }), // 10 %/40 % × 10 = 2,5
    report(district, 'H1', { '4.5': { values: { a: 20, b: 100 } } }), // 20 %/40 % × 10 = 5
    report(district, 'Q3', { '4.5': { values: { a: 30, b: 100 } } }), // 30 %/40 % × 10 = 7,5
    report(district, 'YEAR', last),
  ];

  it('takes the year’s report: 36/100 = 36 %/40 % × 10 = 9', () => {
    const y = year(district, reports({ '4.5': { values: { a: 36, b: 100 } } }));
    expect(findScore(y.indicators, '4.5')).toMatchObject({ points: 9, trace: 'Kỳ cuối (Năm): Tỷ lệ = 36/100 = 36% < 40%: 36%/40% × 10 → 9/10 điểm' });
  });

  it('the last report without data scores 0 (Điều 5c), the earlier ones do not stand in for it', () => {
    expect(points(year(district, reports({})), '4.5')).toBe(0);
  });
});

describe('the period’s maximum (periodMax)', () => {
  // Appendix I: 5.8 (10), 9.1 (50) and 10.1 (50) are "Năm" only; every other leaf "Quý, 6 tháng, năm"
  it('department: 1000 − (10 + 50 + 50) = 890 in Q1, H1 and Q3; 1000 in YEAR and over the year', () => {
    const reports = SCHEDULES.QUARTERLY.map((p) => report(department, p, {}));
    expect(reports.map((r) => r.score.periodMax)).toEqual([890, 890, 890, 1000]);
    expect(year(department, reports).periodMax).toBe(1000);
  });

  // Appendix II: 3.1 (15), 3.2 (10), 3.3 (15), 6.5 (10), 6.6.1 (40) are "năm"/"Năm" only
  it('district: 1000 − 90 = 910 in H1', () => {
    expect(report(district, 'H1', {}).score.periodMax).toBe(910);
  });

  it('the whole maximum when no period is named', () => {
    expect(scoreUnit(department, {}).periodMax).toBe(1000);
  });

  it('a parent whose children are all outside the period is outside it too', () => {
    // Main indicators 9 and 10 of Appendix I hold only "Năm" leaves (9.1, 10.1)
    const q1 = report(department, 'Q1', {}).score;
    expect(['9', '10'].map((c) => findScore(q1.indicators, c)!.status)).toEqual(['NOT_IN_PERIOD', 'NOT_IN_PERIOD']);
  });
});
