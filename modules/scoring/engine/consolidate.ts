import type { Framework, IndicatorDef } from './framework.types.js';
import { points, round2 } from './numbers.js';
import type { PeriodCode } from './periods.js';
import { aggregateYear, type References, resolveRelative } from './score-cycle.js';
import type { IndicatorScore, UnitScore } from './score.types.js';
import { summarize, sumChildren } from './score-unit.js';

/**
 * The year's end over one unit kind (Điều 6-7): each period's score with the reviewer's and the
 * disputes' final points in place of the self-assessment, the periods aggregated into the year,
 * the rules relative to the best unit resolved across the units, then the ranking. Pure: the
 * same inputs always give the same ranking.
 */
export interface UnitYearInput {
  unit: string;
  /**
   * The unit's reporting periods (in the schedule's order), each already scored (with the previous
   * cycle for improvement, and best with `{ period }` so what the period does not collect is
   * NOT_IN_PERIOD) and the final points of its verification.
   */
  periods: { period: PeriodCode; score: UnitScore; finals: Map<string, number> }[];
}

export interface RankedUnit {
  unit: string;
  rank: number;
  total: number;
  score: UnitScore;
}

export function consolidate(framework: Framework, units: UnitYearInput[], references?: References): RankedUnit[] {
  return rankYear(framework, new Map(units.map((u) => [u.unit, yearOf(framework, u.periods)])), references);
}

/**
 * One unit's year from its periods, final points in place: what consolidate keeps of a unit
 * between batches (its periods' trees can go once this is made).
 */
export function yearOf(framework: Framework, periods: UnitYearInput['periods']): UnitScore {
  const year = aggregateYear(framework, periods.map((p) => ({ period: p.period, score: withFinals(framework, p.score, p.finals) })));
  flattenTraces(year.indicators);
  return year;
}

/**
 * A trace built from template pieces is a rope of them in V8, a dozen objects the garbage
 * collector walks for as long as the year is kept (the whole consolidation). Reading a character
 * makes V8 flatten it into one string; the pieces can then go. Nothing visible changes.
 */
function flattenTraces(scores: IndicatorScore[]): void {
  for (const s of scores) {
    s.trace.charCodeAt(0);
    if (s.children) flattenTraces(s.children);
  }
}

/** The step across the units' years: relative rules against the best, then the ranking. */
export function rankYear(framework: Framework, yearly: Map<string, UnitScore>, references?: References): RankedUnit[] {
  const resolved = resolveRelative(framework, yearly, references);
  return rank([...resolved].map(([unit, score]) => ({ unit, total: score.total, score })));
}

/**
 * One reporting period's table across the units of a kind (Điều 7a: "Định kỳ Quý, 6 tháng, các
 * đơn vị thực hiện báo cáo số liệu"): each unit's score in that report alone, final points in
 * place where there are some, the relative rules resolved among the units' values of that report,
 * ranked like the year. Provisional by nature: only the year's consolidation goes to the chair.
 */
export function rankPeriod(framework: Framework, units: { unit: string; score: UnitScore; finals: Map<string, number> }[], references?: References): RankedUnit[] {
  const resolved = resolveRelative(framework, new Map(units.map((u) => [u.unit, withFinals(framework, u.score, u.finals)])), references);
  return rank([...resolved].map(([unit, score]) => ({ unit, total: score.total, score })));
}

/**
 * Điều 6: units ranked from the highest index to the lowest. Ties (equal totals to the cent)
 * share a rank and the next rank is skipped (1, 2, 2, 4): nobody is placed above an equal
 * score by anything the Decision does not name. Within a tie, units are listed by code.
 */
export function rank<T extends { unit: string; total: number }>(rows: T[]): (T & { rank: number })[] {
  const sorted = [...rows].sort((a, b) => round2(b.total) - round2(a.total) || a.unit.localeCompare(b.unit));
  let rankOfTie = 0;
  return sorted.map((row, i) => {
    if (i === 0 || round2(row.total) !== round2(sorted[i - 1].total)) rankOfTie = i + 1;
    return { ...row, rank: rankOfTie };
  });
}

/**
 * A period's score with the final points (verified, or upheld in a dispute) in place of the
 * self-assessed ones; the parents are summed again. A leaf without a final point keeps its
 * self score, and a relative leaf the reviewer left pending stays pending for the cross-unit step.
 */
export function withFinals(framework: Framework, score: UnitScore, finals: Map<string, number>): UnitScore {
  if (!finals.size) return score;
  const apply = (def: IndicatorDef, s: IndicatorScore): IndicatorScore => {
    if (def.children) return sumChildren(def, def.children.map((c, i) => apply(c, s.children![i])));
    const final = finals.get(def.code);
    // Not collected in this period: nothing to verify, and nothing a final point can put back.
    if (final === undefined || final === s.points || s.status === 'NOT_IN_PERIOD') return s;
    return { ...s, points: round2(final), status: 'SCORED', trace: `${s.trace}; điểm sau thẩm định → ${points(final, def.maxPoints)}` };
  };
  return summarize(framework.indicators.map((def, i) => apply(def, score.indicators[i])));
}

export interface Movement {
  unit: string;
  before: { total: number; rank: number } | null;
  after: { total: number; rank: number } | null;
}

/** What moved between two consolidations (or two published versions): totals and ranks. */
export function movements(before: { unit: string; total: number; rank: number }[], after: { unit: string; total: number; rank: number }[]): Movement[] {
  const old = new Map(before.map((r) => [r.unit, r]));
  const now = new Map(after.map((r) => [r.unit, r]));
  const units = [...new Set([...old.keys(), ...now.keys()])].sort();
  return units
    .map((unit) => {
      const b = old.get(unit);
      const a = now.get(unit);
      return { unit, before: b ? { total: b.total, rank: b.rank } : null, after: a ? { total: a.total, rank: a.rank } : null };
    })
    .filter((m) => m.before?.total !== m.after?.total || m.before?.rank !== m.after?.rank);
}
