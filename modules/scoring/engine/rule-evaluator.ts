import type { Rule, Terms } from './framework.types.js';
import { clamp, fmt, pct, points, round2 } from './numbers.js';
import type { IndicatorScore, ScoreFlag, ScoreStatus, VariableValue } from './score.types.js';

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

const sum = (terms: Terms, v: Values) => terms.reduce((acc, k) => acc + (v[k] as number), 0);
const expr = (terms: Terms, v: Values) =>
  terms.length === 1 ? fmt(v[terms[0]] as number) : `(${terms.map((k) => fmt(v[k] as number)).join(' + ')})`;

function done(max: number, raw: number, trace: string, extra: Partial<RuleOutcome> = {}): RuleOutcome {
  const p = round2(clamp(raw, 0, max));
  const flags = extra.flags ?? [];
  const status = flags.length ? 'FLAGGED' : 'SCORED';
  return { points: p, status, flags, trace: `${trace} → ${points(p, max)}`, value: extra.value };
}

/** A share of num/den, guarded: no division by zero, no share above 100 % invented into points. */
function share(num: Terms, den: Terms, v: Values, capAtOne = true): { ratio: number; text: string; flags: ScoreFlag[] } | RuleOutcome {
  const d = sum(den, v);
  const n = sum(num, v);
  const text = `${expr(num, v)}/${expr(den, v)}`;
  if (d === 0) {
    return { points: 0, status: 'FLAGGED', flags: ['ZERO_DENOMINATOR'], trace: `Tỷ lệ = ${text}: mẫu số bằng 0, không tính được → 0 điểm` };
  }
  const ratio = n / d;
  if (capAtOne && ratio > 1) return { ratio: 1, text: `${text} = ${pct(ratio)} > 100%, tính là 100%`, flags: ['RATIO_ABOVE_ONE'] };
  return { ratio, text: `${text} = ${capAtOne ? pct(ratio) : fmt(ratio)}`, flags: [] };
}

