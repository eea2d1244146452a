import { supplierOf } from '../scoring/engine/entry-rules.js';
import { flatten } from '../scoring/engine/framework-validator.js';
import type { Framework } from '../scoring/engine/framework.types.js';
import { UNIT } from '../scoring/engine/parties.js';
import type { UnitInputs } from '../scoring/engine/score.types.js';
import { collectedFor } from './submission-period.js';

export interface OwedItem {
  code: string;
  name: string;
  /** The party's own variables of the item that have no value yet. */
  missing: string[];
  entered: number;
  /** It scores points, its row asks for "Tài liệu kiểm chứng", and the cycle requires it: none yet (blocks SUBMIT). */
  evidenceMissing: boolean;
}

export interface PartyProgress {
  /** 'UNIT' or the agency's unit code. */
  party: string;
  items: OwedItem[];
  missing: number;
  /** How many of its items still need their evidence. */
  evidenceMissing: number;
}

/**
 * Who owes what on one submission (seed 004's column "Đầu mối cung cấp số liệu, tài liệu kiểm
 * chứng"): for each party that enters some variable of an item collected in this period, the
 * items and which of its variables are still empty. Shared values (`ref`) are owed where they are
 * entered, once. `needEvidence`: the items readiness says lack their evidence; each party of such
 * an item owes it (either may upload it). Pure: the service adds who the parties are, their
 * deadlines and reminders.
 */
export function supplierProgress(framework: Framework, period: string, inputs: UnitInputs, needEvidence: ReadonlySet<string> = new Set()): PartyProgress[] {
  const parties = new Map<string, OwedItem[]>();
  for (const def of flatten(framework.indicators)) {
    if (def.children || !collectedFor({ period }, def)) continue;
    const input = inputs[def.code];
    // Declared not applicable (Điều 5c) by whoever may: nothing of it is owed any more.
    const given = input?.notApplicable ? null : (input?.values ?? {});
    const byParty = new Map<string, string[]>();
    for (const v of (def.variables ?? []).filter((x) => !x.ref)) {
      const party = supplierOf(def, v);
      byParty.set(party, [...(byParty.get(party) ?? []), v.key]);
    }
    for (const [party, keys] of byParty) {
      const missing = given ? keys.filter((k) => given[k] === undefined || given[k] === null) : [];
      parties.set(party, [...(parties.get(party) ?? []), { code: def.code, name: def.name, missing, entered: keys.length - missing.length, evidenceMissing: needEvidence.has(def.code) }]);
    }
  }
  return [...parties]
    .map(([party, items]) => ({ party, items, missing: items.reduce((n, i) => n + i.missing.length, 0), evidenceMissing: items.filter((i) => i.evidenceMissing).length }))
    .sort((a, b) => (a.party === UNIT ? -1 : b.party === UNIT ? 1 : b.missing - a.missing || a.party.localeCompare(b.party)));
}
