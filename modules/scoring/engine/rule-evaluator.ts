import type { Rule, Terms } from './framework.types.js';
import { add, clamp, clampExact, cmp, div, exact, fmt, fmtExact, fmtInput, mul, ONE, pct, points, type Rational, round2, round2Exact, showApart, showMark, sub, sumExact, toNumber, ZERO } from './numbers.js';
import { type IndicatorScore, NO_FLAGS, type ScoreFlag, type ScoreStatus, type VariableValue } from './score.types.js';

type Values = Record<string, VariableValue | undefined>;

export interface RuleOutcome {
  points: number | null;
  status: ScoreStatus;
  flags: ScoreFlag[];
  trace: string;
  value?: number;
}

/** The variables a rule reads, so missing ones can be named before evaluating. */
export function ruleVariables(rule: Rule): string[] {
  switch (rule.kind) {
    case 'BOOLEAN':
    case 'CHOICE':
    case 'IMPROVEMENT':
      return [rule.variable];
    case 'RATIO':
    case 'TIERS':
      return [...rule.numerator, ...rule.denominator];
    case 'RELATIVE_TO_BEST':
      return [...rule.numerator, ...(rule.denominator ?? [])];
    case 'PER_OCCURRENCE':
      return rule.items.map((i) => i.variable);
    case 'PARTS':
      return rule.parts.map((p) => p.variable);
    case 'RATIO_PLUS_BONUS':
      return [...rule.numerator, ...rule.denominator, rule.bonus.variable];
  }
}

/**
 * Rules whose parts the seed scores one by one (6.1: "(4/5)*Điểm tối đa" + "(1/5)*Điểm tối đa";
 * 6.4.4: "Tỷ lệ * 10 điểm" and "100% lãnh đạo dùng chữ ký số: +5 điểm"; 10.1: 10 points per
 * method achieved + 5 per method approved): a part without data, or a ratio part that cannot be
 * computed, scores 0 without taking the other parts with it (docs/scoring.md, "Parts and bonuses").
 */
export const hasIndependentParts = (rule: Rule): boolean =>
  rule.kind === 'PARTS' || rule.kind === 'RATIO_PLUS_BONUS' || (rule.kind === 'PER_OCCURRENCE' && rule.items.length > 1);

const numbers = (terms: Terms, v: Values) => terms.map((k) => v[k] as number);
const expr = (terms: Terms, v: Values) =>
  terms.length === 1 ? fmtInput(v[terms[0]] as number) : `(${terms.map((k) => fmtInput(v[k] as number)).join(' + ')})`;

/**
 * A trace, built only when asked for: `evaluateRule(…, traced = false)` leaves it empty, for
 * periods whose traces the year does not keep (ScoreOptions.traces). Points, status, flags and
 * value never depend on it.
 */
type Trace = (() => string) | null;

function done(max: number, raw: Rational, trace: Trace, extra: Partial<RuleOutcome> = {}): RuleOutcome {
  const p = round2Exact(clampExact(raw, ZERO, exact(max)));
  const flags = extra.flags ?? NO_FLAGS;
  const status = flags.length ? 'FLAGGED' : 'SCORED';
  return { points: p, status, flags, trace: trace ? `${trace()} → ${points(p, max)}` : '', value: extra.value };
}

/** num/den, exactly; `ratio` is capped at 100 % where the value is a share (`raw` keeps what was entered). */
type Measured = { ratio: Rational; raw: Rational; fraction: string; flags: ScoreFlag[] } | { zero: true; fraction: string };

function measure(num: Terms, den: Terms, v: Values, traced: boolean, capAtOne = true): Measured {
  const d = sumExact(numbers(den, v));
  const n = sumExact(numbers(num, v));
  const fraction = traced ? `${expr(num, v)}/${expr(den, v)}` : '';
  if (d.n === 0n) return { zero: true, fraction };
  const raw = div(n, d);
  if (capAtOne && cmp(raw, ONE) > 0) return { ratio: ONE, raw, fraction, flags: ['RATIO_ABOVE_ONE'] };
  return { ratio: raw, raw, fraction, flags: NO_FLAGS };
}

