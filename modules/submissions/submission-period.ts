import { isPeriodCode, type PeriodCode } from '../scoring/engine/periods.js';

/** The engine's period option for a submission: only the indicators its reporting period collects score. */
export const periodOf = (s: { period: string }): { period?: PeriodCode } => (isPeriodCode(s.period) ? { period: s.period } : {});
