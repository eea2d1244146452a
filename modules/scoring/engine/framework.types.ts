/**
 * A DTI framework as data (bộ chỉ số). Plain types: the files in modules/frameworks/data/ are
 * JSON of this shape, the loader validates them, the engine scores them. Codes and variable
 * letters are the seed's own (`6.3.2`, `a`, `b`).
 */
export type UnitKindCode = 'DEPARTMENT' | 'DISTRICT' | 'COMMUNE' | 'PROVINCE';
export type Period = 'QUARTER' | 'HALF_YEAR' | 'YEAR';
/** "Trung bình" = average of the periods' scores; "Kỳ cuối" = the last period's. */
export type YearlyMethod = 'AVERAGE' | 'LAST';

export interface Framework {
  code: string;
  version: number;
  name: string;
  /** The decision it comes from, e.g. "3473/QĐ-UBND ngày 29/12/2023, Phụ lục I". */
  decision: string;
  unitKind: UnitKindCode;
  maxPoints: number;
  indicators: IndicatorDef[];
  /** Seed typos, gaps and ambiguities, with the reading this file takes (shown in the UI). */
  readings?: Reading[];
}

export interface Reading {
  indicator: string;
  issue: string;
  reading: string;
}

export interface IndicatorDef {
  code: string;
  name: string;
  maxPoints: number;
  /** "Nhóm nền tảng dùng chung" / "Nhóm chỉ số hoạt động", where the seed has one. */
  group?: string;
  /** Main and intermediate indicators: their score is the sum of their children's. */
  children?: IndicatorDef[];
  /** Leaves only. */
  variables?: VariableDef[];
  rule?: Rule;
  /** The rule as the seed writes it (Vietnamese), kept verbatim for display and audit. */
  ruleText?: string;
  evidence?: string;
  /**
   * Who reports the data: the seed's "Nguồn thu thập dữ liệu" column. The unit itself ("UNIT",
   * the default: Appendix I "Sở, ban ngành", Appendix II "Huyện/thành phố cung cấp"), or an
   * agency's unit code where that column names the agency alone (Appendix I 9.1 "Sở TTTT").
   * An agency that only checks the unit's figures is not the supplier: see `assessedBy`.
   */
  supplier?: string;
  /**
   * Appendix III, "Đơn vị phụ trách cung cấp thông tin và đánh giá" (Điều 8.2: Sở TTTT "Chủ trì,
   * phối hợp các cơ quan, đơn vị … tổng hợp, giải trình các chỉ số … theo phân công tại Phụ lục
   * III"), and Appendix I's "Kết quả theo dõi của STTTT" (6.2.3): the provincial agencies that
   * give information on the indicator and assess it. They do not replace the reporter: the unit
   * still enters its figures (Điều 10.1 "Cung cấp đầy đủ, chính xác, kịp thời các số liệu"), the
   * agencies give theirs to check them. Two agencies in one cell ("Sở Tài chính, Sở Kế hoạch và
   * Đầu tư") are two entries. Leaves only.
   */
  assessedBy?: AssessingAgency[];
  /**
   * Appendix II rows whose source is "Xã/Phường/Thị trấn cung cấp" (4.9): the communes hold the
   * figures; the district collects its communes' figures and enters them. The district stays the
   * reporter (`supplier`). Leaves only.
   */
  collectedFrom?: 'COMMUNES';
  periods?: Period[];
  yearly?: YearlyMethod;
  /** Điều 5c: the unit may declare it not applicable (with a reason) and gets the maximum. */
  notApplicableAllowed?: boolean;
}

/** One agency of an indicator's `assessedBy` (Appendix III: "Đơn vị phụ trách cung cấp thông tin và đánh giá"). */
export interface AssessingAgency {
  /** The agency's unit code (SO-TTTT, SO-TC, CA-TINH…, as in modules/demo/demo-units.ts). */
  agency: string;
  /** variables this agency gives a figure for; absent = all of the indicator's own (non-ref) variables */
  variables?: string[];
}

