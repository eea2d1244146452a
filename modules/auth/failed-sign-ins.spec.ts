import { FailedSignIns } from './failed-sign-ins.js';

describe('FailedSignIns', () => {
  it('stops an address after the limit of failures within the window, and lets it in again when the oldest ages out', () => {
    const failures = new FailedSignIns(3, 60_000);
    failures.record('10.0.0.1', 0);
    failures.record('10.0.0.1', 10_000);
    expect(failures.retryAfter('10.0.0.1', 20_000)).toBe(0);
    failures.record('10.0.0.1', 20_000);
    // the first failure (at 0) leaves the window at 60 s: 40 s to wait at 20 s
    expect(failures.retryAfter('10.0.0.1', 20_000)).toBe(40);
    expect(failures.retryAfter('10.0.0.2', 20_000)).toBe(0);
    expect(failures.retryAfter('10.0.0.1', 60_001)).toBe(0);
  });

  it('keeps at most the given number of addresses', () => {
    const failures = new FailedSignIns(1, 60_000, 2);
    for (const a of ['a', 'b', 'c']) failures.record(a, 0);
    expect(['a', 'b', 'c'].map((a) => failures.retryAfter(a, 1))).toEqual([0, 60, 60]);
  });
});
