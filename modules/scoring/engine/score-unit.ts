import type { Framework, IndicatorDef, VariableDef } from './framework.types.js';
import { fmt, points, round2 } from './numbers.js';
import { isCollectedIn, type PeriodCode, reportingPeriod } from './periods.js';
import { evaluateRule, hasIndependentParts, ruleVariables } from './rule-evaluator.js';
import { type IndicatorScore, NO_FLAGS, type ScoreFlag, type UnitInputs, type UnitScore, type VariableValue } from './score.types.js';

export interface ScoreOptions {
  /**
   * The reporting period scored. An indicator not collected in it (isCollectedIn: its "Kỳ đánh
   * giá" does not list the period's kind, e.g. a "Năm" indicator in Q1) is NOT_IN_PERIOD: 0 points,
   * outside the period's maximum. Without a period every indicator is scored.
   */
  period?: PeriodCode;
  /**
   * false: traces are left empty (points, statuses, flags and values are the same). Only for
   * periods whose traces the year does not keep (tracedPeriods): never for a score a person reads.
   */
  traces?: boolean;
}

/**
 * Scores one unit's inputs for one period. Rules that need other units (relative to the best)
 * or the previous cycle (improvement, when `previous` is not given) come back PENDING with the
 * unit's own value: scoreCycle resolves them over the set of units.
 */
