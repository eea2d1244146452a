import type { Rule } from './framework.types.js';

const UNIT_KINDS = ['DEPARTMENT', 'DISTRICT', 'COMMUNE', 'PROVINCE'];
const VARIABLE_TYPES = ['count', 'number', 'money', 'percent', 'boolean', 'choice', 'text'];
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isText = (x: unknown, max: number) => typeof x === 'string' && x.trim().length > 0 && x.length <= max;
const isNumber = (x: unknown) => typeof x === 'number' && Number.isFinite(x);
const isTerms = (x: unknown) => Array.isArray(x) && x.length > 0 && x.every((t) => isText(t, 40));

/**
 * The structural half of loading a framework file: every field of the right type before any
 * rule is read, so a malformed file is refused with messages rather than crashing the loader
 * or the engine later. Returns the problems, each naming where.
 */
export function checkFrameworkShape(raw: unknown): string[] {
  if (!isObject(raw)) return ['the file is not a framework object'];
  const problems: string[] = [];
  if (typeof raw.code !== 'string' || !/^[a-z0-9-]{1,40}$/.test(raw.code)) problems.push('code: lowercase letters, digits and dashes, at most 40');
  if (!Number.isInteger(raw.version) || (raw.version as number) < 1) problems.push('version: a whole number ≥ 1');
  if (!isText(raw.name, 300)) problems.push('name: required text, at most 300 characters');
  if (!isText(raw.decision, 500)) problems.push('decision: required text');
  if (!UNIT_KINDS.includes(raw.unitKind as string)) problems.push(`unitKind: one of ${UNIT_KINDS.join(', ')}`);
  if (!isNumber(raw.maxPoints)) problems.push('maxPoints: a number');
  if (!Array.isArray(raw.indicators)) return [...problems, 'indicators: a list'];
  raw.indicators.forEach((d, i) => problems.push(...checkIndicator(d, `indicators[${i}]`)));
  return problems;
}

function checkIndicator(raw: unknown, where: string): string[] {
  if (!isObject(raw)) return [`${where}: not an indicator object`];
  const at = typeof raw.code === 'string' && /^[0-9A-Z.]{1,20}$/.test(raw.code) ? raw.code : where;
  const problems: string[] = [];
  if (at === where) problems.push(`${where}: code must be like 6.3.2 (digits, capitals and dots)`);
  if (!isText(raw.name, 1000)) problems.push(`${at}: name is required`);
  if (!isNumber(raw.maxPoints) || (raw.maxPoints as number) < 0) problems.push(`${at}: maxPoints must be a number ≥ 0`);
  if (raw.children !== undefined) {
    if (!Array.isArray(raw.children)) return [...problems, `${at}: children must be a list`];
    raw.children.forEach((c, i) => problems.push(...checkIndicator(c, `${at}.children[${i}]`)));
  }
  if (raw.variables !== undefined) {
    if (!Array.isArray(raw.variables)) return [...problems, `${at}: variables must be a list`];
    for (const v of raw.variables) {
      if (!isObject(v) || !isText(v.key, 40) || !isText(v.label, 2000) || !VARIABLE_TYPES.includes(v.type as string)) {
        problems.push(`${at}: each variable needs a key, a label and a type (${VARIABLE_TYPES.join(', ')})`);
      } else if (v.ref !== undefined && (!isObject(v.ref) || !isText(v.ref.indicator, 20) || !isText(v.ref.variable, 40))) {
        problems.push(`${at}: variable ${v.key} has a malformed ref`);
      }
    }
  }
  if (raw.assessedBy !== undefined) {
    if (!Array.isArray(raw.assessedBy)) problems.push(`${at}: assessedBy must be a list of { agency, variables? }`);
    else {
      for (const a of raw.assessedBy) {
        if (!isObject(a) || !isText(a.agency, 40)) problems.push(`${at}: each assessedBy entry needs an agency (a unit code, at most 40 characters)`);
        else if (a.variables !== undefined && !isTerms(a.variables)) problems.push(`${at}: assessedBy ${a.agency} variables must be a non-empty list of variable keys`);
      }
    }
  }
  if (raw.collectedFrom !== undefined && raw.collectedFrom !== 'COMMUNES') problems.push(`${at}: collectedFrom is COMMUNES or absent`);
  if (raw.rule !== undefined) problems.push(...checkRule(raw.rule, at));
  return problems;
}

/** Parameter types per rule kind; an unknown kind is the semantic validator's to name. */
function checkRule(rule: unknown, at: string): string[] {
  if (!isObject(rule) || typeof rule.kind !== 'string') return [`${at}: rule must be an object with a kind`];
  const r = rule as Record<string, unknown> & { kind: Rule['kind'] };
  const bad = (what: string) => [`${at}: rule ${r.kind} ${what}`];
  const terms = (...keys: string[]) => keys.filter((k) => r[k] !== undefined && !isTerms(r[k])).map((k) => `${at}: rule ${r.kind} ${k} must be a non-empty list of variable keys`);
  switch (r.kind) {
    case 'RATIO':
    case 'TIERS':
    case 'RATIO_PLUS_BONUS':
    case 'RELATIVE_TO_BEST': {
      const out = terms('numerator', 'denominator');
      if (r.threshold !== undefined && (!isNumber(r.threshold) || (r.threshold as number) <= 0)) out.push(...bad('threshold must be a number > 0'));
      if (r.aboveOne !== undefined && (r.kind === 'RELATIVE_TO_BEST' || r.valueIsShare === false || !['FLAG', 'REFUSE'].includes(r.aboveOne as string))) {
        out.push(...bad('aboveOne is FLAG or REFUSE, and only for a share'));
      }
      if (r.kind === 'TIERS') {
        const tiers = r.tiers;
        if (!Array.isArray(tiers) || !tiers.length || !tiers.every((t) => isObject(t) && isNumber(t.min) && isNumber(t.share))) return [...out, ...bad('tiers must be a non-empty list of { min, share }')];
        if (tiers.some((t, i) => i > 0 && (t.min as number) >= (tiers[i - 1].min as number))) out.push(...bad('tiers must be listed from the highest min down'));
      }
      if (r.kind === 'RATIO_PLUS_BONUS' && (!isNumber(r.ratioPoints) || !isObject(r.bonus) || !isNumber(r.bonus.points) || !isText(r.bonus.variable, 40))) out.push(...bad('needs ratioPoints and bonus { variable, points }'));
      return out;
    }
    case 'PER_OCCURRENCE':
      return Array.isArray(r.items) && r.items.length && r.items.every((i) => isObject(i) && isText(i.variable, 40) && isNumber(i.points)) ? [] : bad('items must be a non-empty list of { variable, points }');
    case 'PARTS':
      return Array.isArray(r.parts) && r.parts.length && r.parts.every((p) => isObject(p) && isText(p.variable, 40) && isNumber(p.share)) ? [] : bad('parts must be a non-empty list of { variable, share }');
    case 'CHOICE':
      return isObject(r.shares) && Object.values(r.shares).every(isNumber) ? [] : bad('shares must map each option to a number');
    default:
      return [];
  }
}

