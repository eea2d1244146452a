export type VariableValue = number | boolean | string;

/** What a unit (or a source agency for it) entered for one indicator in one period. */
export interface IndicatorInput {
  values?: Record<string, VariableValue | null | undefined>;
  /** Điều 5c: declared not applicable, with the reason. */
  notApplicable?: string;
}

/** Inputs of one unit for one period, keyed by indicator code. */
export type UnitInputs = Record<string, IndicatorInput | undefined>;

export type ScoreStatus =
  /** computed from the inputs */
  | 'SCORED'
  /** Điều 5c: no data → 0 */
  | 'NO_DATA'
  /** Điều 5c: not applicable → maximum */
  | 'NOT_APPLICABLE'
  /** needs the other units (relative) or the previous cycle (improvement) */
  | 'PENDING'
  /** the inputs are impossible or contradictory: scored safely, for the reviewer to look at */
  | 'FLAGGED'
  /** not collected in the period scored (its "Kỳ đánh giá" leaves the period out): 0, outside the period's maximum */
  | 'NOT_IN_PERIOD';

export type ScoreFlag =
  | 'ZERO_DENOMINATOR'
  | 'RATIO_ABOVE_ONE'
  | 'NEGATIVE_VALUE'
  | 'INVALID_VALUE'
  | 'MISSING_VALUE'
  | 'NO_BEST_VALUE'
  | 'NO_PREVIOUS_VALUE'
  | 'NOT_APPLICABLE_UNLISTED';

export interface IndicatorScore {
  code: string;
  maxPoints: number;
  /** Rounded to 2 decimals; null only while PENDING. Parents: the sum of their known children. */
  points: number | null;
  status: ScoreStatus;
  flags: ScoreFlag[];
  /** The rule applied, with the numbers substituted, in Vietnamese. */
  trace: string;
  /** The measured value the relative and improvement steps compare (a ratio or a count). */
  value?: number;
  children?: IndicatorScore[];
}

export interface UnitScore {
  /** Sum of the main indicators' points (pending ones count as 0 until resolved). */
  total: number;
  /**
   * The most the unit could score in the period: the maxima of the indicators collected in it
   * (all of them, the framework's maximum, when the score names no period).
   */
  periodMax: number;
  pending: number;
  indicators: IndicatorScore[];
}

/**
 * The flags of a score that has none: one shared, frozen array rather than a new one per leaf
 * and period (hundreds of thousands in a consolidation). Frozen, so a push would throw.
 */
export const NO_FLAGS: ScoreFlag[] = Object.freeze([]) as unknown as ScoreFlag[];
