import type { Framework, IndicatorDef, Rule } from './framework.types.js';
import { checkFrameworkShape } from './framework-shape.js';
import { ruleVariables } from './rule-evaluator.js';

const RULE_KINDS = new Set<Rule['kind']>([
  'BOOLEAN', 'RATIO', 'TIERS', 'PER_OCCURRENCE', 'CHOICE', 'PARTS', 'RATIO_PLUS_BONUS', 'RELATIVE_TO_BEST', 'IMPROVEMENT',
]);

/** Parameters each rule kind cannot do without. */
const REQUIRED: Record<Rule['kind'], string[]> = {
  BOOLEAN: ['variable'],
  RATIO: ['numerator', 'denominator'],
  TIERS: ['numerator', 'denominator', 'tiers'],
  PER_OCCURRENCE: ['items'],
  CHOICE: ['variable', 'shares'],
  PARTS: ['parts'],
  RATIO_PLUS_BONUS: ['numerator', 'denominator', 'ratioPoints', 'bonus'],
  RELATIVE_TO_BEST: ['numerator'],
  IMPROVEMENT: ['variable', 'threshold'],
};

const close = (a: number, b: number) => Math.abs(a - b) < 1e-9;

/**
 * Checks a framework file before anything is stored. Returns every problem found, each naming
 * the indicator, rather than stopping at the first: whoever fixes the file fixes it in one go.
 */
export function validateFramework(framework: Framework): string[] {
  const shape = checkFrameworkShape(framework);
  if (shape.length) return shape;
  const problems: string[] = [];
  const all = flatten(framework.indicators);
  const seen = new Set<string>();
  for (const def of all) {
    if (seen.has(def.code)) problems.push(`${def.code}: duplicate indicator code`);
    seen.add(def.code);
  }
  const byCode = new Map(all.map((d) => [d.code, d]));
  const top = round(framework.indicators.reduce((acc, d) => acc + d.maxPoints, 0));
  if (!close(top, framework.maxPoints)) problems.push(`${framework.code}: main indicators add up to ${top}, not ${framework.maxPoints}`);
  for (const def of all) problems.push(...checkIndicator(def, byCode));
  return problems;
}

function checkIndicator(def: IndicatorDef, byCode: Map<string, IndicatorDef>): string[] {
  const out: string[] = [];
  const at = (msg: string) => out.push(`${def.code}: ${msg}`);
  if (typeof def.maxPoints !== 'number' || def.maxPoints < 0) at('maxPoints must be a number ≥ 0');
  out.push(...checkAssessment(def));
  if (def.children) {
    const sum = round(def.children.reduce((acc, c) => acc + c.maxPoints, 0));
    if (!close(sum, def.maxPoints)) at(`children add up to ${sum}, not ${def.maxPoints}`);
    if (def.rule) at('an indicator with children takes its score from them and has no rule of its own');
    return out;
  }
  for (const v of def.variables ?? []) {
    if (!v.ref) continue;
    const target = byCode.get(v.ref.indicator);
    if (!target) at(`variable ${v.key} refers to unknown item ${v.ref.indicator}`);
    else {
      const shared = target.variables?.find((tv) => tv.key === v.ref!.variable);
      if (!shared) at(`variable ${v.key} refers to ${v.ref.indicator}.${v.ref.variable}, which is not defined`);
      // A value is entered once, where it lives: a reference to a reference could never be filled.
      else if (shared.ref) at(`variable ${v.key} refers to ${v.ref.indicator}.${v.ref.variable}, which is itself shared from elsewhere`);
    }
  }
  if (!def.rule) {
    if (def.maxPoints > 0) at('a scored indicator needs a rule');
    return out;
  }
  if (!RULE_KINDS.has(def.rule.kind)) {
    at(`unknown rule kind ${String(def.rule.kind)}`);
    return out;
  }
  const missing = REQUIRED[def.rule.kind].filter((p) => (def.rule as unknown as Record<string, unknown>)[p] === undefined);
  if (missing.length) {
    at(`rule ${def.rule.kind} is missing ${missing.join(', ')}`);
    return out;
  }
  const defined = new Set((def.variables ?? []).map((v) => v.key));
  for (const key of ruleVariables(def.rule)) {
    if (!defined.has(key)) at(`rule uses variable ${key}, which is not defined`);
  }
  if (def.rule.kind === 'CHOICE') {
    const options = def.variables?.find((v) => v.key === (def.rule as { variable: string }).variable)?.options ?? [];
    for (const o of options) if (def.rule.shares[o.value] === undefined) at(`choice option ${o.value} has no share`);
  }
  return out;
}

/**
 * Who assesses and where the figures come from: `assessedBy` and `collectedFrom` describe a
 * leaf's variables, so they stand on leaves; each agency once; an agency's variables are the
 * indicator's own (a shared value is given where it lives).
 */
function checkAssessment(def: IndicatorDef): string[] {
  const out: string[] = [];
  const at = (msg: string) => out.push(`${def.code}: ${msg}`);
  if (def.children) {
    if (def.collectedFrom) at('collectedFrom belongs on a leaf, whose figures the communes hold');
    if (def.assessedBy) at('assessedBy belongs on the leaves, whose variables the agencies give figures for');
    return out;
  }
  const seen = new Set<string>();
  for (const a of def.assessedBy ?? []) {
    if (a.agency === 'UNIT') at('assessedBy names UNIT: the unit reports its data (supplier), an assessing agency is another unit');
    if (seen.has(a.agency)) at(`assessedBy names ${a.agency} twice`);
    seen.add(a.agency);
    const keys = new Set<string>();
    for (const key of a.variables ?? []) {
      const v = def.variables?.find((x) => x.key === key);
      if (keys.has(key)) at(`assessedBy ${a.agency} names variable ${key} twice`);
      keys.add(key);
      if (!v) at(`assessedBy ${a.agency} names variable ${key}, which is not defined`);
      else if (v.ref) at(`assessedBy ${a.agency} names variable ${key}, which is shared from ${v.ref.indicator}.${v.ref.variable}: it is assessed there`);
    }
  }
  return out;
}

export function flatten(defs: IndicatorDef[]): IndicatorDef[] {
  return defs.flatMap((d) => [d, ...(d.children ? flatten(d.children) : [])]);
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;