export function scoreUnit(framework: Framework, inputs: UnitInputs, previous?: UnitInputs, opts: ScoreOptions = {}): UnitScore {
  const traced = opts.traces !== false;
  const indicators = framework.indicators.map((def) => scoreIndicator(def, inputs, previous, opts.period, traced));
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

function scoreIndicator(def: IndicatorDef, inputs: UnitInputs, previous: UnitInputs | undefined, period: PeriodCode | undefined, traced: boolean): IndicatorScore {
  if (def.children) return sumChildren(def, def.children.map((c) => scoreIndicator(c, inputs, previous, period, traced)), traced);
  if (period && !isCollectedIn(def, period)) {
    if (!traced) return { code: def.code, maxPoints: def.maxPoints, points: 0, status: 'NOT_IN_PERIOD', flags: NO_FLAGS, trace: '' };
    return notInPeriod(def, `kỳ ${reportingPeriod(period).label}`);
  }
  return scoreLeaf(def, inputs, previous, traced);
}

const KIND_LABELS = { QUARTER: 'Quý', HALF_YEAR: '6 tháng', YEAR: 'Năm' } as const;

/** A leaf outside the period(s) scored: 0 points, and outside the maximum (`periodMax`). */
export function notInPeriod(def: IndicatorDef, where: string): IndicatorScore {
  const collected = (def.periods ?? []).map((k) => KIND_LABELS[k]).join(', ');
  return { code: def.code, maxPoints: def.maxPoints, points: 0, status: 'NOT_IN_PERIOD', flags: NO_FLAGS, trace: `Không thu thập trong ${where} (kỳ đánh giá: ${collected}) → không tính điểm` };
}

/** A parent's score is the sum of its children's (6.3 = 6.3.1 + … + 6.3.7). */
export function sumChildren(def: { code: string; maxPoints: number }, children: IndicatorScore[], traced = true): IndicatorScore {
  let sum = 0;
  let waiting = 0;
  let outside = 0;
  for (const c of children) {
    sum += c.points ?? 0;
    if (c.status === 'PENDING' || (c.children && c.points === null)) waiting++;
    if (c.status === 'NOT_IN_PERIOD') outside++;
  }
  const known = round2(sum);
  const notes = traced ? [waiting ? `${waiting} chờ tính` : '', outside ? `${outside} không thu thập trong kỳ` : ''].filter(Boolean).join('; ') : '';
  return {
    code: def.code,
    maxPoints: def.maxPoints,
    points: known,
    status: outside === children.length ? 'NOT_IN_PERIOD' : waiting ? 'PENDING' : 'SCORED',
    flags: NO_FLAGS,
    trace: traced ? `Tổng ${children.length} chỉ số thành phần = ${points(known, def.maxPoints)}${notes ? ` (${notes})` : ''}` : '',
    children,
  };
}

/**
 * What scoring a leaf needs from its definition, worked out once per definition rather than per
 * unit and period: where each variable is read from, which ones the rule needs, how each is checked.
 * Framework versions never change (a new version is a new object), so a WeakMap keyed by the
 * definition is the compiled form of that version.
 */
interface CompiledLeaf {
  sources: { key: string; indicator: string; variable: string }[];
  needed: string[];
  valid: Map<string, (value: VariableValue) => boolean>;
  independent: boolean;
  noData: string;
  /**
   * The leaf's values, filled again for each unit and period: scoring a leaf is synchronous and
   * nothing it returns keeps them, so one object each serves every score instead of a new one.
   */
  values: Record<string, VariableValue | undefined>;
  prior: Record<string, VariableValue | undefined>;
}
const compiledLeaves = new WeakMap<IndicatorDef, CompiledLeaf>();

function compile(def: IndicatorDef & { rule: NonNullable<IndicatorDef['rule']> }): CompiledLeaf {
  let leaf = compiledLeaves.get(def);
  if (leaf) return leaf;
  const needed = ruleVariables(def.rule);
  leaf = {
    sources: (def.variables ?? []).map((v) => ({ key: v.key, indicator: v.ref?.indicator ?? def.code, variable: v.ref?.variable ?? v.key })),
    needed,
    valid: new Map(needed.map((k) => [k, validator(def.variables?.find((v) => v.key === k))])),
    independent: hasIndependentParts(def.rule),
    noData: `Không có số liệu → ${points(0, def.maxPoints)} (Điều 5c)`,
    values: {},
    prior: {},
  };
  compiledLeaves.set(def, leaf);
  return leaf;
}

function scoreLeaf(def: IndicatorDef, inputs: UnitInputs, previous: UnitInputs | undefined, traced: boolean): IndicatorScore {
  const base = { code: def.code, maxPoints: def.maxPoints };
  const input = inputs[def.code];
  if (!def.rule) {
    // An information item (seed 004's general items): it carries shared values, scores nothing.
    return { ...base, points: 0, status: 'SCORED', flags: NO_FLAGS, trace: 'Thông tin chung, không tính điểm' };
  }
  if (typeof input?.notApplicable === 'string' && input.notApplicable.trim()) {
    const flags: ScoreFlag[] = def.notApplicableAllowed ? [] : ['NOT_APPLICABLE_UNLISTED'];
    const trace = traced ? `Không áp dụng (${input.notApplicable.trim()}) → ${points(def.maxPoints, def.maxPoints)} (Điều 5c)` : '';
    return { ...base, points: def.maxPoints, status: 'NOT_APPLICABLE', flags, trace };
  }
  const leaf = compile(def as IndicatorDef & { rule: NonNullable<IndicatorDef['rule']> });
  const values = resolveValues(leaf, inputs, leaf.values);
  // One pass over the needed variables; the lists are only built for the messages that name them.
  let missing = 0;
  let bad = 0;
  for (const k of leaf.needed) {
    const value = values[k];
    if (value === undefined) missing++;
    else if (!leaf.valid.get(k)!(value) || (typeof value === 'number' && value < 0)) bad++;
  }
  if (missing === leaf.needed.length) return { ...base, points: 0, status: 'NO_DATA', flags: NO_FLAGS, trace: leaf.noData };
  // Where the seed scores the parts one by one, the rule scores a part without data as 0 itself.
  if (missing && !leaf.independent) {
    const trace = traced ? `Thiếu số liệu ${leaf.needed.filter((k) => values[k] === undefined).join(', ')} → ${points(0, def.maxPoints)} (Điều 5c)` : '';
    return { ...base, points: 0, status: 'NO_DATA', flags: ['MISSING_VALUE'], trace };
  }
  if (bad) return badValues(def, leaf, values);
  const prior = previous ? resolveValues(leaf, previous, leaf.prior) : undefined;
  // Built field by field: a spread of the outcome cost more than the rule itself (V8 clones such
  // objects slowly when their shapes vary), and every score then has the same shape.
  const r = evaluateRule(def.rule, def.maxPoints, values, prior, traced);
  return { code: def.code, maxPoints: def.maxPoints, points: r.points, status: r.status, flags: r.flags, trace: r.trace, value: r.value };
}

/** Impossible values score 0 and are flagged, named in the trace: wrong types first, then negatives. */
function badValues(def: IndicatorDef, leaf: CompiledLeaf, values: Record<string, VariableValue | undefined>): IndicatorScore {
  const base = { code: def.code, maxPoints: def.maxPoints };
  const present = leaf.needed.filter((k) => values[k] !== undefined);
  const invalid = present.filter((k) => !leaf.valid.get(k)!(values[k]!));
  if (invalid.length) {
    const trace = `Giá trị không hợp lệ: ${invalid.map((k) => `${k} = ${String(values[k])}`).join(', ')} → ${points(0, def.maxPoints)}`;
    return { ...base, points: 0, status: 'FLAGGED', flags: ['INVALID_VALUE'], trace };
  }
  const negative = present.filter((k) => typeof values[k] === 'number' && (values[k] as number) < 0);
  const trace = `Số âm: ${negative.map((k) => `${k} = ${fmt(values[k] as number)}`).join(', ')} → ${points(0, def.maxPoints)}`;
  return { ...base, points: 0, status: 'FLAGGED', flags: ['NEGATIVE_VALUE'], trace };
}

function validator(variable: VariableDef | undefined): (value: VariableValue) => boolean {
  switch (variable?.type) {
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'choice': {
      const options = new Set((variable.options ?? []).map((o) => o.value));
      return (value) => typeof value === 'string' && options.has(value);
    }
    case 'text':
      return (value) => typeof value === 'string';
    case 'count':
      return (value) => typeof value === 'number' && Number.isInteger(value);
    default:
      return (value) => typeof value === 'number' && Number.isFinite(value);
  }
}

/** The indicator's variables, shared ones (`ref`) read from the item they point at. */
function resolveValues(leaf: CompiledLeaf, inputs: UnitInputs, into: Record<string, VariableValue | undefined>): Record<string, VariableValue | undefined> {
  for (const s of leaf.sources) into[s.key] = inputs[s.indicator]?.values?.[s.variable] ?? undefined;
  return into;
}
