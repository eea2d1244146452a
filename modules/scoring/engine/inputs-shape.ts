import type { Framework } from './framework.types.js';
import { flatten } from './framework-validator.js';

const isPlainObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Structural check of inputs arriving from outside (an API body, a spreadsheet): known
 * indicator codes, known variables, scalar values, a text reason. Value ranges and types per
 * variable are the engine's business (it flags them); this only keeps garbage out.
 */
export function checkInputsShape(framework: Framework, inputs: unknown): string[] {
  if (!isPlainObject(inputs)) return ['inputs: must be an object keyed by indicator code'];
  const leaves = new Map(flatten(framework.indicators).filter((d) => !d.children).map((d) => [d.code, d]));
  const problems: string[] = [];
  for (const [code, input] of Object.entries(inputs)) {
    const def = leaves.get(code);
    if (!def) {
      problems.push(`${code}: not an indicator of ${framework.code} that takes data`);
      continue;
    }
    if (!isPlainObject(input)) {
      problems.push(`${code}: must be an object with values and/or notApplicable`);
      continue;
    }
    for (const key of Object.keys(input)) {
      if (key !== 'values' && key !== 'notApplicable') problems.push(`${code}: unknown field ${key}`);
    }
    if (input.notApplicable !== undefined && typeof input.notApplicable !== 'string') problems.push(`${code}.notApplicable: must be a text reason`);
    if (input.values === undefined) continue;
    if (!isPlainObject(input.values)) {
      problems.push(`${code}.values: must be an object keyed by variable`);
      continue;
    }
    const known = new Set((def.variables ?? []).filter((v) => !v.ref).map((v) => v.key));
    for (const [key, value] of Object.entries(input.values)) {
      if (!known.has(key)) problems.push(`${code}.values.${key}: not a variable of this indicator`);
      else if (value !== null && !['number', 'boolean', 'string'].includes(typeof value)) problems.push(`${code}.values.${key}: must be a number, true/false or an option`);
    }
  }
  return problems;
}
