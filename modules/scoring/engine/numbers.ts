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
const viAll = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 20 });

/** "-1234567" → "-1.234.567": vi-VN groups every three digits, even 1.234. */
function grouped(digits: string): string {
  const sign = digits[0] === '-' ? '-' : '';
  const d = sign ? digits.slice(1) : digits;
  if (d.length <= 3) return sign + d;
  let out = d.slice(0, d.length % 3 || 3);
  for (let i = out.length; i < d.length; i += 3) out += `.${d.slice(i, i + 3)}`;
  return sign + out;
}

/**
 * A number as vi-VN writes it, with at most `digits` decimals. Traces format every value they
 * show and Intl.NumberFormat was a third of the scoring time: a plain decimal (JavaScript's
 * shortest form, which is what Intl prints too) is grouped by hand; anything else (exponents,
 * −0, more decimals than allowed) goes to Intl. numbers.spec.ts compares the two.
 */
function viFormat(x: number, digits: number, intl: Intl.NumberFormat): string {
  const s = String(x);
  const dot = s.indexOf('.');
  if (s.includes('e') || Object.is(x, -0) || (dot >= 0 && s.length - dot - 1 > digits)) return intl.format(x);
  return dot < 0 ? grouped(s) : `${grouped(s.slice(0, dot))},${s.slice(dot + 1)}`;
}

/** 22.5 → "22,5" as Vietnamese documents write numbers. Points and maxima repeat on every unit: kept once printed. */
export const fmt = (n: number): string => {
  let text = printed.get(n);
  if (text === undefined) {
    text = viFormat(round2(n), 2, vi);
    if (printed.size < 8192) printed.set(n, text);
  }
  return text;
};
const printed = new Map<number, string>();

/** 0.75 → "75%" */
export const pct = (share: number): string => `${fmt(share * 100)}%`;

export const points = (p: number, max: number): string => `${fmt(p)}/${fmt(max)} điểm`;

/**
 * Exact decimals for the comparisons a rule makes (a share against a threshold or a tier, a
 * share against 100 %, an improvement against its target). A value is kept as the decimal that
 * was typed — JavaScript's shortest form of the number, 0.7 or 80000.2 — and a ratio as the
 * fraction n/d of two such sums, in BigInt: a/b ≥ t is then decided as a ≥ t·b with no binary
 * rounding, where 0.7 / 10 = 0.06999999999999999 would fall under a 7 % tier it exactly reaches.
 */
export interface Rational {
  n: bigint;
  /** Always positive. */
  d: bigint;
}

/** 10^k for the decimals read and printed (0-40): BigInt powers were a tenth of the scoring time. */
const POW10: bigint[] = Array.from({ length: 41 }, (_, k) => 10n ** BigInt(k));
const pow10 = (k: number): bigint => POW10[k] ?? 10n ** BigInt(k);

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** The counts people enter are mostly small: one shared (never changed) object each, not a BigInt per use. */
const SMALL: Rational[] = Array.from({ length: 1025 }, (_, i) => ({ n: BigInt(i), d: 1n }));

/** Greatest common divisor; in doubles when both fit (every BigInt step allocates, and entered figures are small). */
function gcd(a: bigint, b: bigint): bigint {
  const abs = a < 0n ? -a : a;
  if (abs <= SAFE && b <= SAFE) {
    let [x, y] = [Number(abs), Number(b)];
    while (y) [x, y] = [y, x % y];
    return BigInt(x);
  }
  let [x, y] = [abs, b];
  while (y) [x, y] = [y, x % y];
  return x;
}

function rational(n: bigint, d: bigint): Rational {
  if (d === 0n) throw new RangeError('division by zero');
  if (d === 1n) return { n, d };
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d) || 1n;
  return g === 1n ? { n, d } : { n: n / g, d: d / g };
}

