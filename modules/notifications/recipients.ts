import type { Role } from '../../src/access/role.enum.js';

/** Who is told: given people, the staff of given units (optionally some roles), or everyone in some roles. */
export interface Recipients {
  userIds?: number[];
  units?: { unitId: number; roles?: Role[] }[];
  roles?: Role[];
  /** Never these units' people (a unit's own reviewers do not hear of its own report as reviewers). */
  exceptUnits?: number[];
  /** The person who acted is not told of their own move. */
  except?: number;
}

export interface Person {
  id: number;
  role: Role;
  unitId: number;
  isActive: boolean;
}

/**
 * The active people a notice goes to, each once: anyone any of the groups names (each group with
 * its own exceptions), less the person who acted. Pure, so that the table of who is told of what
 * can be checked on its own.
 */
export function recipientsAmong<P extends Person>(people: P[], to: Recipients | Recipients[], except?: number): P[] {
  const groups = Array.isArray(to) ? to : [to];
  const named = (u: P, g: Recipients) =>
    !(g.exceptUnits ?? []).includes(u.unitId) &&
    u.id !== g.except &&
    ((g.userIds ?? []).includes(u.id) || (g.roles ?? []).includes(u.role) || (g.units ?? []).some((x) => x.unitId === u.unitId && (!x.roles || x.roles.includes(u.role))));
  return people.filter((u) => u.isActive && u.id !== except && groups.some((g) => named(u, g)));
}
