import type { Framework, IndicatorDef, VariableDef } from './framework.types.js';
import { fmt, points, round2 } from './numbers.js';
import { isCollectedIn, type PeriodCode, reportingPeriod } from './periods.js';
import { evaluateRule, hasIndependentParts, ruleVariables } from './rule-evaluator.js';
import type { IndicatorScore, ScoreFlag, UnitInputs, UnitScore, VariableValue } from './score.types.js';

export interface ScoreOptions {
  /**
   * The reporting period scored. An indicator not collected in it (isCollectedIn: its "Kỳ đánh
   * giá" does not list the period's kind, e.g. a "Năm" indicator in Q1) is NOT_IN_PERIOD: 0 points,
   * outside the period's maximum. Without a period every indicator is scored.
   */
  period?: PeriodCode;
}

/**
 * Scores one unit's inputs for one period. Rules that need other units (relative to the best)
 * or the previous cycle (improvement, when `previous` is not given) come back PENDING with the
 * unit's own value: scoreCycle resolves them over the set of units.
 */
export function scoreUnit(framework: Framework, inputs: UnitInputs, previous?: UnitInputs, opts: ScoreOptions = {}): UnitScore {
  const indicators = framework.indicators.map((def) => scoreIndicator(def, inputs, previous, opts.period));
  return summarize(indicators);
}

export function summarize(indicators: IndicatorScore[]): UnitScore {
  const total = round2(indicators.reduce((acc, i) => acc + (i.points ?? 0), 0));
  return { total, periodMax: periodMaxOf(indicators), pending: countPending(indicators), indicators };
}

/** The maxima of the leaves collected in the period (every leaf, when the score has no period). */
function periodMaxOf(scores: IndicatorScore[]): number {
  return round2(scores.reduce((acc, s) => acc + (s.children ? periodMaxOf(s.children) : s.status === 'NOT_IN_PERIOD' ? 0 : s.maxPoints), 0));
}

function countPending(scores: IndicatorScore[]): number {
  return scores.reduce((n, s) => n + (s.children ? countPending(s.children) : s.status === 'PENDING' ? 1 : 0), 0);
}

function scoreIndicator(def: IndicatorDef, inputs: UnitInputs, previous: UnitInputs | undefined, period: PeriodCode | undefined): IndicatorScore {
  if (def.children) return sumChildren(def, def.children.map((c) => scoreIndicator(c, inputs, previous, period)));
  if (period && !isCollectedIn(def, period)) return notInPeriod(def, `kỳ ${reportingPeriod(period).label}`);
  return scoreLeaf(def, inputs, previous);
}

const KIND_LABELS = { QUARTER: 'Quý', HALF_YEAR: '6 tháng', YEAR: 'Năm' } as const;

/** A leaf outside the period(s) scored: 0 points, and outside the maximum (`periodMax`). */
export function notInPeriod(def: IndicatorDef, where: string): IndicatorScore {
  const collected = (def.periods ?? []).map((k) => KIND_LABELS[k]).join(', ');
  return { code: def.code, maxPoints: def.maxPoints, points: 0, status: 'NOT_IN_PERIOD', flags: [], trace: `Không thu thập trong ${where} (kỳ đánh giá: ${collected}) → không tính điểm` };
}

/** A parent's score is the sum of its children's (6.3 = 6.3.1 + … + 6.3.7). */
export function sumChildren(def: { code: string; maxPoints: number }, children: IndicatorScore[]): IndicatorScore {
  const known = round2(children.reduce((acc, c) => acc + (c.points ?? 0), 0));
  const waiting = children.filter((c) => c.status === 'PENDING' || (c.children && c.points === null)).length;
  const outside = children.filter((c) => c.status === 'NOT_IN_PERIOD').length;
  const notes = [waiting ? `${waiting} chờ tính` : '', outside ? `${outside} không thu thập trong kỳ` : ''].filter(Boolean).join('; ');
  return {
    code: def.code,
    maxPoints: def.maxPoints,
    points: known,
    status: outside === children.length ? 'NOT_IN_PERIOD' : waiting ? 'PENDING' : 'SCORED',
    flags: [],
    trace: `Tổng ${children.length} chỉ số thành phần = ${points(known, def.maxPoints)}${notes ? ` (${notes})` : ''}`,
    children,
  };
}

