import { checkSchedule, moveDates } from './cycle-schedule.js';

const dates = (month: number) => ({
  opensAt: `2024-${String(month).padStart(2, '0')}-01T00:00:00+07:00`,
  dataEntry: `2024-${String(month).padStart(2, '0')}-10T23:59:59+07:00`,
  verification: `2024-${String(month).padStart(2, '0')}-20T23:59:59+07:00`,
  disputeResolution: `2024-${String(month).padStart(2, '0')}-28T23:59:59+07:00`,
});
const quarterly = [
  { period: 'Q1', ...dates(4) },
  { period: 'H1', ...dates(7) },
  { period: 'Q3', ...dates(10) },
  { period: 'YEAR', ...dates(12) },
];

describe('checkSchedule', () => {
  it('takes the quarterly schedule in order and stores UTC instants', () => {
    const r = checkSchedule('QUARTERLY', quarterly);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.deadlines.Q1.dataEntry).toBe('2024-04-10T16:59:59.000Z');
  });

  it('refuses a period twice, a missing one, the wrong order or another schedule’s periods', () => {
    expect(checkSchedule('QUARTERLY', [quarterly[0], quarterly[0], quarterly[2], quarterly[3]])).toEqual({ ok: false, problem: 'PERIODS_NOT_IN_SCHEDULE' });
    expect(checkSchedule('QUARTERLY', quarterly.slice(1))).toEqual({ ok: false, problem: 'PERIODS_NOT_IN_SCHEDULE' });
    expect(checkSchedule('QUARTERLY', [quarterly[1], quarterly[0], quarterly[2], quarterly[3]])).toEqual({ ok: false, problem: 'PERIODS_NOT_IN_SCHEDULE' });
    expect(checkSchedule('YEARLY', [quarterly[0]])).toEqual({ ok: false, problem: 'PERIODS_NOT_IN_SCHEDULE' });
    expect(checkSchedule('YEARLY', [quarterly[3]]).ok).toBe(true);
  });

  it('refuses stages out of order within a period and periods whose data entry goes backwards', () => {
    expect(checkSchedule('YEARLY', [{ ...quarterly[3], verification: quarterly[3].dataEntry }])).toEqual({ ok: false, problem: 'DEADLINES_OUT_OF_ORDER' });
    const backwards = [quarterly[0], { period: 'H1', ...dates(3) }, quarterly[2], quarterly[3]];
    expect(checkSchedule('QUARTERLY', backwards)).toEqual({ ok: false, problem: 'DEADLINES_OUT_OF_ORDER' });
  });
});

describe('moveDates', () => {
  const r = checkSchedule('QUARTERLY', quarterly);
  const all = r.ok ? r.deadlines : {};
  const order = ['Q1', 'H1', 'Q3', 'YEAR'];

  it('moves one period’s date and keeps the others', () => {
    const next = moveDates(order, all, 'Q1', { dataEntry: '2024-04-15T23:59:59+07:00' });
    expect(next?.Q1.dataEntry).toBe('2024-04-15T16:59:59.000Z');
    expect(next?.H1).toEqual(all.H1);
  });

  it('refuses a move that passes the next stage or the next period', () => {
    expect(moveDates(order, all, 'Q1', { dataEntry: '2024-04-25T23:59:59+07:00' })).toBeNull();
    expect(moveDates(order, all, 'Q1', { dataEntry: '2024-07-12T00:00:00+07:00', verification: '2024-07-13T00:00:00+07:00', disputeResolution: '2024-07-14T00:00:00+07:00' })).toBeNull();
  });
});
