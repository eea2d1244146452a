import { readBundledFrameworks } from '../../frameworks/bundled-frameworks.js';
import type { Framework, IndicatorDef } from './framework.types.js';
import { findScore } from './score-cycle.js';
import { scoreUnit } from './score-unit.js';
import type { UnitInputs } from './score.types.js';

const count = (key: string) => ({ key, label: key, type: 'count' as const });
const bool = (key: string) => ({ key, label: key, type: 'boolean' as const });
const one = (def: IndicatorDef): Framework => ({
  code: 't', version: 1, name: 't', decision: 't', unitKind: 'DEPARTMENT', maxPoints: def.maxPoints, indicators: [def],
});
const score = (def: IndicatorDef, values: UnitInputs[string]) => findScore(scoreUnit(one(def), { [def.code]: values }).indicators, def.code)!;

// Department 6.3.2: "Tỷ lệ = a/b; Điểm = + Tỷ lệ ≥ 50%: Điểm tối đa + Tỷ lệ <50: Tỷ lệ * Điểm tối đa" (max 20)
const d632: IndicatorDef = {
  code: '6.3.2', name: 'Tỷ lệ DVCTT được điền sẵn thông tin', maxPoints: 20, variables: [count('a'), count('b')],
  rule: { kind: 'RATIO', numerator: ['a'], denominator: ['b'], threshold: 0.5, below: 'PROPORTIONAL' },
};
// Department 6.4.2: "+ Tỷ lệ>=50%: Điểm tối đa; - Tỷ lệ<50%: Tỷ lệ/50%*Điểm tối đa" (max 20)
const d642: IndicatorDef = { ...d632, code: '6.4.2', rule: { ...(d632.rule as object), below: 'SCALED_TO_THRESHOLD' } as never };
// Seed 004 3.4: "≥80%: Điểm tối đa, else 0" (here with max 20)
const p34: IndicatorDef = { ...d632, code: '3.4', rule: { kind: 'RATIO', numerator: ['a'], denominator: ['b'], threshold: 0.8, below: 'ZERO' } };

describe('ratio rules: three below-threshold behaviours', () => {
  it('6.3.2: 12/40 = 30 % < 50 % → 0.30 × 20 = 6', () => {
    expect(score(d632, { values: { a: 12, b: 40 } })).toMatchObject({ points: 6, status: 'SCORED' });
  });
  it('6.3.2: 20/40 = 50 % meets the threshold exactly → 20', () => {
    const s = score(d632, { values: { a: 20, b: 40 } });
    expect(s.points).toBe(20);
    expect(s.trace).toBe('Tỷ lệ = 20/40 = 50% ≥ 50% → 20/20 điểm');
  });
  it('6.4.2: 12/40 = 30 % < 50 % → 30 %/50 % × 20 = 12', () => {
    expect(score(d642, { values: { a: 12, b: 40 } }).points).toBe(12);
  });
  it('004 3.4: 79/100 < 80 % → 0; 80/100 → 20', () => {
    expect(score(p34, { values: { a: 79, b: 100 } }).points).toBe(0);
    expect(score(p34, { values: { a: 80, b: 100 } }).points).toBe(20);
  });
  it('a zero denominator is flagged and scores 0 instead of crashing', () => {
    expect(score(d632, { values: { a: 0, b: 0 } })).toMatchObject({ points: 0, status: 'FLAGGED', flags: ['ZERO_DENOMINATOR'] });
  });
  it('a numerator above its denominator is flagged and counted as 100 %, never above the maximum', () => {
    expect(score(d632, { values: { a: 50, b: 40 } })).toMatchObject({ points: 20, status: 'FLAGGED', flags: ['RATIO_ABOVE_ONE'] });
  });
  it('a negative count is flagged and scores 0', () => {
    expect(score(d632, { values: { a: -3, b: 40 } })).toMatchObject({ points: 0, status: 'FLAGGED', flags: ['NEGATIVE_VALUE'] });
  });
  it('a fractional count or a wrong type is flagged, not scored', () => {
    expect(score(d632, { values: { a: 1.5, b: 40 } }).flags).toEqual(['INVALID_VALUE']);
    expect(score(d632, { values: { a: 'many' as never, b: 40 } }).flags).toEqual(['INVALID_VALUE']);
  });
});