/** The decimal a finite number stands for: exact(0.7) = 7/10, exact(1e-7) = 1/10000000. */
export function exact(x: number): Rational {
  if (Number.isSafeInteger(x)) return x >= 0 && x < SMALL.length ? SMALL[x] : { n: BigInt(x), d: 1n };
  let known = decimals.get(x);
  if (!known) {
    known = parseDecimal(x);
    // The framework's constants (maxima 2.5, thresholds 0.8, shares) come back on every leaf; a
    // bounded memo keeps them parsed without letting entered figures grow it without end.
    if (decimals.size < 4096) decimals.set(x, known);
  }
  return known;
}
const decimals = new Map<number, Rational>();

function parseDecimal(x: number): Rational {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  const [, sign, int, frac = '', exp = '0'] = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(String(x))!;
  const digits = BigInt(`${sign}${int}${frac}`);
  const scale = frac.length - Number(exp);
  return scale >= 0 ? rational(digits, pow10(scale)) : rational(digits * pow10(-scale), 1n);
}

export const ZERO: Rational = { n: 0n, d: 1n };
export const ONE: Rational = { n: 1n, d: 1n };

export const add = (a: Rational, b: Rational): Rational => rational(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Rational, b: Rational): Rational => rational(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Rational, b: Rational): Rational => rational(a.n * b.n, a.d * b.d);
export const div = (a: Rational, b: Rational): Rational => rational(a.n * b.d, a.d * b.n);
/** −1, 0 or 1 as a is below, at or above b. */
export const cmp = (a: Rational, b: Rational): number => {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
};
export function sumExact(xs: number[]): Rational {
  // Counts, the common case: summed as integers while the sum stays exact, one Rational at the end.
  let sum = 0;
  for (const x of xs) {
    if (!Number.isSafeInteger(x) || !Number.isSafeInteger((sum += x))) return xs.reduce((acc, y) => add(acc, exact(y)), ZERO);
  }
  return exact(sum);
}
export const clampExact = (x: Rational, min: Rational, max: Rational): Rational => (cmp(x, min) < 0 ? min : cmp(x, max) > 0 ? max : x);
/** The nearest double, for values handed on (a ratio compared later with other units'). */
export const toNumber = (x: Rational): number => Number(x.n) / Number(x.d);

/** x × 10^digits rounded half away from zero, as an integer. */
function scaled(x: Rational, digits: number): bigint {
  const negative = x.n < 0n;
  const abs = negative ? -x.n : x.n;
  const q = (abs * pow10(digits) * 2n + x.d) / (2n * x.d);
  return negative ? -q : q;
}

const POW10_NUMBER = Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * scaled in doubles, when every step stays an exact integer below 2^53 (entered figures are
 * small): floor((2·|n|·10^k + d) / 2d), the quotient corrected by its remainder so that the
 * division's rounding cannot move it. Null when it would not be exact: the BigInt path then.
 */
function scaledNumber(x: Rational, digits: number): number | null {
  if (digits >= POW10_NUMBER.length || x.d > SAFE) return null;
  const n = Number(x.n);
  const d = Number(x.d);
  const top = Math.abs(n) * POW10_NUMBER[digits] * 2 + d;
  if (!Number.isSafeInteger(top) || !Number.isSafeInteger(2 * d) || Math.abs(n) > Number.MAX_SAFE_INTEGER) return null;
  const den = 2 * d;
  let q = Math.floor(top / den);
  const r = top - q * den;
  if (r < 0) q--;
  else if (r >= den) q++;
  return n < 0 ? -q : q;
}

/**
 * The mean of points rounded to 2 decimals (half away from zero), as round2Exact of the exact
 * mean. Points carry at most 2 decimals, so the mean is worked out in whole hundredths; anything
 * else takes the exact path.
 */
export function averagePoints(points: number[]): number {
  let cents = 0;
  for (const p of points) {
    const c = Math.round(p * 100);
    if (Math.abs(p * 100 - c) > 1e-6 || c < 0) return round2Exact(div(sumExact(points), exact(points.length)));
    cents += c;
  }
  const n = points.length;
  return Math.floor((2 * cents + n) / (2 * n)) / 100;
}

/** round2 on the exact value: 12.345 → 12.35 and 12.3449999 → 12.34, with no epsilon. */
export function round2Exact(x: Rational): number {
  const fast = scaledNumber(x, 2);
  return (fast ?? Number(scaled(x, 2))) / 100 || 0;
}

