/**
 * Working days in Việt Nam's time (UTC+7, no daylight saving): Monday to Friday. Public holidays
 * are not modelled; an admin extends a unit's window where one falls inside it (docs/periods.md).
 */
const OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The end (23:59:59.999 local) of the `n`-th working day after the local day of `fromIso`:
 * a result sent on Friday with n = 5 closes at the end of the next Friday.
 */
export function endOfWorkingDays(fromIso: string, n: number): string {
  const local = new Date(Date.parse(fromIso) + OFFSET_MS);
  let day = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
  let left = Math.max(1, Math.floor(n));
  while (left > 0) {
    day += DAY_MS;
    const weekday = new Date(day).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return new Date(day + DAY_MS - 1 - OFFSET_MS).toISOString();
}
