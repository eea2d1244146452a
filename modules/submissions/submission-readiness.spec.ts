import { readBundledFrameworks } from '../frameworks/bundled-frameworks.js';
import { scoreUnit } from '../scoring/engine/score-unit.js';
import { readiness } from './submission-readiness.js';

const district = readBundledFrameworks().find((f) => f.code === 'district')!;

describe('readiness before SUBMIT', () => {
  // Appendix II 1.1: "Mỗi chương trình, kế hoạch … được 5 điểm", evidence "Chương trình, Kế hoạch thực hiện".
  const inputs = { '1.1': { values: { programmes: 3 } } };
  const score = scoreUnit(district, inputs);

  it('asks for evidence of an indicator that scores points, unless the cycle makes evidence optional', () => {
    const r = readiness(district, 'YEAR', inputs, score, new Set(), true);
    expect(r.missingEvidence.map((m) => m.code)).toEqual(['1.1']);
    expect(r.missingEvidence[0].evidence).toBe('Chương trình, Kế hoạch thực hiện');
    expect(readiness(district, 'YEAR', inputs, score, new Set(['1.1']), true).missingEvidence).toEqual([]);
    expect(readiness(district, 'YEAR', inputs, score, new Set(), false).missingEvidence).toEqual([]);
  });

  it('lists what the unit has not entered, but not what it entered or declared not applicable', () => {
    const r = readiness(district, 'YEAR', inputs, score, new Set(), true);
    expect(r.missingData.some((m) => m.code === '1.1')).toBe(false);
    expect(r.missingData.length).toBeGreaterThan(10);
    const na = readiness(district, 'YEAR', { ...inputs, '1.2': { values: {}, notApplicable: 'Không có nội dung' } }, score, new Set(), true);
    expect(na.missingData.some((m) => m.code === '1.2')).toBe(false);
  });
});
