import { readyKinds } from './ready-kinds.js';

const cycle = { periods: ['H1', 'YEAR'], frameworks: [{ unitKind: 'DEPARTMENT', code: 'department' }, { unitKind: 'DISTRICT', code: 'district' }] };
const s = (frameworkCode: string, period: string, status: string) => ({ frameworkCode, period, status });

describe('kinds that consolidate by themselves', () => {
  it('are those whose final-period submissions are all final, once', () => {
    const subs = [s('department', 'H1', 'draft'), s('department', 'YEAR', 'final'), s('department', 'YEAR', 'final'), s('district', 'YEAR', 'final'), s('district', 'YEAR', 'verified')];
    // an earlier period still open does not hold the year back; one district not final does
    expect(readyKinds(cycle, subs, [])).toEqual(['DEPARTMENT']);
    expect(readyKinds(cycle, subs, ['DEPARTMENT'])).toEqual([]);
    expect(readyKinds(cycle, [], [])).toEqual([]);
  });
});
