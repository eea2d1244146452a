import { readBundledFrameworks } from './bundled-frameworks.js';
import { vietnameseReadings } from './readings-vi.js';

const VIETNAMESE = /[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/i;

describe('the Vietnamese readings', () => {
  it.each(readBundledFrameworks().map((f) => [f.code, f] as const))('give every reading of %s in Vietnamese, in the same order', (_code, framework) => {
    const vi = vietnameseReadings(framework);
    expect(vi.map((r) => r.indicator)).toEqual((framework.readings ?? []).map((r) => r.indicator));
    expect(vi.filter((r) => !VIETNAMESE.test(r.issue) || !VIETNAMESE.test(r.reading))).toEqual([]);
  });

  it('refuses a translation that lost an item', () => {
    const [framework] = readBundledFrameworks();
    expect(() => vietnameseReadings({ ...framework, readings: [...(framework.readings ?? []), { indicator: '9.9', issue: 'x', reading: 'y' }] })).toThrow(/readings-vi.json/);
  });
});
