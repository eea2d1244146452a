/**
 * Every indicator score is rounded to 2 decimals, half away from zero, before anything is
 * summed: a total is then exactly the sum of the scores people see (docs/architecture.md).
 * The small epsilon absorbs binary noise such as 0.075 × 10 / 0.1 = 7.499999999999999.
 */
export function round2(x: number): number {
  const scaled = Math.abs(x) * 100;
  return (Math.sign(x) * Math.round(scaled + 1e-7)) / 100 || 0;
}

export const clamp = (x: number, min: number, max: number): number => Math.min(max, Math.max(min, x));

const vi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** 22.5 → "22,5" as Vietnamese documents write numbers. */
export const fmt = (n: number): string => vi.format(round2(n));

/** 0.75 → "75%" */
export const pct = (share: number): string => `${vi.format(round2(share * 100))}%`;

export const points = (p: number, max: number): string => `${fmt(p)}/${fmt(max)} điểm`;
