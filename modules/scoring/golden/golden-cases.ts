import type { Framework } from '../engine/framework.types.js';
import { findScore, resolveRelative } from '../engine/score-cycle.js';
import { scoreUnit } from '../engine/score-unit.js';
import type { IndicatorInput, UnitInputs, VariableValue } from '../engine/score.types.js';

/** A hand-computed case, in the form of shared/golden/cases.json. */
export interface GoldenCase {
  framework: string;
  indicator: string;
  inputs?: Record<string, string | number>;
  /** Values of other items that this indicator's shared variables (`ref`) read, by item code. */
  context?: Record<string, Record<string, string | number>>;
  /** The previous cycle's values, for improvement rules. */
  previous?: Record<string, string | number>;
  units?: Record<string, Record<string, string | number>>;
  /** null: not computable from this data alone (pending). */
  expected: number | null | Record<string, number>;
  why: string;
}

/** The cases write yes/no as words and "not applicable" as a key holding the reason. */
export function toInput(raw: Record<string, string | number>): IndicatorInput {
  const values: Record<string, VariableValue> = {};
  let notApplicable: string | undefined;
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'not_applicable') notApplicable = String(value);
    else values[key] = value === 'yes' ? true : value === 'no' ? false : value;
  }
  return notApplicable ? { values, notApplicable } : { values };
}

/** Points the engine gives: one unit's score, or every unit's after the relative step. */
export function run(framework: Framework, c: GoldenCase): number | null | Record<string, number> {
  if (c.units) {
    const scored = new Map(
      Object.entries(c.units).map(([unit, raw]) => [unit, scoreUnit(framework, { ...context(c), [c.indicator]: toInput(raw) })]),
    );
    const resolved = resolveRelative(framework, scored);
    return Object.fromEntries([...resolved].map(([unit, s]) => [unit, findScore(s.indicators, c.indicator)!.points!]));
  }
  const previous = c.previous ? { [c.indicator]: toInput(c.previous) } : undefined;
  const score = scoreUnit(framework, { ...context(c), [c.indicator]: toInput(c.inputs ?? {}) }, previous);
  return findScore(score.indicators, c.indicator)!.points;
}

function context(c: GoldenCase): UnitInputs {
  return Object.fromEntries(Object.entries(c.context ?? {}).map(([code, raw]) => [code, toInput(raw)]));
}
