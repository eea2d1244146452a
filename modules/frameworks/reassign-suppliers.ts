import { flatten } from '../scoring/engine/framework-validator.js';
import type { Framework, IndicatorDef } from '../scoring/engine/framework.types.js';

/** One change of focal agency: a whole item (every variable it enters itself), or one variable of it. */
export interface SupplierChange {
  indicator: string;
  variable?: string;
  supplier: string;
}

export type ReassignProblem = { indicator: string; variable?: string; problem: 'NO_SUCH_ITEM' | 'NOT_A_LEAF' | 'NO_SUCH_VARIABLE' | 'SHARED_VARIABLE' };

/**
 * The form's column "Đầu mối cung cấp số liệu, tài liệu kiểm chứng" as the province decides it
 * this year: a copy of the definition with the named items or variables given to another agency.
 * A variable that reads another item's value (`ref`) is not entered here, so it cannot be
 * reassigned here: the item that owns it is. Pure: the service checks that the agencies exist.
 */
export function reassignSuppliers(framework: Framework, changes: SupplierChange[]): { framework: Framework; problems: ReassignProblem[] } {
  const copy = structuredClone(framework);
  const byCode = new Map(flatten(copy.indicators).map((d) => [d.code, d]));
  const problems: ReassignProblem[] = [];
  for (const change of changes) {
    const def = byCode.get(change.indicator);
    const at = { indicator: change.indicator, ...(change.variable ? { variable: change.variable } : {}) };
    if (!def) problems.push({ ...at, problem: 'NO_SUCH_ITEM' });
    else if (def.children) problems.push({ ...at, problem: 'NOT_A_LEAF' });
    else if (change.variable === undefined) assignItem(def, change.supplier);
    else {
      const v = def.variables?.find((x) => x.key === change.variable);
      if (!v) problems.push({ ...at, problem: 'NO_SUCH_VARIABLE' });
      else if (v.ref) problems.push({ ...at, problem: 'SHARED_VARIABLE' });
      else v.supplier = change.supplier;
    }
  }
  // A shared value shows who enters it where it is read too.
  for (const def of byCode.values()) {
    for (const v of def.variables ?? []) {
      const source = v.ref && byCode.get(v.ref.indicator)?.variables?.find((x) => x.key === v.ref!.variable);
      if (source && !source.ref && source.supplier) v.supplier = source.supplier;
    }
  }
  return { framework: copy, problems };
}

function assignItem(def: IndicatorDef, supplier: string): void {
  def.supplier = supplier;
  for (const v of def.variables ?? []) if (!v.ref) v.supplier = supplier;
}