const zeroDenominator = (fraction: string, traced: boolean): RuleOutcome => ({
  points: 0,
  status: 'FLAGGED',
  flags: ['ZERO_DENOMINATOR'],
  trace: traced ? `Tỷ lệ = ${fraction}: mẫu số bằng 0, không tính được → 0 điểm` : '',
});

/** "45/60 = 75%", or "120/100 = 120% > 100%, tính là 100%": the value printed apart from the marks it meets. */
function described(m: Exclude<Measured, { zero: true }>, marks: Rational[], percent: boolean): string {
  if (cmp(m.raw, m.ratio) !== 0) return `${m.fraction} = ${showApart(m.raw, marks, true)} > 100%, tính là 100%`;
  return `${m.fraction} = ${showApart(m.ratio, marks, percent)}`;
}

export function evaluateRule(rule: Rule, max: number, v: Values, previous?: Values, traced = true): RuleOutcome {
  const top = exact(max);
  const when = (trace: () => string): Trace => (traced ? trace : null);
  switch (rule.kind) {
    case 'BOOLEAN':
      return done(max, v[rule.variable] ? top : ZERO, when(() => (v[rule.variable] ? 'Có' : 'Không')));

    case 'RATIO': {
      const isShare = rule.valueIsShare !== false;
      const m = measure(rule.numerator, rule.denominator, v, traced, isShare);
      if ('zero' in m) return zeroDenominator(m.fraction, traced);
      const t = rule.threshold === undefined ? undefined : exact(rule.threshold);
      const marks = [...(t ? [t] : []), ...(isShare ? [ONE] : [])];
      const shown = (x: Rational) => showApart(x, marks, isShare);
      const head = () => `${isShare ? 'Tỷ lệ' : 'Giá trị'} = ${described(m, marks, isShare)}`;
      const extra = { flags: m.flags, value: toNumber(m.ratio) };
      if (!t) return done(max, mul(m.ratio, top), when(() => `${head()}; ${shown(m.ratio)} × ${fmt(max)}`), extra);
      // a/b ≥ t decided exactly (a ≥ t·b): 80000,2/400001 is 20 % and reaches a 20 % threshold.
      if (cmp(m.ratio, t) >= 0) return done(max, top, when(() => `${head()} ≥ ${showMark(t, isShare)}`), extra);
      const below = rule.below ?? 'PROPORTIONAL';
      if (below === 'ZERO') return done(max, ZERO, when(() => `${head()} < ${showMark(t, isShare)}: 0 điểm`), extra);
      if (below === 'SCALED_TO_THRESHOLD') return done(max, mul(div(m.ratio, t), top), when(() => `${head()} < ${showMark(t, isShare)}: ${shown(m.ratio)}/${showMark(t, isShare)} × ${fmt(max)}`), extra);
      return done(max, mul(m.ratio, top), when(() => `${head()} < ${showMark(t, isShare)}: ${shown(m.ratio)} × ${fmt(max)}`), extra);
    }

    case 'TIERS': {
      const m = measure(rule.numerator, rule.denominator, v, traced);
      if ('zero' in m) return zeroDenominator(m.fraction, traced);
      const mins = rule.tiers.map((t) => exact(t.min));
      const reached = mins.findIndex((min) => cmp(m.ratio, min) >= 0);
      const tier = reached >= 0 ? rule.tiers[reached] : undefined;
      const trace = () => {
        const how = tier ? `mức ≥ ${showMark(mins[reached], true)}: ${pct(tier.share)} × ${fmt(max)}` : `dưới ${showMark(mins.at(-1)!, true)}: 0 điểm`;
        return `Tỷ lệ = ${described(m, [...mins, ONE], true)}; ${how}`;
      };
      return done(max, tier ? mul(exact(tier.share), top) : ZERO, when(trace), { flags: m.flags, value: toNumber(m.ratio) });
    }

    case 'PER_OCCURRENCE': {
      // 10.1: each method scores by its own state; a count not entered adds nothing (Điều 5c) and is flagged.
      const given = rule.items.filter((i) => v[i.variable] !== undefined);
      const unanswered = rule.items.filter((i) => v[i.variable] === undefined);
      const raw = given.reduce((acc, i) => add(acc, mul(exact(v[i.variable] as number), exact(i.points))), ZERO);
      const trace = () => {
        const terms = given.map((i) => `${fmtInput(v[i.variable] as number)} × ${fmt(i.points)}`).join(' + ');
        const capped = cmp(raw, top) > 0 ? `, tối đa ${fmt(max)}` : '';
        const gap = unanswered.length ? `; chưa có số liệu ${unanswered.map((i) => i.variable).join(', ')}: 0 điểm (Điều 5c)` : '';
        return `${terms} = ${fmtExact(raw)}${capped}${gap}`;
      };
      return done(max, raw, when(trace), { value: toNumber(raw), flags: unanswered.length ? ['MISSING_VALUE'] : [] });
    }

    case 'CHOICE': {
      const chosen = String(v[rule.variable]);
      const s = rule.shares[chosen];
      if (s === undefined) {
        return { points: 0, status: 'FLAGGED', flags: ['INVALID_VALUE'], trace: `Lựa chọn "${chosen}" không có trong danh sách → 0 điểm` };
      }
      return done(max, mul(exact(s), top), when(() => `Mức "${chosen}": ${pct(s)} × ${fmt(max)}`));
    }

    case 'PARTS': {
      // Each part is earned on its own (6.1: requirements met → 4/5 even without IPv6); a part
      // nobody has answered yet scores 0 (Điều 5c) and is flagged, the others still count.
      const met = rule.parts.filter((p) => v[p.variable] === true);
      const unanswered = rule.parts.filter((p) => v[p.variable] === undefined);
      const total = met.reduce((acc, p) => add(acc, exact(p.share)), ZERO);
      const trace = () => {
        const how = met.length ? met.map((p) => `${p.variable} (${pct(p.share)})`).join(' + ') : 'không đạt phần nào';
        const gap = unanswered.length ? `; chưa có số liệu ${unanswered.map((p) => p.variable).join(', ')}: phần đó 0 điểm (Điều 5c)` : '';
        return `Đạt: ${how}${gap}`;
      };
      return done(max, mul(total, top), when(trace), { flags: unanswered.length ? ['MISSING_VALUE'] : [] });
    }

    case 'RATIO_PLUS_BONUS': {
      // Two independent parts (6.4.4): "Tỷ lệ * 10 điểm" and "100% lãnh đạo dùng chữ ký số: +5 điểm".
      // A ratio that cannot be computed (no documents, or missing figures) scores 0 for its part only.
      const flags: ScoreFlag[] = [];
      let ratioPart = ZERO;
      let ratioText: () => string;
      let value: number | undefined;
      const unknown = [...rule.numerator, ...rule.denominator].filter((k) => v[k] === undefined);
      if (unknown.length) {
        flags.push('MISSING_VALUE');
        ratioText = () => `Tỷ lệ: thiếu số liệu ${[...new Set(unknown)].join(', ')}, phần tỷ lệ 0 điểm (Điều 5c)`;
      } else {
        const m = measure(rule.numerator, rule.denominator, v, traced);
        if ('zero' in m) {
          flags.push('ZERO_DENOMINATOR');
          ratioText = () => `Tỷ lệ = ${m.fraction}: mẫu số bằng 0, phần tỷ lệ 0 điểm`;
        } else {
          flags.push(...m.flags);
          ratioPart = mul(m.ratio, exact(rule.ratioPoints));
          value = toNumber(m.ratio);
          ratioText = () => `Tỷ lệ = ${described(m, [ONE], true)}; ${showApart(m.ratio, [ONE], true)} × ${fmt(rule.ratioPoints)}`;
        }
      }
      const answer = v[rule.bonus.variable];
      if (answer === undefined) flags.push('MISSING_VALUE');
      const bonus = answer === true ? rule.bonus.points : 0;
      const trace = () => {
        const bonusText = `+ ${fmt(bonus)} điểm thưởng${answer === undefined ? ` (chưa có số liệu ${rule.bonus.variable})` : ''}`;
        return `${ratioText()}${value === undefined ? '; ' : ' '}${bonusText}`;
      };
      return done(max, add(ratioPart, exact(bonus)), when(trace), { flags: [...new Set(flags)], value });
    }

    case 'RELATIVE_TO_BEST': {
      if (rule.denominator) {
        // Not capped at 100 %: the value is compared with the best unit's, and some can pass 1
        // (004 7.5: .vn domains per business).
        const m = measure(rule.numerator, rule.denominator, v, traced, false);
        if ('zero' in m) return zeroDenominator(m.fraction, traced);
        return pending(toNumber(m.ratio), when(() => `Tỷ lệ = ${m.fraction} = ${fmtExact(m.ratio)}; chờ so sánh với đơn vị cao nhất`), m.flags);
      }
      const n = sumExact(numbers(rule.numerator, v));
      return pending(toNumber(n), when(() => `Giá trị = ${fmtExact(n)}; chờ so sánh với đơn vị cao nhất`));
    }

    case 'IMPROVEMENT': {
      const now = v[rule.variable] as number;
      const before = previous?.[rule.variable];
      if (typeof before !== 'number') return pending(now, when(() => `Năm nay = ${fmtInput(now)}; chờ số liệu năm trước`));
      return improvement(now, before, rule.threshold, max, traced);
    }
  }
}

