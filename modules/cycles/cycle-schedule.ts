import { SCHEDULES, type Schedule } from '../scoring/engine/periods.js';

/** ISO instants (UTC) of one reporting period: its opening and each stage's end. */
export interface PeriodDeadlines {
  opensAt: string;
  dataEntry: string;
  verification: string;
  disputeResolution: string;
}

export type ScheduleProblem = 'PERIODS_NOT_IN_SCHEDULE' | 'DEADLINES_OUT_OF_ORDER';

const STAGES = ['opensAt', 'dataEntry', 'verification', 'disputeResolution'] as const;

/** "…T23:59+07:00" and "…T16:59Z" are the same instant: stored as UTC. */
const utc = (iso: string) => new Date(iso).toISOString();

/** Each period's stages in order, and each period's data entry after the previous period's. */
export function inOrder(periods: PeriodDeadlines[]): boolean {
  const stagesInOrder = periods.every((p) => STAGES.every((s, i) => i === 0 || Date.parse(p[STAGES[i - 1]]) < Date.parse(p[s])));
  const periodsInOrder = periods.every((p, i) => i === 0 || Date.parse(periods[i - 1].dataEntry) < Date.parse(p.dataEntry));
  return stagesInOrder && periodsInOrder;
}

/**
 * A cycle's reporting periods are exactly its schedule's (Quý I, 6 tháng, 9 tháng, Năm; or Năm
 * alone), in that order, each once, with dates in order. Returns the dates by period code (UTC),
 * or the problem. Pure: the cycle service calls it when a cycle opens and when dates move.
 */
export function checkSchedule(
  schedule: Schedule,
  periods: ({ period: string } & PeriodDeadlines)[],
): { ok: true; deadlines: Record<string, PeriodDeadlines> } | { ok: false; problem: ScheduleProblem } {
  const expected: readonly string[] = SCHEDULES[schedule];
  if (periods.length !== expected.length || periods.some((p, i) => p.period !== expected[i])) return { ok: false, problem: 'PERIODS_NOT_IN_SCHEDULE' };
  const dated = periods.map((p) => ({ opensAt: utc(p.opensAt), dataEntry: utc(p.dataEntry), verification: utc(p.verification), disputeResolution: utc(p.disputeResolution) }));
  if (!inOrder(dated)) return { ok: false, problem: 'DEADLINES_OUT_OF_ORDER' };
  return { ok: true, deadlines: Object.fromEntries(periods.map((p, i) => [p.period, dated[i]])) };
}

/** A period's dates after an admin moves some of them; null when the new dates break the order. */
export function moveDates(
  order: readonly string[],
  all: Record<string, PeriodDeadlines>,
  period: string,
  changes: Partial<PeriodDeadlines>,
): Record<string, PeriodDeadlines> | null {
  const given = Object.fromEntries(Object.entries(changes).filter(([, v]) => typeof v === 'string').map(([k, v]) => [k, utc(v as string)]));
  const next = { ...all, [period]: { ...all[period], ...given } };
  return inOrder(order.map((p) => next[p])) ? next : null;
}
