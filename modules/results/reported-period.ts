import { isPeriodCode, type PeriodCode, SCHEDULES } from '../scoring/engine/periods.js';

/**
 * A submission's period as the engine's reporting period. A cycle that follows one of the
 * schedules (Q1, H1, Q3, YEAR or YEAR alone) scores each period with what it collects. A cycle
 * opened with other codes (Q2, Q4, H2, a lone Q1: before the schedule) cannot say which indicators
 * each of its periods collects, so each period is aggregated as a YEAR report, which collects every
 * indicator of the bundled frameworks: the year is what it was before periods were read.
 */
export function reportedAs(cyclePeriods: string[]): (period: string) => { code: PeriodCode; schedule: boolean } {
  const schedule = Object.values(SCHEDULES).some((s) => s.length === cyclePeriods.length && s.every((code, i) => cyclePeriods[i] === code));
  return (period) => (schedule && isPeriodCode(period) ? { code: period, schedule: true } : { code: 'YEAR', schedule: false });
}
