import { endOfWorkingDays } from './working-days.js';

describe('endOfWorkingDays', () => {
  it('counts Monday to Friday in Việt Nam time and ends at 23:59:59.999 local', () => {
    // Friday 04/12/2026 10:00 local → five working days: Mon 7 … Fri 11/12, 23:59:59.999 local = 16:59:59.999Z.
    expect(endOfWorkingDays('2026-12-04T03:00:00Z', 5)).toBe('2026-12-11T16:59:59.999Z');
    // Friday 23:30 local is still Friday there (16:30Z); Monday 00:30 local is Sunday 17:30Z.
    expect(endOfWorkingDays('2026-12-04T16:30:00Z', 1)).toBe('2026-12-07T16:59:59.999Z');
    expect(endOfWorkingDays('2026-12-06T17:30:00Z', 1)).toBe('2026-12-08T16:59:59.999Z');
    // Saturday → the first working day is Monday.
    expect(endOfWorkingDays('2026-12-05T05:00:00Z', 1)).toBe('2026-12-07T16:59:59.999Z');
  });
});
