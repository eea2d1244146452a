import type { IndicatorDef } from '../scoring/engine/framework.types.js';
import { isCollectedIn, isPeriodCode, type PeriodCode } from '../scoring/engine/periods.js';

/** The engine's period option for a submission: only the indicators its reporting period collects score. */
export const periodOf = (s: { period: string }): { period?: PeriodCode } => (isPeriodCode(s.period) ? { period: s.period } : {});

/** Is the indicator collected in the submission's reporting period (its "Kỳ đánh giá" column)? */
export const collectedFor = (s: { period: string }, def: Pick<IndicatorDef, 'periods'>): boolean => !isPeriodCode(s.period) || isCollectedIn(def, s.period);