function pending(value: number, trace: Trace, flags: ScoreFlag[] = []): RuleOutcome {
  return { points: null, status: 'PENDING', flags, trace: trace ? trace() : '', value };
}

export function improvement(now: number, before: number, threshold: number, max: number, traced = true): RuleOutcome {
  if (before <= 0) {
    return { points: 0, status: 'FLAGGED', flags: ['NO_PREVIOUS_VALUE'], trace: traced ? `Năm trước = ${fmtInput(before)}: không tính được mức cải thiện → 0 điểm` : '', value: now };
  }
  // a = (now − before)/before against the target, exactly: a ≥ t is (now − before) ≥ t·before.
  const t = exact(threshold);
  const a = div(sub(exact(now), exact(before)), exact(before));
  const text = () => `Cải thiện = (${fmtInput(now)} − ${fmtInput(before)})/${fmtInput(before)} = ${showApart(a, [t, ZERO], true)}`;
  const when = (trace: () => string): Trace => (traced ? trace : null);
  if (cmp(a, t) >= 0) return done(max, exact(max), when(() => `${text()} ≥ ${showMark(t, true)}`), { value: now });
  if (a.n > 0n) return done(max, mul(div(a, t), exact(max)), when(() => `${text()}: ${showApart(a, [t, ZERO], true)}/${showMark(t, true)} × ${fmt(max)}`), { value: now });
  return done(max, ZERO, when(() => `${text()}: không cải thiện`), { value: now });
}

/** Relative step: own value / best value × max. */
export function relativeToBest(score: IndicatorScore, best: number, bestLabel = 'cao nhất'): IndicatorScore {
  const own = score.value ?? 0;
  if (best <= 0) {
    return { ...score, points: 0, status: 'FLAGGED', flags: [...score.flags, 'NO_BEST_VALUE'], trace: `${score.trace}: không đơn vị nào có giá trị dương → 0 điểm` };
  }
  const p = round2(clamp((own / best) * score.maxPoints, 0, score.maxPoints));
  const base = score.trace.replace(/; chờ so sánh với đơn vị cao nhất$/, '');
  return {
    ...score,
    points: p,
    status: score.flags.length ? 'FLAGGED' : 'SCORED',
    trace: `${base}; ${bestLabel} = ${fmt(best)}; ${fmt(own)}/${fmt(best)} × ${fmt(score.maxPoints)} → ${points(p, score.maxPoints)}`,
  };
}