export type VariableType = 'count' | 'number' | 'money' | 'percent' | 'boolean' | 'choice' | 'text';

export interface VariableDef {
  /** The seed's letter (a, b, c...) or a descriptive key where the seed names none. */
  key: string;
  label: string;
  type: VariableType;
  unit?: string;
  /** For `choice`: the listed options, in the seed's order. */
  options?: { value: string; label: string }[];
  /** Supplied by a source agency (unit code) rather than the indicator's supplier. */
  supplier?: string;
  /**
   * A value shared with another item rather than entered again: `{ indicator: '5.8.1', variable: 'a' }`
   * (seed 004's `7.3b`, district 5.8.2's budget of 5.8.1) or a general item (`STT.4`).
   */
  ref?: { indicator: string; variable: string };
}

/** A sum of variables: `['c', 'd']` is c + d. */
export type Terms = string[];

export type BelowThreshold =
  /** "Tỷ lệ < 50%: Tỷ lệ × Điểm tối đa" */
  | 'PROPORTIONAL'
  /** "Tỷ lệ < 50%: Tỷ lệ / 50% × Điểm tối đa" */
  | 'SCALED_TO_THRESHOLD'
  /** "Tỷ lệ < 80%: 0 điểm" */
  | 'ZERO';

/**
 * A share whose numerator exceeds its denominator, at entry: "REFUSE" where the seed defines the
 * numerator as part of the denominator (a > b can only be a typing error), else "FLAG" (the
 * default): saved, scored as 100 % and flagged RATIO_ABOVE_ONE for the reviewer.
 */
export type AboveOne = 'FLAG' | 'REFUSE';

export type Rule =
  /** yes/no: yes → max, no → 0 (2.1). */
  | { kind: 'BOOLEAN'; variable: string }
  /**
   * value = sum(numerator) / sum(denominator); without a threshold: value × max (3.2). With one:
   * value ≥ threshold → max, else the below behaviour (6.3.2, 6.4.2, 6.3.1 "=100%"). The value
   * is a share unless `valueIsShare` is false (1.3: posts per month against 2).
   */
  | {
      kind: 'RATIO';
      numerator: Terms;
      denominator: Terms;
      threshold?: number;
      below?: BelowThreshold;
      valueIsShare?: boolean;
      aboveOne?: AboveOne;
    }
  /** value = sum(num)/sum(den); the first tier whose `min` the value reaches gives share × max (5.8). */
  | { kind: 'TIERS'; numerator: Terms; denominator: Terms; tiers: { min: number; share: number }[]; aboveOne?: AboveOne }
  /** points per occurrence, summed, capped at the maximum (1.1: +5 each; 10.1: 10 or 5 each). */
  | { kind: 'PER_OCCURRENCE'; items: { variable: string; points: number }[] }
  /** one option chosen among listed levels, each worth a share of the maximum (8.5, district 1.6). */
  | { kind: 'CHOICE'; variable: string; shares: Record<string, number> }
  /** yes/no parts that add up, each a share of the maximum (6.1: 4/5 + 1/5; 6.4.1: 1/2 + 1/2). */
  | { kind: 'PARTS'; parts: { variable: string; share: number }[] }
  /** ratio × ratioPoints, plus bonus points when a yes/no holds (6.4.4: × 10, +5). */
  | { kind: 'RATIO_PLUS_BONUS'; numerator: Terms; denominator: Terms; ratioPoints: number; bonus: { variable: string; points: number }; aboveOne?: AboveOne }
  /** own value / the highest value among the cycle's units × max (4.1, 5.1). */
  | { kind: 'RELATIVE_TO_BEST'; numerator: Terms; denominator?: Terms }
  /**
   * improvement of a value over the previous cycle's: a = (this − previous) / previous;
   * a ≥ threshold → max, 0 < a < threshold → a / threshold × max, else 0 (department 9.1).
   */
  | { kind: 'IMPROVEMENT'; variable: string; threshold: number };
