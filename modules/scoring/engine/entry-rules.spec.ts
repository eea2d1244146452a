import { readBundledFrameworks } from '../../frameworks/bundled-frameworks.js';
import { checkFrameworkShape } from './framework-shape.js';
import { flatten } from './framework-validator.js';
import { checkRatioBounds, fromCell, sourceAgenciesOf } from './entry-rules.js';

const district = readBundledFrameworks().find((f) => f.code === 'district')!;
const def = (code: string) => flatten(district.indicators).find((d) => d.code === code)!;

describe('entry checks', () => {
  // district 8.1: "a: Số người có danh tính số; b: Tổng dân số trên địa bàn" — a is part of b (REFUSE)
  it('refuses a share above 100 % where the framework marks the numerator as part of the denominator', () => {
    expect(checkRatioBounds(def('8.1'), { a: 120, b: 100 })).toEqual([
      '8.1: a = 120 lớn hơn b = 100; theo bộ chỉ số, tử số là một phần của mẫu số nên tỷ lệ không thể vượt 100%',
    ]);
    expect(checkRatioBounds(def('8.1'), { a: 100, b: 100 })).toEqual([]);
    expect(checkRatioBounds(def('8.1'), { a: 120 })).toEqual([]); // b not entered yet: nothing to compare
  });

  // district 8.2: "a: Số người có chữ ký số; b: Tổng dân số từ 15 tuổi trở lên" — a may count younger holders (FLAG)
  it('lets a share above 100 % through where the framework only flags it', () => {
    expect(def('8.2').rule).not.toHaveProperty('aboveOne');
    expect(checkRatioBounds(def('8.2'), { a: 120, b: 100 })).toEqual([]);
  });

  it('takes aboveOne only as FLAG or REFUSE, and only on a share', () => {
    const base = { code: 'x', version: 1, name: 'x', decision: 'x', unitKind: 'DISTRICT', maxPoints: 10 };
    const withRule = (rule: object) => checkFrameworkShape({ ...base, indicators: [{ code: '1', name: 'x', maxPoints: 10, rule }] });
    expect(withRule({ kind: 'RATIO', numerator: ['a'], denominator: ['b'], aboveOne: 'REFUSE' })).toEqual([]);
    expect(withRule({ kind: 'RATIO', numerator: ['a'], denominator: ['b'], aboveOne: 'NO' })).toEqual(['1: rule RATIO aboveOne is FLAG or REFUSE, and only for a share']);
    expect(withRule({ kind: 'RATIO', numerator: ['a'], denominator: ['b'], valueIsShare: false, aboveOne: 'REFUSE' })).toHaveLength(1);
    expect(withRule({ kind: 'RELATIVE_TO_BEST', numerator: ['a'], aboveOne: 'REFUSE' })).toHaveLength(1);
  });

  it('lists the agencies a framework assigns data to, without the unit itself', () => {
    const department = readBundledFrameworks().find((f) => f.code === 'department')!;
    // Appendix I 9.1: "Sở TTTT theo dõi, đánh giá | Sở TTTT" — the only row whose source is an agency alone
    expect(sourceAgenciesOf(department)).toEqual(['SO-TTTT']);
    // Appendix II: every leaf is "Huyện/thành phố cung cấp" (or its communes'); Appendix III's agencies assess, they do not report
    expect(sourceAgenciesOf(district)).toEqual([]);
  });
});

describe('spreadsheet cells', () => {
  const yesNo = { key: 'issued', label: 'Đã ban hành', type: 'boolean' as const };
  const count = { key: 'a', label: 'Số hồ sơ', type: 'count' as const };
  it('reads "Có"/"Không" as yes/no, numeric text with a comma as a number, and leaves the rest for the checks', () => {
    expect([fromCell(yesNo, 'Có'), fromCell(yesNo, ' không '), fromCell(yesNo, 'có lẽ')]).toEqual([true, false, 'có lẽ']);
    expect([fromCell(count, 12), fromCell(count, '1,5'), fromCell(count, '12'), fromCell(count, 'mười')]).toEqual([12, 1.5, 12, 'mười']);
  });
});
