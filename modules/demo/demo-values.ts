import { supplierOf } from '../scoring/engine/entry-rules.js';
import { assessedVariables, assessorsOfIndicator } from '../scoring/engine/parties.js';
import { flatten } from '../scoring/engine/framework-validator.js';
import { isCollectedIn, isPeriodCode } from '../scoring/engine/periods.js';
import type { Framework, IndicatorDef, Terms, VariableDef } from '../scoring/engine/framework.types.js';
import type { VariableValue } from '../scoring/engine/score.types.js';

/** One value of the demo: who enters it ('UNIT' or an agency's code), for which indicator and variable. */
export interface DemoValue {
  supplier: string;
  code: string;
  key: string;
  value: VariableValue;
}

/** A number in [0, 1) fixed by the text: the same demo every time, different from unit to unit. */
export function chance(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return ((h >>> 0) % 100000) / 100000;
}

/**
 * Plausible values for one unit and period: each unit has its own level (some lead, some lag),
 * a little better in the later year; shares never exceed their whole, so every value passes
 * the entry checks a real user's would.
 */
export function demoValues(framework: Framework, unitCode: string, year: number, period: string): DemoValue[] {
  const level = Math.min(0.97, 0.45 + 0.5 * chance(unitCode) + (year - 2023) * 0.05);
  const profile = profileOf(unitCode, period);
  const out: DemoValue[] = [];
  // A unit reports an indicator only in the periods its "Kỳ đánh giá" column lists (Điều 7).
  const collected = (d: IndicatorDef) => !isPeriodCode(period) || isCollectedIn(d, period);
  for (const def of flatten(framework.indicators).filter((d) => !d.children && d.variables?.length && collected(d))) {
    const seed = (key: string) => chance(`${unitCode}|${year}|${period}|${def.code}|${key}`);
    const values = valuesFor(def, level, seed, profile);
    for (const v of def.variables!.filter((x) => !x.ref)) {
      out.push({ supplier: supplierOf(def, v), code: def.code, key: v.key, value: values.get(v.key) ?? filler(v, level, seed(v.key)) });
    }
  }
  return out;
}

/**
 * What does not change from one indicator to the next within a unit: its staff (40-400 people, one
 * number wherever an indicator counts them), its yearly budget (8-80 billion đồng, in millions) and
 * the months the period covers.
 */
interface Profile {
  staff: number;
  budget: number;
  months: number;
}
const MONTHS: Record<string, number> = { Q1: 3, H1: 6, Q3: 9, YEAR: 12 };
function profileOf(unitCode: string, period: string): Profile {
  return { staff: 40 + Math.round(360 * chance(`${unitCode}|staff`)), budget: 8000 + Math.round(72000 * chance(`${unitCode}|budget`)), months: MONTHS[period] ?? 12 };
}

/** Read from the seed's own labels: "Tổng số cán bộ, công chức…", "Số tháng…", "…ngân sách… (triệu đồng)". */
const labelOf = (def: IndicatorDef, key: string) => (def.variables!.find((v) => v.key === key)?.label ?? '').toLowerCase();
const isStaff = (label: string) => /cán bộ|công chức|viên chức|người lao động/.test(label) && !/chuyên trách|kiêm nhiệm|được|có |sử dụng|trang bị/.test(label);
const isDedicatedStaff = (label: string) => /chuyên trách|kiêm nhiệm/.test(label);

/**
 * Wholes and parts of the sizes a real unit has: shares of its staff, posts a month (0.5-4.4,
 * around the seed's "2 tin bài/tháng"), IT spending 0.4-5 % of the budget (around its 1 %),
 * security 2-15 % of the IT spending (its tiers are 3/7/10 %), a handful of dedicated staff.
 */
function sized(def: IndicatorDef, numerator: Terms, denominator: Terms, share: number, profile: Profile): { whole: number; part: number } | null {
  const [den, num] = [denominator.map((k) => labelOf(def, k)), numerator.map((k) => labelOf(def, k))];
  if (den.length === 1 && den[0].startsWith('số tháng')) return { whole: profile.months, part: Math.round(profile.months * (0.5 + 3.9 * share)) };
  if (num.every(isDedicatedStaff)) return { whole: profile.staff, part: 1 + Math.round(5 * share) };
  if (den.length && den.every(isStaff)) return { whole: profile.staff, part: Math.floor(profile.staff * share) };
  if (den.length === 1 && /ngân sách/.test(den[0])) return { whole: profile.budget, part: Math.round(profile.budget * (0.004 + 0.046 * share)) };
  if (den.length === 1 && /kinh phí đầu tư cho cntt/.test(den[0])) {
    const it = Math.round(profile.budget * 0.03);
    return { whole: it, part: Math.round(it * (0.02 + 0.13 * share)) };
  }
  return null;
}

