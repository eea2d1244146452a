import type { Framework, IndicatorDef } from './framework.types.js';
import { validateFramework } from './framework-validator.js';

const leaf = (code: string, max: number, extra: Partial<IndicatorDef> = {}): IndicatorDef => ({
  code, name: code, maxPoints: max,
  variables: [{ key: 'a', label: 'a', type: 'count' }, { key: 'b', label: 'b', type: 'count' }],
  rule: { kind: 'RATIO', numerator: ['a'], denominator: ['b'] },
  ...extra,
});
const fw = (indicators: IndicatorDef[], maxPoints = 30): Framework => ({
  code: 'x', version: 1, name: 'x', decision: 'x', unitKind: 'DEPARTMENT', maxPoints, indicators,
});
const main = (children: IndicatorDef[], max = 30) => ({ code: '1', name: '1', maxPoints: max, children });

describe('validateFramework', () => {
  it('accepts a consistent framework', () => {
    expect(validateFramework(fw([main([leaf('1.1', 10), leaf('1.2', 20)])]))).toEqual([]);
  });

  it('refuses children whose maxima do not add up to the parent, naming it', () => {
    expect(validateFramework(fw([main([leaf('1.1', 10), leaf('1.2', 15)])]))).toContain('1: children add up to 25, not 30');
  });

  it('refuses a framework whose main indicators do not total its maximum', () => {
    expect(validateFramework(fw([main([leaf('1.1', 10), leaf('1.2', 20)])], 1000))).toContain('x: main indicators add up to 30, not 1000');
  });

  it('refuses a duplicate code', () => {
    expect(validateFramework(fw([main([leaf('1.1', 10), leaf('1.1', 20)])]))).toContain('1.1: duplicate indicator code');
  });

  it('refuses an unknown rule kind and a missing parameter', () => {
    const problems = validateFramework(
      fw([main([leaf('1.1', 10, { rule: { kind: 'MAGIC' } as never }), leaf('1.2', 20, { rule: { kind: 'RATIO', numerator: ['a'] } as never })])]),
    );
    expect(problems).toEqual(['1.1: unknown rule kind MAGIC', '1.2: rule RATIO is missing denominator']);
  });

  it('refuses a variable the rule uses but nobody defined', () => {
    const problems = validateFramework(fw([main([leaf('1.1', 10, { rule: { kind: 'RATIO', numerator: ['a'], denominator: ['z'] } }), leaf('1.2', 20)])]));
    expect(problems).toEqual(['1.1: rule uses variable z, which is not defined']);
  });

  it('refuses a reference to an unknown item or variable', () => {
    const ref = (indicator: string, variable: string) => ({
      variables: [{ key: 'a', label: 'a', type: 'count' as const }, { key: 'b', label: 'b', type: 'count' as const, ref: { indicator, variable } }],
    });
    expect(validateFramework(fw([main([leaf('1.1', 10, ref('9.9', 'a')), leaf('1.2', 20)])]))).toEqual([
      '1.1: variable b refers to unknown item 9.9',
    ]);
    expect(validateFramework(fw([main([leaf('1.1', 10, ref('1.2', 'q')), leaf('1.2', 20)])]))).toEqual([
      '1.1: variable b refers to 1.2.q, which is not defined',
    ]);
  });

  it('refuses a scored leaf without a rule, but accepts a 0-point information item', () => {
    expect(validateFramework(fw([main([leaf('1.1', 10, { rule: undefined }), leaf('1.2', 20)])]))).toEqual(['1.1: a scored indicator needs a rule']);
    expect(validateFramework(fw([main([leaf('1.1', 0, { rule: undefined }), leaf('1.2', 30)])]))).toEqual([]);
  });

  it('refuses malformed files with messages instead of crashing or storing junk', () => {
    expect(validateFramework(null as never)).toEqual(['the file is not a framework object']);
    expect(validateFramework({ ...fw([main([leaf('1.1', 10), leaf('1.2', 20)])]), version: 'zzz' } as never)).toEqual(['version: a whole number ≥ 1']);
    expect(validateFramework({ ...fw([]), indicators: [null] } as never)).toEqual(['indicators[0]: not an indicator object']);
    expect(validateFramework({ ...fw([]), name: undefined } as never)).toContain('name: required text, at most 300 characters');
  });

  it('refuses rule parameters of the wrong shape: string terms, empty or unsorted tiers, non-numeric points', () => {
    const withRule = (rule: object) => validateFramework(fw([main([leaf('1.1', 10, { rule: rule as never }), leaf('1.2', 20)])]));
    expect(withRule({ kind: 'RATIO', numerator: 'a', denominator: ['b'] })).toEqual(['1.1: rule RATIO numerator must be a non-empty list of variable keys']);
    expect(withRule({ kind: 'TIERS', numerator: ['a'], denominator: ['b'], tiers: [] })).toEqual(['1.1: rule TIERS tiers must be a non-empty list of { min, share }']);
    expect(withRule({ kind: 'TIERS', numerator: ['a'], denominator: ['b'], tiers: [{ min: 0.03, share: 0.3 }, { min: 0.1, share: 1 }] })).toEqual([
      '1.1: rule TIERS tiers must be listed from the highest min down',
    ]);
    expect(withRule({ kind: 'PER_OCCURRENCE', items: [{ variable: 'a', points: '5' }] })).toEqual(['1.1: rule PER_OCCURRENCE items must be a non-empty list of { variable, points }']);
  });

  it('refuses a reference to a value that is itself shared from elsewhere', () => {
    const vars = (ref?: { indicator: string; variable: string }) => ({
      variables: [{ key: 'a', label: 'a', type: 'count' as const }, { key: 'b', label: 'b', type: 'count' as const, ...(ref ? { ref } : {}) }],
    });
    expect(validateFramework(fw([main([leaf('1.1', 10, vars({ indicator: '1.2', variable: 'b' })), leaf('1.2', 20, vars({ indicator: '1.1', variable: 'a' }))])]))).toEqual([
      '1.1: variable b refers to 1.2.b, which is itself shared from elsewhere',
    ]);
  });

  describe('who assesses (assessedBy) and where the figures come from (collectedFrom)', () => {
    const withLeaf = (extra: Partial<IndicatorDef>) => validateFramework(fw([main([leaf('1.1', 10, extra), leaf('1.2', 20)])]));
    const shared = {
      variables: [{ key: 'a', label: 'a', type: 'count' as const }, { key: 'b', label: 'b', type: 'count' as const, ref: { indicator: '1.2', variable: 'b' } }],
    };

    it('accepts agencies on all variables or on some, and figures collected from the communes', () => {
      expect(withLeaf({ assessedBy: [{ agency: 'SO-TC', variables: ['b'] }, { agency: 'SO-KHDT', variables: ['a'] }] })).toEqual([]);
      expect(withLeaf({ assessedBy: [{ agency: 'SO-TTTT' }], collectedFrom: 'COMMUNES' })).toEqual([]);
      expect(withLeaf({ ...shared, assessedBy: [{ agency: 'SO-TC' }] })).toEqual([]); // absent = a only, b is shared
    });

    it('refuses an agency that is not a non-empty text, and variables that are not a non-empty list', () => {
      expect(withLeaf({ assessedBy: [{ agency: ' ' }] })).toEqual(['1.1: each assessedBy entry needs an agency (a unit code, at most 40 characters)']);
      expect(withLeaf({ assessedBy: [{ agency: 7 }] as never })).toEqual(['1.1: each assessedBy entry needs an agency (a unit code, at most 40 characters)']);
      expect(withLeaf({ assessedBy: [{ agency: 'SO-TC', variables: [] }] })).toEqual(['1.1: assessedBy SO-TC variables must be a non-empty list of variable keys']);
      expect(withLeaf({ assessedBy: [{ agency: 'SO-TC', variables: 'a' }] as never })).toEqual(['1.1: assessedBy SO-TC variables must be a non-empty list of variable keys']);
      expect(withLeaf({ assessedBy: { agency: 'SO-TC' } as never })).toEqual(['1.1: assessedBy must be a list of { agency, variables? }']);
    });

    it('refuses the same agency twice, and the unit itself as an assessor', () => {
      expect(withLeaf({ assessedBy: [{ agency: 'SO-TC' }, { agency: 'SO-TC', variables: ['a'] }] })).toEqual(['1.1: assessedBy names SO-TC twice']);
      expect(withLeaf({ assessedBy: [{ agency: 'UNIT' }] })).toEqual([
        '1.1: assessedBy names UNIT: the unit reports its data (supplier), an assessing agency is another unit',
      ]);
    });

    it("refuses a variable the indicator does not define, one shared from elsewhere, or one named twice", () => {
      expect(withLeaf({ assessedBy: [{ agency: 'SO-TC', variables: ['z'] }] })).toEqual(['1.1: assessedBy SO-TC names variable z, which is not defined']);
      expect(withLeaf({ ...shared, assessedBy: [{ agency: 'SO-TC', variables: ['a', 'b'] }] })).toEqual([
        '1.1: assessedBy SO-TC names variable b, which is shared from 1.2.b: it is assessed there',
      ]);
      expect(withLeaf({ assessedBy: [{ agency: 'SO-TC', variables: ['a', 'a'] }] })).toEqual(['1.1: assessedBy SO-TC names variable a twice']);
    });

    it('refuses another source than the communes, and either field on an indicator with children', () => {
      expect(withLeaf({ collectedFrom: 'VILLAGES' as never })).toEqual(['1.1: collectedFrom is COMMUNES or absent']);
      const parent = { ...main([leaf('1.1', 10), leaf('1.2', 20)]), collectedFrom: 'COMMUNES' as const, assessedBy: [{ agency: 'SO-TTTT' }] };
      expect(validateFramework(fw([parent]))).toEqual([
        '1: collectedFrom belongs on a leaf, whose figures the communes hold',
        '1: assessedBy belongs on the leaves, whose variables the agencies give figures for',
      ]);
    });
  });
});