export function evaluateRule(rule: Rule, max: number, v: Values, previous?: Values): RuleOutcome {
  switch (rule.kind) {
    case 'BOOLEAN':
      return done(max, v[rule.variable] ? max : 0, v[rule.variable] ? 'Có' : 'Không');

    case 'RATIO': {
      const isShare = rule.valueIsShare !== false;
      const s = share(rule.numerator, rule.denominator, v, isShare);
      if (!('ratio' in s)) return s;
      const shown = (x: number) => (isShare ? pct(x) : fmt(x));
      const label = isShare ? 'Tỷ lệ' : 'Giá trị';
      if (rule.threshold === undefined) {
        return done(max, s.ratio * max, `${label} = ${s.text}; ${shown(s.ratio)} × ${fmt(max)}`, { flags: s.flags, value: s.ratio });
      }
      const t = rule.threshold;
      if (s.ratio >= t) return done(max, max, `${label} = ${s.text} ≥ ${shown(t)}`, { flags: s.flags, value: s.ratio });
      const below = rule.below ?? 'PROPORTIONAL';
      const [raw, how] =
        below === 'ZERO'
          ? [0, '0 điểm']
          : below === 'SCALED_TO_THRESHOLD'
            ? [(s.ratio / t) * max, `${shown(s.ratio)}/${shown(t)} × ${fmt(max)}`]
            : [s.ratio * max, `${shown(s.ratio)} × ${fmt(max)}`];
      return done(max, raw, `${label} = ${s.text} < ${shown(t)}: ${how}`, { flags: s.flags, value: s.ratio });
    }

    case 'TIERS': {
      const s = share(rule.numerator, rule.denominator, v);
      if (!('ratio' in s)) return s;
      const tier = rule.tiers.find((t) => s.ratio >= t.min);
      const how = tier ? `mức ≥ ${pct(tier.min)}: ${pct(tier.share)} × ${fmt(max)}` : `dưới ${pct(rule.tiers.at(-1)!.min)}: 0 điểm`;
      return done(max, tier ? tier.share * max : 0, `Tỷ lệ = ${s.text}; ${how}`, { flags: s.flags, value: s.ratio });
    }

    case 'PER_OCCURRENCE': {
      const raw = rule.items.reduce((acc, i) => acc + (v[i.variable] as number) * i.points, 0);
      const terms = rule.items.map((i) => `${fmt(v[i.variable] as number)} × ${fmt(i.points)}`).join(' + ');
      const capped = raw > max ? `, tối đa ${fmt(max)}` : '';
      return done(max, raw, `${terms} = ${fmt(raw)}${capped}`, { value: raw });
    }

    case 'CHOICE': {
      const chosen = String(v[rule.variable]);
      const s = rule.shares[chosen];
      if (s === undefined) {
        return { points: 0, status: 'FLAGGED', flags: ['INVALID_VALUE'], trace: `Lựa chọn "${chosen}" không có trong danh sách → 0 điểm` };
      }
      return done(max, s * max, `Mức "${chosen}": ${pct(s)} × ${fmt(max)}`);
    }

    case 'PARTS': {
      const met = rule.parts.filter((p) => v[p.variable]);
      const total = met.reduce((acc, p) => acc + p.share, 0);
      const how = met.length ? met.map((p) => `${p.variable} (${pct(p.share)})`).join(' + ') : 'không đạt phần nào';
      return done(max, total * max, `Đạt: ${how}`);
    }

    case 'RATIO_PLUS_BONUS': {
      const s = share(rule.numerator, rule.denominator, v);
      if (!('ratio' in s)) return s;
      const bonus = v[rule.bonus.variable] ? rule.bonus.points : 0;
      return done(
        max,
        s.ratio * rule.ratioPoints + bonus,
        `Tỷ lệ = ${s.text}; ${pct(s.ratio)} × ${fmt(rule.ratioPoints)} + ${fmt(bonus)} điểm thưởng`,
        { flags: s.flags, value: s.ratio },
      );
    }

    case 'RELATIVE_TO_BEST': {
      if (rule.denominator) {
        // Not capped at 100 %: the value is compared with the best unit's, and some can pass 1
        // (004 7.5: .vn domains per business).
        const s = share(rule.numerator, rule.denominator, v, false);
        if (!('ratio' in s)) return s;
        return pending(s.ratio, `Tỷ lệ = ${s.text}; chờ so sánh với đơn vị cao nhất`, s.flags);
      }
      const n = sum(rule.numerator, v);
      return pending(n, `Giá trị = ${fmt(n)}; chờ so sánh với đơn vị cao nhất`);
    }

    case 'IMPROVEMENT': {
      const now = v[rule.variable] as number;
      const before = previous?.[rule.variable];
      if (typeof before !== 'number') return pending(now, `Năm nay = ${fmt(now)}; chờ số liệu năm trước`);
      return improvement(now, before, rule.threshold, max);
    }
  }
}

function pending(value: number, trace: string, flags: ScoreFlag[] = []): RuleOutcome {
  return { points: null, status: 'PENDING', flags, trace, value };
}

export function improvement(now: number, before: number, threshold: number, max: number): RuleOutcome {
  if (before <= 0) {
    return { points: 0, status: 'FLAGGED', flags: ['NO_PREVIOUS_VALUE'], trace: `Năm trước = ${fmt(before)}: không tính được mức cải thiện → 0 điểm`, value: now };
  }
  const a = (now - before) / before;
  const text = `Cải thiện = (${fmt(now)} − ${fmt(before)})/${fmt(before)} = ${pct(a)}`;
  if (a >= threshold) return done(max, max, `${text} ≥ ${pct(threshold)}`, { value: now });
  if (a > 0) return done(max, (a / threshold) * max, `${text}: ${pct(a)}/${pct(threshold)} × ${fmt(max)}`, { value: now });
  return done(max, 0, `${text}: không cải thiện`, { value: now });
}

/** Relative step: own value / best value × max. */
export function relativeToBest(score: IndicatorScore, best: number): IndicatorScore {
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
    trace: `${base}; cao nhất = ${fmt(best)}; ${fmt(own)}/${fmt(best)} × ${fmt(score.maxPoints)} → ${points(p, score.maxPoints)}`,
  };
}