describe('defaults (Điều 5c)', () => {
  it('no data → 0', () => {
    expect(score(d632, undefined)).toMatchObject({ points: 0, status: 'NO_DATA' });
  });
  it('a partly filled indicator → 0, naming what is missing', () => {
    const s = score(d632, { values: { a: 12 } });
    expect(s).toMatchObject({ points: 0, status: 'NO_DATA', flags: ['MISSING_VALUE'] });
    expect(s.trace).toContain('b');
  });
  it('not applicable with a reason → maximum, flagged when the seed does not list that case', () => {
    expect(score({ ...d632, notApplicableAllowed: true }, { notApplicable: 'Không có DVCTT' })).toMatchObject({
      points: 20, status: 'NOT_APPLICABLE', flags: [],
    });
    expect(score(d632, { notApplicable: 'Không có DVCTT' }).flags).toEqual(['NOT_APPLICABLE_UNLISTED']);
  });
  it('a reason that is not text is ignored rather than crashing', () => {
    expect(score(d632, { notApplicable: 5 as never, values: { a: 20, b: 40 } }).points).toBe(20);
  });
  it('a blank reason is not a declaration of not applicable', () => {
    expect(score(d632, { notApplicable: '  ' }).status).toBe('NO_DATA');
  });
});

describe('other rule kinds', () => {
  // Department 5.8: "Mức 1 ≥ 10 % (điểm tối đa) Mức 2 ≥ 7% (70% điểm) Mức 3 ≥ 3% (30% điểm) Mức 4 <3% (0 điểm)", max 10
  const d58: IndicatorDef = {
    code: '5.8', name: 'ATTT', maxPoints: 10, variables: [{ key: 'a', label: 'a', type: 'money' }, { key: 'b', label: 'b', type: 'money' }],
    rule: { kind: 'TIERS', numerator: ['a'], denominator: ['b'], tiers: [{ min: 0.1, share: 1 }, { min: 0.07, share: 0.7 }, { min: 0.03, share: 0.3 }] },
  };
  it('5.8 tiers: 3 % → 3; 2.9 % → 0; 7 % exactly → 7', () => {
    expect(score(d58, { values: { a: 30, b: 1000 } }).points).toBe(3);
    expect(score(d58, { values: { a: 29, b: 1000 } }).points).toBe(0);
    expect(score(d58, { values: { a: 70, b: 1000 } }).points).toBe(7);
  });

  // Department 10.1: "Mỗi phương thức triển khai đạt kết quả: 10 điểm - Đã được duyệt chủ trương hoặc đang triển khai: 5 điểm ... không vượt quá điểm tối đa" (50)
  const d101: IndicatorDef = {
    code: '10.1', name: 'Số lượng phương thức thay đổi', maxPoints: 50, variables: [count('achieved'), count('approved')],
    rule: { kind: 'PER_OCCURRENCE', items: [{ variable: 'achieved', points: 10 }, { variable: 'approved', points: 5 }] },
  };
  it('10.1 per occurrence: 2 × 10 + 3 × 5 = 35; 4 × 10 + 3 × 5 = 55 capped at 50', () => {
    expect(score(d101, { values: { achieved: 2, approved: 3 } }).points).toBe(35);
    expect(score(d101, { values: { achieved: 4, approved: 3 } }).points).toBe(50);
  });

  // Department 8.5: "tương tác hàng tháng: Điểm tối đa; ... không thường xuyên: 1/2* Điểm tối đa; Không có kênh: 0" (20)
  const d85: IndicatorDef = {
    code: '8.5', name: 'Kênh tương tác', maxPoints: 20,
    variables: [{ key: 'level', label: 'Mức', type: 'choice', options: [{ value: 'monthly', label: '' }, { value: 'irregular', label: '' }, { value: 'none', label: '' }] }],
    rule: { kind: 'CHOICE', variable: 'level', shares: { monthly: 1, irregular: 0.5, none: 0 } },
  };
  it('8.5 choice: irregular → 10; an option not listed is flagged', () => {
    expect(score(d85, { values: { level: 'irregular' } }).points).toBe(10);
    expect(score(d85, { values: { level: 'daily' } }).flags).toEqual(['INVALID_VALUE']);
  });

  // Department 6.4.1: "đến các cơ quan, đơn vị ...: 1/2*Điểm tối đa; đến từng thiết bị cá nhân: 1/2*Điểm tối đa" (10)
  const d641: IndicatorDef = {
    code: '6.4.1', name: 'Họp trực tuyến', maxPoints: 10, variables: [bool('to_units'), bool('to_devices')],
    rule: { kind: 'PARTS', parts: [{ variable: 'to_units', share: 0.5 }, { variable: 'to_devices', share: 0.5 }] },
  };
  it('6.4.1 parts: one of two → 5; both → 10', () => {
    expect(score(d641, { values: { to_units: true, to_devices: false } }).points).toBe(5);
    expect(score(d641, { values: { to_units: true, to_devices: true } }).points).toBe(10);
  });

  // Department 6.4.4: "Điểm = Tỷ lệ * 10 điểm - 100% lãnh đạo dùng chữ ký số: +5 điểm" (15)
  const d644: IndicatorDef = {
    code: '6.4.4', name: 'Văn bản ký số', maxPoints: 15, variables: [count('a'), count('b'), bool('all_leaders_sign_digitally')],
    rule: { kind: 'RATIO_PLUS_BONUS', numerator: ['a'], denominator: ['b'], ratioPoints: 10, bonus: { variable: 'all_leaders_sign_digitally', points: 5 } },
  };
  it('6.4.4 ratio plus bonus: 200/200 × 10 + 5 = 15; without the bonus 10', () => {
    expect(score(d644, { values: { a: 200, b: 200, all_leaders_sign_digitally: true } }).points).toBe(15);
    expect(score(d644, { values: { a: 200, b: 200, all_leaders_sign_digitally: false } }).points).toBe(10);
  });

  // Department 1.3: "Trung bình 2 tin bài/ tháng ... trở lên: điểm tối đa; dưới 2 = Số lượng tin bài trung bình trong tháng/ 2 * Điểm tối đa" (20)
  const d13: IndicatorDef = {
    code: '1.3', name: 'Chuyên mục CĐS', maxPoints: 20, variables: [count('posts'), count('months')],
    rule: { kind: 'RATIO', numerator: ['posts'], denominator: ['months'], threshold: 2, below: 'SCALED_TO_THRESHOLD', valueIsShare: false },
  };
  it('1.3 a value that is not a share: 3 posts in 3 months = 1/month → 1/2 × 20 = 10; 9 posts → 20', () => {
    expect(score(d13, { values: { posts: 3, months: 3 } }).points).toBe(10);
    expect(score(d13, { values: { posts: 9, months: 3 } }).points).toBe(20);
  });
});