/** x rounded (half away from zero) to at most `digits` decimals, Vietnamese style: 1.234,5. */
export function fmtExact(x: Rational, digits = 2): string {
  const fast = scaledNumber(x, digits);
  if (fast !== null && Math.abs(fast) <= Number.MAX_SAFE_INTEGER) {
    const abs = Math.abs(fast);
    const unit = POW10_NUMBER[digits];
    let whole = Math.floor(abs / unit);
    let rest = abs - whole * unit;
    // The division is rounded: its remainder puts the quotient right.
    if (rest < 0) [whole, rest] = [whole - 1, rest + unit];
    else if (rest >= unit) [whole, rest] = [whole + 1, rest - unit];
    const frac = digits && rest ? String(rest).padStart(digits, '0').replace(/0+$/, '') : '';
    const text = frac ? `${grouped(String(whole))},${frac}` : grouped(String(whole));
    return fast < 0 ? `-${text}` : text;
  }
  const q = scaled(x, digits);
  const negative = q < 0n;
  const abs = negative ? -q : q;
  const unit = pow10(digits);
  const frac = digits && abs % unit ? (abs % unit).toString().padStart(digits, '0').replace(/0+$/, '') : '';
  const text = `${grouped((abs / unit).toString())}${frac ? `,${frac}` : ''}`;
  return negative && abs ? `-${text}` : text;
}

/** Decimals a decimal fraction needs to print exactly (t = 0.025 → 3); 20 at most. */
function decimalsOf(x: Rational): number {
  for (let k = 0; k < 20; k++) if ((x.n * pow10(k)) % x.d === 0n) return k;
  return 20;
}

const HUNDRED: Rational = { n: 100n, d: 1n };

/**
 * A value as a trace shows it beside the marks it was compared with (thresholds, tiers, 100 %):
 * 2 decimals, or as many more as it takes not to print like a mark it differs from, so a trace
 * never reads "20% < 20%". At or past the marks' own decimals rounding cannot cross a mark, so
 * the printed value stays on the side of it that the exact comparison found. `percent` shows a
 * share as a percentage (0.2 → 20%).
 */
export function showApart(x: Rational, marks: Rational[], percent: boolean): string {
  let start = 2;
  const others: string[] = [];
  for (const m of marks) {
    const shown = markShown(m, percent);
    if (shown.decimals > start) start = shown.decimals;
    if (cmp(m, x) !== 0) others.push(shown.text);
  }
  const value = percent ? mul(x, HUNDRED) : x;
  for (let digits = start; digits <= 20; digits++) {
    const text = fmtExact(value, digits);
    if (!others.includes(text)) return percent ? `${text}%` : text;
  }
  return percent ? `${fmtExact(value, 20)}%` : fmtExact(value, 20);
}

/**
 * A mark as printed in full and the decimals it needs. Marks are the framework's constants
 * (thresholds, tiers, 100 %), the same objects on every leaf (exact's memo): worked out once.
 */
type MarkShown = { text: string; decimals: number };
const marksShown = new WeakMap<Rational, { plain?: MarkShown; percent?: MarkShown }>();
function markShown(m: Rational, percent: boolean): MarkShown {
  let entry = marksShown.get(m);
  if (!entry) marksShown.set(m, (entry = {}));
  const key = percent ? 'percent' : 'plain';
  let shown = entry[key];
  if (!shown) {
    const v = percent ? mul(m, HUNDRED) : m;
    shown = entry[key] = { text: fmtExact(v, 20), decimals: decimalsOf(v) };
  }
  return shown;
}

/** A mark (threshold, tier) exactly as the framework gives it: 0.0025 → "0,25%". */
export const showMark = (t: Rational, percent: boolean): string => (percent ? `${fmtExact(mul(t, HUNDRED), 20)}%` : fmtExact(t, 20));

/** An entered value as it was typed (0.004 stays "0,004"; fmt would print "0"). */
export const fmtInput = (x: number): string => viFormat(x, 20, viAll);
