import type { Framework, IndicatorDef, YearlyMethod } from './framework.types.js';
import { fmt, points, round2 } from './numbers.js';
import { relativeToBest } from './rule-evaluator.js';
import type { IndicatorScore, UnitScore } from './score.types.js';
import { summarize, sumChildren } from './score-unit.js';

/**
 * The step over a set of units (Điều 6: relative to the best unit). Each unit's score comes
 * from scoreUnit or aggregateYear; RELATIVE_TO_BEST leaves are resolved against the highest
 * value among the units that gave data, and every parent total is recomputed.
 */
export function resolveRelative(framework: Framework, units: Map<string, UnitScore>): Map<string, UnitScore> {
  const best = new Map<string, number>();
  for (const code of relativeCodes(framework.indicators)) {
    // Only values still waiting for this step compete: a unit without data or with an impossible value cannot be the best.
    const values = [...units.values()].map((u) => findScore(u.indicators, code)).filter((s) => s?.status === 'PENDING');
    best.set(code, Math.max(0, ...values.map((s) => s!.value ?? 0)));
  }
  const out = new Map<string, UnitScore>();
  for (const [unit, score] of units) {
    out.set(unit, summarize(framework.indicators.map((def, i) => rebuild(def, score.indicators[i], best))));
  }
  return out;
}

function rebuild(def: IndicatorDef, score: IndicatorScore, best: Map<string, number>): IndicatorScore {
  if (def.children) {
    return sumChildren(def, def.children.map((c, i) => rebuild(c, score.children![i], best)));
  }
  if (def.rule?.kind === 'RELATIVE_TO_BEST' && score.status === 'PENDING') return relativeToBest(score, best.get(def.code)!);
  return score;
}

function relativeCodes(defs: IndicatorDef[]): string[] {
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

/**
 * Điều 7: an indicator's yearly score is the average of its periods' scores ("Trung bình") or
 * the last period's ("Kỳ cuối"). A period without data scored 0 (Điều 5c) and counts in the
 * average. A pending leaf stays pending, carrying the averaged or last value for the relative step.
 */
export function aggregateYear(framework: Framework, periods: UnitScore[]): UnitScore {
  if (!periods.length) throw new Error('aggregateYear needs at least one period');
  return summarize(framework.indicators.map((def, i) => aggregate(def, periods.map((p) => p.indicators[i]))));
}

function aggregate(def: IndicatorDef, scores: IndicatorScore[]): IndicatorScore {
  if (def.children) return sumChildren(def, def.children.map((c, i) => aggregate(c, scores.map((s) => s.children![i]))));
  const method: YearlyMethod = def.yearly ?? 'AVERAGE';
  if (method === 'LAST' || scores.length === 1) return { ...scores.at(-1)!, trace: `Kỳ cuối: ${scores.at(-1)!.trace}` };
  const flags = [...new Set(scores.flatMap((s) => s.flags))];
  if (scores.some((s) => s.status === 'PENDING')) {
    // A relative indicator averaged over the periods: the value is the mean of the periods'
    // values (a period without data counts as 0, Điều 5c) and it stays pending for the cross-unit step.
    const value = scores.reduce((acc, s) => acc + (s.status === 'PENDING' ? (s.value ?? 0) : 0), 0) / scores.length;
    const trace = `Trung bình ${scores.length} kỳ, giá trị = ${fmt(value)}; chờ so sánh với đơn vị cao nhất`;
    return { code: def.code, maxPoints: def.maxPoints, points: null, status: 'PENDING', flags, value, trace };
  }
  const avg = round2(scores.reduce((acc, s) => acc + (s.points ?? 0), 0) / scores.length);
  const list = scores.map((s) => fmt(s.points ?? 0)).join(' + ');
  return {
    code: def.code,
    maxPoints: def.maxPoints,
    points: avg,
    status: flags.length ? 'FLAGGED' : 'SCORED',
    flags,
    trace: `Trung bình ${scores.length} kỳ = (${list})/${scores.length} → ${points(avg, def.maxPoints)}`,
  };
}
