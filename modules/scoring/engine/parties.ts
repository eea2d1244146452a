import { flatten } from './framework-validator.js';
import { sourceAgenciesOf, supplierOf } from './entry-rules.js';
import type { AssessingAgency, Framework, IndicatorDef } from './framework.types.js';
import { isCollectedIn } from './periods.js';

/**
 * Who does what on an indicator (Decision 3473, Điều 5a and Appendices I-III): the party that
 * reports the data for the self-assessment (the unit, or an agency where the seed gives it alone
 * as the source) and the agencies that give their own figure and assessment of it for every unit
 * ("cung cấp thông tin và đánh giá", Appendix III). A party is 'UNIT' or an agency's unit code.
 * Pure rules: the services call them from one place each.
 */
export const UNIT = 'UNIT';

/** Who reports a variable: its own supplier, else its indicator's, else the unit itself. */
export const reporterOf = supplierOf;

/** The parties that report at least one of the indicator's own (not shared) variables. */
export function reportersOfIndicator(def: IndicatorDef): string[] {
  return [...new Set((def.variables ?? []).filter((v) => !v.ref).map((v) => reporterOf(def, v)))];
}

export function assessorsOfIndicator(def: IndicatorDef): AssessingAgency[] {
  return def.assessedBy ?? [];
}

/** The variables an assessing agency gives its figure for. */
export function assessedVariables(def: IndicatorDef, agency: string): string[] {
  const a = assessorsOfIndicator(def).find((x) => x.agency === agency);
  if (!a) return [];
  return a.variables ?? (def.variables ?? []).filter((v) => !v.ref).map((v) => v.key);
}

/** The framework as one reporting period collects it (every indicator without a period). */
const inPeriod = (framework: Framework, period?: string): Framework =>
  period ? { ...framework, indicators: flatten(framework.indicators).filter((d) => !d.children && isCollectedIn(d, period)) } : framework;

/**
 * Agencies (codes) that report part of the self-assessment in the framework, or in one reporting
 * period's report: due before SUBMIT. An agency whose indicators are yearly is not awaited in a quarter.
 */
export const reportingAgenciesOf = (framework: Framework, period?: string): string[] => sourceAgenciesOf(inPeriod(framework, period));

/** Agencies (codes) that assess some indicator for every unit (Appendix III), in the framework or one period: they never block the unit. */
export function assessingAgenciesOf(framework: Framework, period?: string): string[] {
  return [...new Set(flatten(inPeriod(framework, period).indicators).flatMap((d) => assessorsOfIndicator(d).map((a) => a.agency)))].sort();
}

/**
 * Điều 5c "không có nội dung … điểm tối đa" is a claim about the data: it is made by whoever
 * reports the indicator (the unit where the unit reports it, the agency where the agency does),
 * never by the unit on an indicator an agency supplies. The reviewer decides it in verification.
 */
export function mayDeclareNotApplicable(def: IndicatorDef, party: string): boolean {
  const reporters = reportersOfIndicator(def);
  return reporters.length === 1 && reporters[0] === party;
}

/**
 * A return names indicators; each goes back to whoever reported it (the unit, or an agency that
 * reports it). `to` names the parties the reviewer chose instead, among those who report or
 * assess them (e.g. only the agency whose figure is off); a party with no part is ignored.
 */
export function partiesToCorrect(defs: IndicatorDef[], to?: string[]): { unit: boolean; agencies: string[] } {
  const reporters = new Set(defs.flatMap(reportersOfIndicator));
  const all = new Set([...reporters, ...defs.flatMap((d) => assessorsOfIndicator(d).map((a) => a.agency))]);
  const chosen = to?.length ? [...all].filter((p) => to.includes(p)) : [...reporters];
  return { unit: chosen.includes(UNIT), agencies: chosen.filter((p) => p !== UNIT).sort() };
}

/** Does this party have anything to do with the indicator (report or assess)? */
export function takesPartIn(def: IndicatorDef, party: string): boolean {
  return reportersOfIndicator(def).includes(party) || assessorsOfIndicator(def).some((a) => a.agency === party);
}
