import type { IndicatorDef } from './framework.types.js';
import { readBundledFrameworks } from '../../frameworks/bundled-frameworks.js';
import { assessedVariables, assessingAgenciesOf, mayDeclareNotApplicable, partiesToCorrect, reportersOfIndicator, reportingAgenciesOf, takesPartIn } from './parties.js';

const unitReported = {
  code: '8.1',
  name: 'Danh tính số',
  maxPoints: 15,
  supplier: 'UNIT',
  variables: [
    { key: 'a', label: 'a', type: 'count' },
    { key: 'b', label: 'b', type: 'count' },
  ],
  assessedBy: [{ agency: 'CA-TINH' }],
} as IndicatorDef;
const agencyReported = { ...unitReported, code: '3.1', supplier: 'CUC-TK', assessedBy: undefined } as IndicatorDef;
const split = {
  ...unitReported,
  code: '5.8.1',
  assessedBy: [
    { agency: 'SO-TC', variables: ['a'] },
    { agency: 'SO-KHDT', variables: ['b'] },
  ],
} as IndicatorDef;

describe('who does what on an indicator', () => {
  it('lets only the reporting party claim "not applicable": never the unit on an agency-supplied indicator', () => {
    expect(mayDeclareNotApplicable(unitReported, 'UNIT')).toBe(true);
    expect(mayDeclareNotApplicable(unitReported, 'CA-TINH')).toBe(false);
    expect(mayDeclareNotApplicable(agencyReported, 'UNIT')).toBe(false);
    expect(mayDeclareNotApplicable(agencyReported, 'CUC-TK')).toBe(true);
  });

  it('splits assessed variables where the row names them, else gives the agency all of them', () => {
    expect(assessedVariables(unitReported, 'CA-TINH')).toEqual(['a', 'b']);
    expect(assessedVariables(split, 'SO-KHDT')).toEqual(['b']);
    expect(assessedVariables(split, 'SO-YT')).toEqual([]);
  });

  it('returns an indicator to whoever supplied it, or to the parties the reviewer names', () => {
    // unnamed: back to whoever reported it; the assessing agency only when the reviewer names it
    expect(partiesToCorrect([unitReported])).toEqual({ unit: true, agencies: [] });
    expect(partiesToCorrect([unitReported], ['CA-TINH'])).toEqual({ unit: false, agencies: ['CA-TINH'] });
    expect(partiesToCorrect([agencyReported, split], ['UNIT', 'SO-TC'])).toEqual({ unit: true, agencies: ['SO-TC'] });
    expect(partiesToCorrect([agencyReported], ['SO-YT'])).toEqual({ unit: false, agencies: [] });
  });

  it('knows who takes part in an indicator', () => {
    expect(reportersOfIndicator(agencyReported)).toEqual(['CUC-TK']);
    expect(takesPartIn(split, 'SO-KHDT')).toBe(true);
    expect(takesPartIn(split, 'CUC-TK')).toBe(false);
  });

  it('awaits in a report only the agencies whose indicators that report collects', () => {
    const [department, district] = ['department', 'district'].map((c) => readBundledFrameworks().find((f) => f.code === c)!);
    // department 9.1 (reported by Sở TTTT) is "Kỳ đánh giá: Năm": not awaited in Quý I
    expect(reportingAgenciesOf(department)).toEqual(['SO-TTTT']);
    expect(reportingAgenciesOf(department, 'Q1')).toEqual([]);
    expect(reportingAgenciesOf(department, 'YEAR')).toEqual(['SO-TTTT']);
    // a district's quarter is assessed by fewer agencies than its year
    expect(assessingAgenciesOf(district, 'Q1').length).toBeLessThanOrEqual(assessingAgenciesOf(district, 'YEAR').length);
    expect(assessingAgenciesOf(district, 'YEAR')).toEqual(assessingAgenciesOf(district));
  });
});
