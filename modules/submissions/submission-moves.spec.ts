import { overdueOf } from './submission-moves.js';

// Điều 7's later dates of a period: verification, then dispute resolution.
const dates = { verification: '2099-02-15T16:59:59Z', disputeResolution: '2099-03-15T16:59:59Z' };
const at = (iso: string) => Date.parse(iso);

describe('overdue reports', () => {
  it('is past the verification deadline only while the report still waits for or is in verification', () => {
    expect(overdueOf(['awaitsVerification', 'locked', 'waitsForReviewer'], dates, at('2099-02-15T16:59:59Z'))).toBeNull();
    expect(overdueOf(['awaitsVerification', 'locked', 'waitsForReviewer'], dates, at('2099-02-15T17:00:00Z'))).toBe('VERIFICATION');
    expect(overdueOf(['disputeWindowOpen', 'locked', 'resultSent'], dates, at('2099-02-20T00:00:00Z'))).toBeNull();
    expect(overdueOf(['openForEntry'], dates, at('2099-04-01T00:00:00Z'))).toBeNull();
  });

  it('is past the dispute-resolution deadline while a dispute is open or waits to be finished', () => {
    expect(overdueOf(['awaitsResolution', 'disputeOpen', 'locked', 'resultSent'], dates, at('2099-03-10T00:00:00Z'))).toBeNull();
    expect(overdueOf(['awaitsResolution', 'locked', 'resultSent'], dates, at('2099-03-16T00:00:00Z'))).toBe('DISPUTE_RESOLUTION');
    expect(overdueOf(['final', 'locked', 'resultSent'], dates, at('2099-03-16T00:00:00Z'))).toBeNull();
    expect(overdueOf(['awaitsResolution'], undefined, at('2099-03-16T00:00:00Z'))).toBeNull();
  });
});
