import type { IndicatorDef, Period } from './framework.types.js';

/**
 * Điều 7a: "Định kỳ Quý, 6 tháng, các đơn vị thực hiện báo cáo số liệu … Kết quả năm báo cáo UBND
 * tỉnh để đánh giá xếp hạng." Read as the province's usual reporting points: the first quarter,
 * the half year, nine months and the year (docs/periods.md). A cycle holds exactly one of these
 * schedules, in this order; the last period is the year's, the only one that is ranked for the chair.
 */
export interface ReportingPeriod {
  code: 'Q1' | 'H1' | 'Q3' | 'YEAR';
  /** The framework's "Kỳ đánh giá" kind this reporting point belongs to. */
  kind: Period;
  label: string;
}

export const REPORTING_PERIODS: readonly ReportingPeriod[] = [
  { code: 'Q1', kind: 'QUARTER', label: 'Quý I' },
  { code: 'H1', kind: 'HALF_YEAR', label: '6 tháng' },
  { code: 'Q3', kind: 'QUARTER', label: '9 tháng' },
  { code: 'YEAR', kind: 'YEAR', label: 'Năm' },
];

/** The schedules a cycle may follow: the full year's reporting, or the year's report alone (seed 004's form). */
export const SCHEDULES = {
  QUARTERLY: ['Q1', 'H1', 'Q3', 'YEAR'],
  YEARLY: ['YEAR'],
} as const satisfies Record<string, readonly ReportingPeriod['code'][]>;
export type Schedule = keyof typeof SCHEDULES;

export type PeriodCode = ReportingPeriod['code'];

export function reportingPeriod(code: string): ReportingPeriod {
  const found = REPORTING_PERIODS.find((p) => p.code === code);
  if (!found) throw new Error(`Unknown reporting period ${code}`);
  return found;
}

export const isPeriodCode = (code: string): code is PeriodCode => REPORTING_PERIODS.some((p) => p.code === code);

/**
 * Is the indicator collected (offered, required and scored) in this reporting period? Its
 * "Kỳ đánh giá" column lists the kinds ("Quý, 6 tháng, năm" or "Năm"); an indicator without one
 * (an information item) is collected in every period.
 */
export function isCollectedIn(def: Pick<IndicatorDef, 'periods'>, period: string): boolean {
  return !def.periods?.length || def.periods.includes(reportingPeriod(period).kind);
}