function scoreLeaf(def: IndicatorDef, inputs: UnitInputs, previous?: UnitInputs): IndicatorScore {
  const base = { code: def.code, maxPoints: def.maxPoints };
  const input = inputs[def.code];
  if (!def.rule) {
    // An information item (seed 004's general items): it carries shared values, scores nothing.
    return { ...base, points: 0, status: 'SCORED', flags: [], trace: 'Thông tin chung, không tính điểm' };
  }
  if (typeof input?.notApplicable === 'string' && input.notApplicable.trim()) {
    const flags: ScoreFlag[] = def.notApplicableAllowed ? [] : ['NOT_APPLICABLE_UNLISTED'];
    const trace = `Không áp dụng (${input.notApplicable.trim()}) → ${points(def.maxPoints, def.maxPoints)} (Điều 5c)`;
    return { ...base, points: def.maxPoints, status: 'NOT_APPLICABLE', flags, trace };
  }
  const values = resolveValues(def, inputs);
  const needed = ruleVariables(def.rule);
  const missing = needed.filter((k) => values[k] === undefined);
  if (missing.length === needed.length) {
    return { ...base, points: 0, status: 'NO_DATA', flags: [], trace: `Không có số liệu → ${points(0, def.maxPoints)} (Điều 5c)` };
  }
  // Where the seed scores the parts one by one, the rule scores a part without data as 0 itself.
  if (missing.length && !hasIndependentParts(def.rule)) {
    const trace = `Thiếu số liệu ${missing.join(', ')} → ${points(0, def.maxPoints)} (Điều 5c)`;
    return { ...base, points: 0, status: 'NO_DATA', flags: ['MISSING_VALUE'], trace };
  }
  const present = needed.filter((k) => values[k] !== undefined);
  const invalid = present.filter((k) => !validValue(variableDef(def, k), values[k]!));
  if (invalid.length) {
    const trace = `Giá trị không hợp lệ: ${invalid.map((k) => `${k} = ${String(values[k])}`).join(', ')} → ${points(0, def.maxPoints)}`;
    return { ...base, points: 0, status: 'FLAGGED', flags: ['INVALID_VALUE'], trace };
  }
  const negative = present.filter((k) => typeof values[k] === 'number' && (values[k] as number) < 0);
  if (negative.length) {
    const trace = `Số âm: ${negative.map((k) => `${k} = ${fmt(values[k] as number)}`).join(', ')} → ${points(0, def.maxPoints)}`;
    return { ...base, points: 0, status: 'FLAGGED', flags: ['NEGATIVE_VALUE'], trace };
  }
  const prior = previous ? resolveValues(def, previous) : undefined;
  return { ...base, ...evaluateRule(def.rule, def.maxPoints, values, prior) };
}

function variableDef(def: IndicatorDef, key: string): VariableDef | undefined {
  return def.variables?.find((v) => v.key === key);
}

function validValue(variable: VariableDef | undefined, value: VariableValue): boolean {
  switch (variable?.type) {
    case 'boolean':
      return typeof value === 'boolean';
    case 'choice':
      return typeof value === 'string' && (variable.options ?? []).some((o) => o.value === value);
    case 'text':
      return typeof value === 'string';
    case 'count':
      return typeof value === 'number' && Number.isInteger(value);
    default:
      return typeof value === 'number' && Number.isFinite(value);
  }
}

/** The indicator's variables, shared ones (`ref`) read from the item they point at. */
function resolveValues(def: IndicatorDef, inputs: UnitInputs): Record<string, VariableValue | undefined> {
  const out: Record<string, VariableValue | undefined> = {};
  for (const variable of def.variables ?? []) {
    const source = variable.ref ? inputs[variable.ref.indicator]?.values?.[variable.ref.variable] : inputs[def.code]?.values?.[variable.key];
    out[variable.key] = source ?? undefined;
  }
  return out;
}
