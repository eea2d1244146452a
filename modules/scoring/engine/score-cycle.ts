import type { Framework, IndicatorDef, YearlyMethod } from './framework.types.js';
import { averagePoints, fmt, points } from './numbers.js';
import { isCollectedIn, type PeriodCode, REPORTING_PERIODS, reportingPeriod } from './periods.js';
import { relativeToBest } from './rule-evaluator.js';
import { type IndicatorScore, NO_FLAGS, type UnitScore } from './score.types.js';
import { notInPeriod, summarize, sumChildren } from './score-unit.js';

/**
 * Where the best is outside the units evaluated (seed 004, 7.5: "Địa phương có tỷ lệ cao nhất"
 * among all provinces, and one province is evaluated here): the figure by indicator code, and
 * `required` when the set alone can never say what the best is (the province): without the
 * figure the item keeps waiting rather than making the unit its own best.
 */
export interface References {
  values: ReadonlyMap<string, number>;
  required: boolean;
}

const NONE: References = { values: new Map(), required: false };

/**
 * The step over a set of units (Điều 6: relative to the best unit). Each unit's score comes
 * from scoreUnit or aggregateYear; RELATIVE_TO_BEST leaves are resolved against the highest
 * value among the units that gave data, and a reference value where there is one (it competes
 * too), and every parent total is recomputed.
 */
export function resolveRelative(framework: Framework, units: Map<string, UnitScore>, references: References = NONE): Map<string, UnitScore> {
  const best = new Map<string, Best>();
  for (const code of relativeCodes(framework.indicators)) {
    if (references.required && !references.values.has(code)) continue;
    // Only values still waiting for this step compete: a unit without data or with an impossible value cannot be the best.
    const values = [...units.values()].map((u) => findScore(u.indicators, code)).filter((s) => s?.status === 'PENDING');
    const own = Math.max(0, ...values.map((s) => s!.value ?? 0));
    const reference = references.values.get(code);
    best.set(code, reference !== undefined && reference > own ? { value: reference, outside: true } : { value: own, outside: false });
  }
  const out = new Map<string, UnitScore>();
  for (const [unit, score] of units) {
    out.set(unit, summarize(framework.indicators.map((def, i) => rebuild(def, score.indicators[i], best))));
  }
  return out;
}

type Best = { value: number; outside: boolean };

function rebuild(def: IndicatorDef, score: IndicatorScore, best: Map<string, Best>): IndicatorScore {
  if (def.children) {
    return sumChildren(def, def.children.map((c, i) => rebuild(c, score.children![i], best)));
  }
  if (def.rule?.kind !== 'RELATIVE_TO_BEST' || score.status !== 'PENDING') return score;
  // No best (a province without its national figure): the item keeps waiting.
  const b = best.get(def.code);
  return b ? relativeToBest(score, b.value, b.outside ? 'cao nhất (giá trị tham chiếu)' : 'cao nhất') : score;
}

/** The leaves scored relative to the best unit (RELATIVE_TO_BEST), by code. */
export function relativeCodes(defs: IndicatorDef[]): string[] {
  return defs.flatMap((d) => (d.children ? relativeCodes(d.children) : d.rule?.kind === 'RELATIVE_TO_BEST' ? [d.code] : []));
}

export function findScore(scores: IndicatorScore[], code: string): IndicatorScore | undefined {
  for (const s of scores) {
    if (s.code === code) return s;
    const inner = s.children && findScore(s.children, code);
    if (inner) return inner;
  }
  return undefined;
}

/** One reporting period's score of a unit, as aggregateYear takes it. */
export interface PeriodScore {
  period: PeriodCode;
  score: UnitScore;
}

const order = (p: PeriodCode) => REPORTING_PERIODS.findIndex((r) => r.code === p);

/**
 * Điều 7: an indicator's yearly score is the average of its periods' scores ("Trung bình") or
 * the last period's ("Kỳ cuối"), over the periods that collect it (isCollectedIn): a "Năm"
 * indicator takes the YEAR value whatever its method, a "Quý, 6 tháng, năm" one averages Q1, H1,
 * Q3 and YEAR. A collecting period without data scored 0 (Điều 5c) and counts in the average. A
 * pending leaf stays pending, carrying the averaged or last value for the relative step. Periods
 * are taken in the schedule's order (REPORTING_PERIODS) whatever order they are given in.
 */
export function aggregateYear(framework: Framework, periods: PeriodScore[]): UnitScore {
  if (!periods.length) throw new Error('aggregateYear needs at least one period');
  const sorted = [...periods].sort((a, b) => order(a.period) - order(b.period));
  const codes = sorted.map((p) => p.period);
  const key = codes.join(',');
  return summarize(framework.indicators.map((def, i) => aggregate(def, codes, key, sorted.map((p) => p.score.indicators[i]))));
}

/**
 * Which of the given periods collect a leaf, and the words the year's trace puts around them:
 * the same for every unit of a cycle, so worked out once per leaf and list of periods.
 */
