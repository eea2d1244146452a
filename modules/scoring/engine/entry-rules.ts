import { flatten } from './framework-validator.js';
import type { Framework, IndicatorDef, VariableDef } from './framework.types.js';
import type { VariableValue } from './score.types.js';

/** Who supplies a variable: its own supplier, else its indicator's, else the unit itself. */
export const supplierOf = (def: IndicatorDef, v: VariableDef): string => v.supplier ?? def.supplier ?? 'UNIT';

/**
 * The source agencies (unit codes) that supply, i.e. report, at least one variable somewhere in
 * the framework. Agencies that only assess an indicator (`assessedBy`) are not among them.
 */
export function sourceAgenciesOf(framework: Framework): string[] {
  const codes = flatten(framework.indicators).flatMap((def) => (def.variables ?? []).filter((v) => !v.ref).map((v) => supplierOf(def, v)));
  return [...new Set(codes)].filter((c) => c !== 'UNIT').sort();
}

/**
 * Checks values entered for an indicator's variables against their definitions: known,
 * not shared from another item, of the right type, a whole non-negative number for counts.
 * Returns every problem, naming the variable.
 */
export function checkEnteredValues(def: IndicatorDef, values: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const [key, value] of Object.entries(values)) {
    const v = def.variables?.find((x) => x.key === key);
    if (!v) problems.push(`${def.code}.${key}: không phải biến của chỉ số này`);
    else if (v.ref) problems.push(`${def.code}.${key}: lấy từ ${v.ref.indicator}.${v.ref.variable}, không nhập lại ở đây`);
    else if (value !== null && !fits(v, value)) problems.push(`${def.code}.${key}: ${expected(v)}`);
  }
  return problems;
}

/**
 * The framework's "cannot exceed 100 %" checks (rule.aboveOne = REFUSE) on an indicator's values
 * as they will be saved. Checked only when every term is known: the other party may not have
 * entered its part yet, and a shared value (ref) is checked where it lives.
 */
export function checkRatioBounds(def: IndicatorDef, values: Record<string, unknown>): string[] {
  const rule = def.rule;
  if (!rule || !('aboveOne' in rule) || rule.aboveOne !== 'REFUSE') return [];
  const sum = (terms: string[]) => (terms.every((k) => typeof values[k] === 'number') ? terms.reduce((acc, k) => acc + (values[k] as number), 0) : null);
  const num = sum(rule.numerator);
  const den = sum(rule.denominator);
  if (num === null || den === null || num <= den) return [];
  const show = (terms: string[], total: number) => (terms.length > 1 ? `${terms.join(' + ')} = ${total}` : `${terms[0]} = ${total}`);
  return [`${def.code}: ${show(rule.numerator, num)} lớn hơn ${show(rule.denominator, den)}; theo bộ chỉ số, tử số là một phần của mẫu số nên tỷ lệ không thể vượt 100%`];
}

/**
 * Every check a value entered for an indicator goes through, wherever it comes from: data entry,
 * a spreadsheet row and the score preview call this one function, so the preview refuses exactly
 * what entry refuses. `entered` are the values sent now; `saved` what the indicator already holds
 * (entry merges the two; the other party's part may be there). The types first; the
 * "cannot exceed 100 %" bounds only on values that passed them, on the merged values.
 */
export function checkEntry(def: IndicatorDef, entered: Record<string, unknown>, saved: Record<string, unknown> = {}): string[] {
  const problems = checkEnteredValues(def, entered);
  if (problems.length) return problems;
  return checkRatioBounds(def, { ...saved, ...entered });
}

/**
 * checkEntry over a whole set of inputs (the preview's), by indicator code: the values of each
 * leaf that takes data. Unknown codes and non-object values are checkInputsShape's to name.
 */
export function checkEntries(framework: Framework, inputs: Record<string, { values?: Record<string, unknown> | null } | undefined>): string[] {
  const leaves = new Map(flatten(framework.indicators).filter((d) => !d.children).map((d) => [d.code, d]));
  return Object.entries(inputs).flatMap(([code, input]) => {
    const def = leaves.get(code);
    const values = input?.values;
    return def && values && typeof values === 'object' ? checkEntry(def, values) : [];
  });
}

function fits(v: VariableDef, value: unknown): value is VariableValue {
  switch (v.type) {
    case 'boolean':
      return typeof value === 'boolean';
    case 'choice':
      return typeof value === 'string' && (v.options ?? []).some((o) => o.value === value);
    case 'text':
      return typeof value === 'string' && value.length <= 500;
    case 'count':
      return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 1e12;
    default:
      return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1e15;
  }
}

function expected(v: VariableDef): string {
  switch (v.type) {
    case 'boolean':
      return 'phải là true hoặc false';
    case 'choice':
      return `phải là một trong: ${(v.options ?? []).map((o) => o.value).join(', ')}`;
    case 'text':
      return 'phải là văn bản, tối đa 500 ký tự';
    case 'count':
      return 'phải là số nguyên không âm';
    default:
      return 'phải là số không âm';
  }
}

/**
 * A spreadsheet cell as the variable's value: numbers as they are, "Có"/"Không" (or true/false)
 * for yes/no, numeric text with a decimal comma or point. Anything else is passed on unchanged,
 * for checkEnteredValues to name.
 */
export function fromCell(v: VariableDef, cell: unknown): unknown {
  if (typeof cell === 'string') {
    const text = cell.trim();
    if (v.type === 'boolean') {
      const yes = ['có', 'co', 'true', 'x', 'đạt'];
      const no = ['không', 'khong', 'false', 'chưa'];
      if (yes.includes(text.toLowerCase())) return true;
      if (no.includes(text.toLowerCase())) return false;
      return text;
    }
    if (['count', 'number', 'money', 'percent'].includes(v.type) && /^-?\d+([.,]\d+)?$/.test(text)) return Number(text.replace(',', '.'));
    return text;
  }
  return cell;
}
