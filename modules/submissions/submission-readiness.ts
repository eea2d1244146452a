import { flatten } from '../scoring/engine/framework-validator.js';
import type { Framework } from '../scoring/engine/framework.types.js';
import { reporterOf } from '../scoring/engine/parties.js';
import { isCollectedIn } from '../scoring/engine/periods.js';
import { findScore } from '../scoring/engine/score-cycle.js';
import type { UnitInputs, UnitScore } from '../scoring/engine/score.types.js';

export interface Readiness {
  /** Indicators of the period with some of the unit's own values not entered: they score 0 if sent so (Điều 5c). */
  missingData: { code: string; name: string; variables: string[] }[];
  /** Indicators scoring points whose row asks for "Tài liệu kiểm chứng" and that have none: they block SUBMIT. */
  missingEvidence: { code: string; name: string; evidence: string }[];
}

/**
 * What a unit still owes before its head sends the self-assessment: pure, from the framework,
 * the period, what was entered, the score, and which indicators have evidence.
 */
export function readiness(framework: Framework, period: string, inputs: UnitInputs, score: UnitScore, withEvidence: Set<string>, evidenceRequired: boolean): Readiness {
  const leaves = flatten(framework.indicators).filter((d) => !d.children && d.rule && isCollectedIn(d, period));
  const missingData = leaves
    .filter((d) => !inputs[d.code]?.notApplicable)
    .map((d) => ({
      code: d.code,
      name: d.name,
      variables: (d.variables ?? []).filter((v) => !v.ref && reporterOf(d, v) === 'UNIT' && v.type !== 'text' && (inputs[d.code]?.values?.[v.key] ?? null) === null).map((v) => v.key),
    }))
    .filter((m) => m.variables.length);
  const missingEvidence = evidenceRequired
    ? leaves
        .filter((d) => d.evidence && !withEvidence.has(d.code) && (findScore(score.indicators, d.code)?.points ?? 0) > 0)
        .map((d) => ({ code: d.code, name: d.name, evidence: d.evidence! }))
    : [];
  return { missingData, missingEvidence };
}