interface YearPlan {
  collected: number[];
  labels: string;
  /** "Kỳ cuối (Năm)" or "Kỳ duy nhất có thu thập (…)", where one period's score is the year's. */
  single: string | null;
  notCollected: string;
}
const plans = new WeakMap<IndicatorDef, Map<string, YearPlan>>();

/** `periods` in the schedule's order, as aggregateYear sorts them; `key` their codes joined. */
function planOf(def: IndicatorDef, periods: PeriodCode[], key = periods.join(',')): YearPlan {
  let byPeriods = plans.get(def);
  if (!byPeriods) plans.set(def, (byPeriods = new Map()));
  let plan = byPeriods.get(key);
  if (!plan) {
    const collected = periods.flatMap((p, i) => (isCollectedIn(def, p) ? [i] : []));
    const labels = collected.map((i) => reportingPeriod(periods[i]).label).join(', ');
    const method: YearlyMethod = def.yearly ?? 'AVERAGE';
    const last = collected.length ? reportingPeriod(periods[collected.at(-1)!]).label : '';
    const single = method === 'LAST' ? `Kỳ cuối (${last})` : collected.length === 1 ? `Kỳ duy nhất có thu thập (${labels})` : null;
    plan = { collected, labels, single, notCollected: `các kỳ ${periods.map((p) => reportingPeriod(p).label).join(', ')}` };
    byPeriods.set(key, plan);
  }
  return plan;
}

/**
 * The periods whose traces a unit's year keeps (a leaf taken from one period, "Kỳ cuối" or the
 * only period collecting it); the others' traces are replaced by the year's average, so they can
 * be scored without (ScoreOptions.traces). Given the unit's own periods, in any order.
 */
export function tracedPeriods(framework: Framework, periods: PeriodCode[]): Set<PeriodCode> {
  let byPeriods = traceSources.get(framework);
  if (!byPeriods) traceSources.set(framework, (byPeriods = new Map()));
  const sorted = [...periods].sort((a, b) => order(a) - order(b));
  const key = sorted.join(',');
  let out = byPeriods.get(key);
  if (!out) {
    out = new Set();
    const visit = (defs: IndicatorDef[]) => {
      for (const def of defs) {
        if (def.children) visit(def.children);
        else {
          const plan = planOf(def, sorted);
          if (plan.single && plan.collected.length) out!.add(sorted[plan.collected.at(-1)!]);
        }
      }
    };
    visit(framework.indicators);
    byPeriods.set(key, out);
  }
  return out;
}
const traceSources = new WeakMap<Framework, Map<string, Set<PeriodCode>>>();

/** `scores[k]` is the indicator's score in `periods[k]` (the schedule's order). */
function aggregate(def: IndicatorDef, periods: PeriodCode[], key: string, scores: IndicatorScore[]): IndicatorScore {
  if (def.children) {
    return sumChildren(def, def.children.map((c, i) => aggregate(c, periods, key, scores.map((s) => s.children![i]))));
  }
  const plan = planOf(def, periods, key);
  if (!plan.collected.length) return notInPeriod(def, plan.notCollected);
  const labels = plan.labels;
  if (plan.single) {
    // Field by field rather than a spread: the same fields, built faster.
    const s = scores[plan.collected.at(-1)!];
    const out: IndicatorScore = { code: s.code, maxPoints: s.maxPoints, points: s.points, status: s.status, flags: s.flags, trace: `${plan.single}: ${s.trace}` };
    if ('value' in s) out.value = s.value;
    return out;
  }
  const list = plan.collected.map((i) => scores[i]);
  const flags = list.some((s) => s.flags.length) ? [...new Set(list.flatMap((s) => s.flags))] : NO_FLAGS;
  if (list.some((s) => s.status === 'PENDING')) {
    // A relative indicator averaged over the periods: the value is the mean of the periods'
    // values (a period without data counts as 0, Điều 5c) and it stays pending for the cross-unit step.
    const value = list.reduce((acc, s) => acc + (s.status === 'PENDING' ? (s.value ?? 0) : 0), 0) / list.length;
    const trace = `Trung bình ${list.length} kỳ (${labels}), giá trị = ${fmt(value)}; chờ so sánh với đơn vị cao nhất`;
    return { code: def.code, maxPoints: def.maxPoints, points: null, status: 'PENDING', flags, value, trace };
  }
  const avg = averagePoints(list.map((s) => s.points ?? 0));
  const sum = list.map((s) => fmt(s.points ?? 0)).join(' + ');
  return {
    code: def.code,
    maxPoints: def.maxPoints,
    points: avg,
    status: flags.length ? 'FLAGGED' : 'SCORED',
    flags,
    trace: `Trung bình ${list.length} kỳ (${labels}) = (${sum})/${list.length} → ${points(avg, def.maxPoints)}`,
  };
}
