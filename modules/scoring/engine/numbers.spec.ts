import { averagePoints, cmp, div, exact, fmt, fmtExact, fmtInput, mul, ONE, round2Exact, showApart, showMark, sumExact } from './numbers.js';

describe('exact decimals', () => {
  it('keeps a number as the decimal that was typed', () => {
    expect(exact(0.7)).toEqual({ n: 7n, d: 10n });
    expect(exact(80000.2)).toEqual({ n: 400001n, d: 5n });
    expect(exact(1e-7)).toEqual({ n: 1n, d: 10000000n });
    expect(exact(1.5e21)).toEqual({ n: 1500000000000000000000n, d: 1n });
    expect(exact(-2.5)).toEqual({ n: -5n, d: 2n });
    expect(() => exact(Number.NaN)).toThrow();
  });

  it('decides a/b ≥ t as a ≥ t·b: 0,7/10 reaches 7 %, 80000,2/400001 reaches 20 %', () => {
    // In binary 0.7 / 10 = 0.06999999999999999 and 80000.2 / 400001 = 0.19999999999999998.
    expect(0.7 / 10 < 0.07).toBe(true);
    expect(cmp(div(exact(0.7), exact(10)), exact(0.07))).toBe(0);
    expect(cmp(div(exact(80000.2), exact(400001)), exact(0.2))).toBe(0);
    expect(cmp(div(exact(80000.19), exact(400001)), exact(0.2))).toBe(-1);
    expect(cmp(div(sumExact([0.1, 0.2]), ONE), exact(0.3))).toBe(0);
  });

  it('rounds points half away from zero on the exact value, with no epsilon', () => {
    expect(round2Exact(exact(12.345))).toBe(12.35);
    expect(round2Exact(exact(12.3449999999))).toBe(12.34);
    expect(round2Exact(mul(div(exact(0.075), exact(0.1)), exact(10)))).toBe(7.5);
    expect(round2Exact(exact(-0.005))).toBe(-0.01);
    expect(round2Exact(exact(0))).toBe(0);
  });

  it('prints Vietnamese style: 1.234,5', () => {
    expect(fmtExact(exact(1234.5))).toBe('1.234,5');
    expect(fmtExact(exact(2 / 3))).toBe('0,67');
    expect(fmtInput(80000.2)).toBe('80.000,2');
    expect(fmtInput(0.004)).toBe('0,004');
  });

  it('prints a value apart from the marks it differs from, never "20% < 20%"', () => {
    const twenty = exact(0.2);
    expect(showApart(div(exact(80000.2), exact(400001)), [twenty, ONE], true)).toBe('20%');
    expect(showApart(div(exact(80000.19), exact(400001)), [twenty, ONE], true)).toBe('19,999998%');
    expect(showApart(exact(0.999999), [ONE], true)).toBe('99,9999%');
    expect(showApart(exact(0.75), [twenty, ONE], true)).toBe('75%');
    // a mark with three decimals: the value gets at least as many (0,12% would sit on the wrong side of 0,119%)
    expect(showApart(exact(0.0011849), [exact(0.00119)], true)).toBe('0,118%');
    expect(showApart(exact(0.001185), [exact(0.00119)], true)).toBe('0,1185%');
    expect(showMark(exact(0.0025), true)).toBe('0,25%');
    expect(showApart(exact(1.9999), [exact(2)], false)).toBe('1,9999');
  });

  it('prints exactly what Intl vi-VN prints, on every kind of number (the fast path must not drift)', () => {
    const all = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 20 });
    const two = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
    const whole = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const odd = [0, -0, 1, -1, 999, 1000, -1000, 123456789, 0.1 + 0.2, 1e-7, 1.5e-9, 1e21, 123456789012345680000, 5e-324, 2 ** 53, 0.000001234567890123456, 1.005, -2.675];
    const made = Array.from({ length: 3000 }, (_, i) => (random() - 0.3) * 10 ** ((i % 14) - 4));
    for (const x of [...odd, ...made, ...made.map((x) => Math.round(x)), ...made.map((x) => Math.round(x * 100) / 100)]) {
      expect(fmtInput(x)).toBe(all.format(x));
      expect(fmt(x)).toBe(two.format(Math.sign(x) * Math.round(Math.abs(x) * 100 + 1e-7) / 100 || 0));
      if (Number.isSafeInteger(x)) expect(fmtExact(exact(x), 0)).toBe(whole.format(x || 0));
    }
  });

  it('rounds and prints in doubles exactly as in BigInt, ties and huge values included (the fast path must not drift)', () => {
    // The reference: half away from zero on the exact fraction, all in BigInt.
    const reference = (n: bigint, d: bigint, digits: number) => {
      const abs = n < 0n ? -n : n;
      const q = (abs * 10n ** BigInt(digits) * 2n + d) / (2n * d);
      const unit = 10n ** BigInt(digits);
      const frac = digits && q % unit ? (q % unit).toString().padStart(digits, '0').replace(/0+$/, '') : '';
      const whole = (q / unit).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
      return `${n < 0n && q ? '-' : ''}${whole}${frac ? `,${frac}` : ''}`;
    };
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const cases: [bigint, bigint][] = [[1n, 8n], [5n, 1000n], [-5n, 1000n], [1005n, 1000n], [-2675n, 1000n], [2n ** 53n - 1n, 3n], [2n ** 60n + 1n, 7n], [1n, 2n ** 55n], [99999n, 1000000n]];
    for (let i = 0; i < 20000; i++) {
      const n = BigInt(Math.floor((random() - 0.4) * 10 ** (i % 12)));
      const d = BigInt(1 + Math.floor(random() * 10 ** (i % 9)));
      cases.push([n, d], [n * 5n, 1000n]);
    }
    for (const [n, d] of cases) {
      const g = (x: bigint, y: bigint): bigint => (y ? g(y, x % y) : x < 0n ? -x : x);
      const r = { n: n / (g(n, d) || 1n), d: d / (g(n, d) || 1n) };
      for (const digits of [0, 2, 5, 12, 20]) expect([n, d, digits, fmtExact(r, digits)]).toEqual([n, d, digits, reference(r.n, r.d, digits)]);
      // Points are small; past 2^53 hundredths a double cannot hold the rounded value anyway.
      const hundredths = (r.n < 0n ? -r.n : r.n) * 100n / r.d;
      if (hundredths < 2n ** 53n) expect(round2Exact(r)).toBe(Number(reference(r.n, r.d, 2).replace(/\./g, '').replace(',', '.')) || 0);
    }
  });

  it('averages points in whole hundredths exactly as the exact mean rounds, and takes the exact path for anything else', () => {
    let seed = 11;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const exactMean = (xs: number[]) => round2Exact(div(sumExact(xs), exact(xs.length)));
    const lists: number[][] = [[0.01, 0, 0], [0.005], [12.345, 1], [2.5, 2.5, 2.5], [0.1, 0.2], [100, 99.99, 0.01, 33.33], [-1, 1]];
    for (let i = 0; i < 20000; i++) lists.push(Array.from({ length: 1 + (i % 4) }, () => Math.round(random() * 100000) / 100));
    for (const xs of lists) expect([xs, averagePoints(xs)]).toEqual([xs, exactMean(xs)]);
  });
});