describe('shared values and sums', () => {
  // District 5.8.2 is a share of 5.8.1's budget: its denominator is 5.8.1's variable, not re-entered.
  const parent: IndicatorDef = {
    code: '5.8', name: 'Kinh phí', maxPoints: 30,
    children: [
      { code: '5.8.1', name: 'Tổng kinh phí', maxPoints: 10, variables: [bool('has_budget'), { key: 'a', label: 'a', type: 'money' }], rule: { kind: 'BOOLEAN', variable: 'has_budget' } },
      {
        code: '5.8.2', name: 'Tỷ lệ chi', maxPoints: 20,
        variables: [{ key: 'a', label: 'a', type: 'money' }, { key: 'b', label: 'b', type: 'money', ref: { indicator: '5.8.1', variable: 'a' } }],
        rule: { kind: 'RATIO', numerator: ['a'], denominator: ['b'] },
      },
    ],
  };
  it('reads the referenced value and sums the children into the parent', () => {
    const result = scoreUnit(one(parent), { '5.8.1': { values: { has_budget: true, a: 400 } }, '5.8.2': { values: { a: 100 } } });
    expect(findScore(result.indicators, '5.8.2')).toMatchObject({ points: 5, trace: 'Tỷ lệ = 100/400 = 25%; 25% × 20 → 5/20 điểm' });
    expect(findScore(result.indicators, '5.8')).toMatchObject({ points: 15, maxPoints: 30 });
    expect(result.total).toBe(15);
  });
});