function valuesFor(def: IndicatorDef, level: number, seed: (key: string) => number, profile: Profile): Map<string, VariableValue> {
  const out = new Map<string, VariableValue>();
  const rule = def.rule;
  const typeOf = (key: string) => def.variables!.find((v) => v.key === key)?.type ?? 'count';
  const split = (terms: Terms, total: number) => {
    // the first free term takes what the others leave, so the sum is exact
    const free = terms.filter((k) => !out.has(k) && !def.variables!.find((v) => v.key === k)?.ref);
    let left = total;
    free.forEach((k, i) => {
      const part = i === free.length - 1 ? left : Math.floor(left * (0.5 + 0.3 * seed(k)));
      out.set(k, typeOf(k) === 'count' ? Math.max(0, Math.round(part)) : Math.max(0, part));
      left -= part;
    });
  };
  if (!rule) return out;
  switch (rule.kind) {
    case 'RATIO':
    case 'TIERS':
    case 'RATIO_PLUS_BONUS':
    case 'RELATIVE_TO_BEST': {
      const denominator = rule.kind === 'RELATIVE_TO_BEST' ? (rule.denominator ?? []) : rule.denominator;
      const share = Math.min(1, Math.max(0, level + 0.2 * (seed('share') - 0.5)));
      const real = sized(def, rule.numerator, denominator, share, profile);
      const whole = real?.whole ?? 40 + Math.round(460 * seed('whole'));
      split(denominator, whole);
      const known = denominator.reduce((acc, k) => acc + (typeof out.get(k) === 'number' ? (out.get(k) as number) : 0), 0) || whole;
      const isShare = !('valueIsShare' in rule) || rule.valueIsShare !== false;
      split(rule.numerator, real ? Math.min(real.part, isShare ? known : real.part) : Math.floor(isShare ? known * share : 1 + 3 * share));
      if (rule.kind === 'RATIO_PLUS_BONUS') out.set(rule.bonus.variable, seed('bonus') < level);
      break;
    }
    case 'BOOLEAN':
      out.set(rule.variable, seed(rule.variable) < level + 0.1);
      break;
    case 'PARTS':
      for (const p of rule.parts) out.set(p.variable, seed(p.variable) < level);
      break;
    case 'PER_OCCURRENCE':
      for (const i of rule.items) out.set(i.variable, Math.floor(4 * level * seed(i.variable) + (level > 0.6 ? 1 : 0)));
      break;
    case 'CHOICE': {
      const ranked = Object.entries(rule.shares).sort((a, b) => b[1] - a[1]).map(([option]) => option);
      out.set(rule.variable, ranked[Math.min(ranked.length - 1, Math.floor((1 - level) * ranked.length * seed(rule.variable) * 2))]);
      break;
    }
    case 'IMPROVEMENT':
      out.set(rule.variable, Math.round(400 + 500 * level));
      break;
  }
  return out;
}

/** A variable the rule does not read (context the seed asks for): a sensible value of its type. */
function filler(v: VariableDef, level: number, r: number): VariableValue {
  switch (v.type) {
    case 'boolean':
      return r < level;
    case 'choice':
      return v.options?.[0]?.value ?? '';
    case 'text':
      return 'Có';
    case 'count':
      return Math.round(100 * r);
    default:
      return Math.round(1000 * r) / 10;
  }
}

/** One figure of an assessing agency (Appendix III) for one indicator of one unit. */
export interface DemoFigure {
  agency: string;
  code: string;
  values: Record<string, VariableValue>;
}

/**
 * What the assessing agencies find in their own records for one unit and period: mostly what the
 * unit reported; for about one indicator in eight, fewer of what the rule counts (the reviewer then
 * has a difference to look at). Only the numerator shrinks, so a share never passes its whole.
 */
export function demoFigures(framework: Framework, unitCode: string, year: number, period: string): DemoFigure[] {
  const reported = new Map<string, Record<string, VariableValue>>();
  for (const v of demoValues(framework, unitCode, year, period)) reported.set(v.code, { ...reported.get(v.code), [v.key]: v.value });
  const out: DemoFigure[] = [];
  for (const def of flatten(framework.indicators).filter((d) => !d.children && reported.has(d.code))) {
    const numerator = def.rule && 'numerator' in def.rule && Array.isArray(def.rule.numerator) ? (def.rule.numerator as string[]) : [];
    for (const { agency } of assessorsOfIndicator(def)) {
      const differs = chance(`${agency}|${unitCode}|${year}|${period}|${def.code}`) < 0.125;
      const values = Object.fromEntries(
        assessedVariables(def, agency)
          .filter((k) => reported.get(def.code)![k] !== undefined)
          .map((k) => {
            const v = reported.get(def.code)![k];
            return [k, differs && numerator.includes(k) && typeof v === 'number' ? Math.floor(v * 0.9) : v];
          }),
      );
      if (Object.keys(values).length) out.push({ agency, code: def.code, values });
    }
  }
  return out;
}
