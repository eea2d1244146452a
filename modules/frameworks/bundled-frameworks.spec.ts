import { flatten, validateFramework } from '../scoring/engine/framework-validator.js';
import { readBundledFrameworks } from './bundled-frameworks.js';

const byCode = new Map(readBundledFrameworks().map((f) => [f.code, f]));
const mains = (code: string) => byCode.get(code)!.indicators.filter((i) => i.maxPoints > 0).map((i) => [i.code, i.maxPoints]);

describe('bundled framework files', () => {
  it.each([...byCode.keys()])('%s passes the loader and totals 1000', (code) => {
    const framework = byCode.get(code)!;
    expect(validateFramework(framework)).toEqual([]);
    expect(framework.maxPoints).toBe(1000);
    expect(framework.indicators.reduce((acc, i) => acc + i.maxPoints, 0)).toBe(1000);
  });

  it('department: the 10 main indicators of Appendix I (50, 150, 50, 100, 100, 300, 50, 100, 50, 50)', () => {
    expect(mains('department')).toEqual([['1', 50], ['2', 150], ['3', 50], ['4', 100], ['5', 100], ['6', 300], ['7', 50], ['8', 100], ['9', 50], ['10', 50]]);
  });

  it('district: the 8 main indicators of Appendix II (90, 75, 95, 100, 100, 240, 150, 150)', () => {
    expect(mains('district')).toEqual([['1', 90], ['2', 75], ['3', 95], ['4', 100], ['5', 100], ['6', 240], ['7', 150], ['8', 150]]);
  });

  it('district: Điều 4 groups — "Nhóm nền tảng dùng chung" 1–5 = 460, "Nhóm chỉ số hoạt động" 6–8 = 540', () => {
    const sums = new Map<string, number>();
    for (const i of byCode.get('district')!.indicators) sums.set(i.group!, (sums.get(i.group!) ?? 0) + i.maxPoints);
    expect(Object.fromEntries(sums)).toEqual({ 'Nhóm nền tảng dùng chung': 460, 'Nhóm chỉ số hoạt động': 540 });
  });

  it('district: Điều 4 component counts per main indicator (6, 7, 6, 10, 8, 6, 10, 11 = 64)', () => {
    // Điều 4 counts 5.8, 6.2, 6.3 and 6.6 as one component each, though they split into sub-items.
    const components = byCode.get('district')!.indicators.map((i) => i.children!.length);
    expect(components).toEqual([6, 7, 6, 10, 8, 6, 10, 11]);
  });

  it('province DTI 2024: 8 main indicators totalling 1000, after 20 general items that score nothing', () => {
    const f = byCode.get('province-dti-2024')!;
    expect(f.indicators[0]).toMatchObject({ code: 'STT', maxPoints: 0 });
    expect(f.indicators[0].children!.map((c) => c.code)).toEqual(Array.from({ length: 20 }, (_, i) => `STT.${i + 1}`));
    expect(mains('province-dti-2024')).toHaveLength(8);
  });

  it('every shared value points at an item that exists (seed 004 STT.4, 7.3b; district 5.8.1)', () => {
    for (const f of byCode.values()) {
      const all = new Map(flatten(f.indicators).map((d) => [d.code, d]));
      for (const d of all.values()) {
        for (const v of d.variables ?? []) {
          if (v.ref) expect(all.get(v.ref.indicator)?.variables?.some((x) => x.key === v.ref!.variable)).toBe(true);
        }
      }
    }
    const shared = flatten(byCode.get('district')!.indicators).find((d) => d.code === '5.8.2')!.variables!.find((v) => v.ref);
    expect(shared!.ref).toEqual({ indicator: '5.8.1', variable: 'a' });
  });
});