describe('exact thresholds (bundled frameworks)', () => {
  const bundled = new Map(readBundledFrameworks().map((f) => [f.code, f]));
  const scoreIn = (framework: string, code: string, values: Record<string, number>) =>
    findScore(scoreUnit(bundled.get(framework)!, { [code]: { values } }).indicators, code)!;

  // Department 5.8: "Mức 1 ≥ 10 % (điểm tối đa) Mức 2 ≥ 7% (70% điểm) Mức 3 ≥ 3% (30% điểm) Mức 4 <3% (0 điểm)" (10)
  it('department 5.8: 0,7/10 is exactly 7 % → the 7 % tier, 70 % × 10 = 7 (binary division gave 3)', () => {
    expect(scoreIn('department', '5.8', { a: 0.7, b: 10 })).toMatchObject({
      points: 7,
      trace: 'Tỷ lệ = 0,7/10 = 7%; mức ≥ 7%: 70% × 10 → 7/10 điểm',
    });
  });

  // Seed 004 7.1: "Tỷ lệ ≥ 20%: điểm tối đa Tỷ lệ < 20%: điểm = điểm tối đa * tỷ lệ" (50)
  it('004 7.1: 80000,2/400001 is exactly 20 % → 50; a hair below prints its digits, never "20% < 20%"', () => {
    expect(scoreIn('province-dti-2024', '7.1', { a: 80000.2, b: 400001 })).toMatchObject({
      points: 50,
      trace: 'Tỷ lệ = 80.000,2/400.001 = 20% ≥ 20% → 50/50 điểm',
    });
    // 80000,19/400001 = 19,9999975…% → 50 × 0,199999975 = 9,99999875 → 10
    expect(scoreIn('province-dti-2024', '7.1', { a: 80000.19, b: 400001 })).toMatchObject({
      points: 10,
      trace: 'Tỷ lệ = 80.000,19/400.001 = 19,999998% < 20%: 19,999998% × 50 → 10/50 điểm',
    });
  });

  // Department 9.1: "+ a >=10%: Điểm tối đa + 10% > a > 0: Điểm = a/10% * Điểm tối đa" (50)
  it('department 9.1: 66,77 after 60,7 is exactly +10 % → 50 (in binary (66.77 − 60.7)/60.7 = 0.0999…)', () => {
    const s = findScore(scoreUnit(bundled.get('department')!, { '9.1': { values: { points: 66.77 } } }, { '9.1': { values: { points: 60.7 } } }).indicators, '9.1')!;
    expect(s).toMatchObject({ points: 50, trace: 'Cải thiện = (66,77 − 60,7)/60,7 = 10% ≥ 10% → 50/50 điểm' });
  });
});

describe('parts scored one by one (PARTS, RATIO_PLUS_BONUS)', () => {
  const department = readBundledFrameworks().find((f) => f.code === 'department')!;
  const scoreIn = (code: string, values: Record<string, number | boolean>) => findScore(scoreUnit(department, { [code]: { values } }).indicators, code)!;

  // Department 6.1: "- Đáp ứng yêu cầu chức năng, tính năng kỹ thuật theo quy định: (4/5)*Điểm tối đa;
  // - Đã chuyển đổi sang công nghệ IPv6: (1/5)*Điểm tối đa; - Chưa đáp ứng, chưa chuyển đổi: 0 điểm" (10)
  it('6.1: requirements met → 4/5 × 10 = 8, whether IPv6 is answered "no" or not yet', () => {
    expect(scoreIn('6.1', { meets_requirements: true, ipv6: false })).toMatchObject({ points: 8, status: 'SCORED', flags: [] });
    const unanswered = scoreIn('6.1', { meets_requirements: true });
    expect(unanswered).toMatchObject({ points: 8, status: 'FLAGGED', flags: ['MISSING_VALUE'] });
    expect(unanswered.trace).toBe('Đạt: meets_requirements (80%); chưa có số liệu ipv6: phần đó 0 điểm (Điều 5c) → 8/10 điểm');
    expect(scoreIn('6.1', {})).toMatchObject({ points: 0, status: 'NO_DATA' });
  });

  // Department 6.4.4: "- Tỷ lệ =a/b - Điểm = Tỷ lệ * 10 điểm - 100% lãnh đạo dùng chữ ký số: +5 điểm" (15)
  it('6.4.4: the +5 for every leader signing digitally stands on its own; a zero denominator zeroes only the ratio part', () => {
    const zero = scoreIn('6.4.4', { a: 0, b: 0, all_leaders_sign_digitally: true });
    expect(zero).toMatchObject({ points: 5, status: 'FLAGGED', flags: ['ZERO_DENOMINATOR'] });
    expect(zero.trace).toBe('Tỷ lệ = 0/0: mẫu số bằng 0, phần tỷ lệ 0 điểm; + 5 điểm thưởng → 5/15 điểm');
    expect(scoreIn('6.4.4', { all_leaders_sign_digitally: true })).toMatchObject({ points: 5, flags: ['MISSING_VALUE'] });
    expect(scoreIn('6.4.4', { a: 180, b: 200 })).toMatchObject({ points: 9, flags: ['MISSING_VALUE'] });
    expect(scoreIn('6.4.4', { a: 180, b: 200, all_leaders_sign_digitally: true })).toMatchObject({
      points: 14, status: 'SCORED', trace: 'Tỷ lệ = 180/200 = 90%; 90% × 10 + 5 điểm thưởng → 14/15 điểm',
    });
  });

  it('an impossible value still stops the whole indicator for the reviewer', () => {
    expect(scoreIn('6.4.4', { a: -1, b: 200, all_leaders_sign_digitally: true })).toMatchObject({ points: 0, flags: ['NEGATIVE_VALUE'] });
  });
});
