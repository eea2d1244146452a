import { roleFitsUnit } from '../users/role-unit.rule.js';
import type { User } from '../users/user.entity.js';

/**
 * Checked at sign-in and on every request: a demo account never works outside demo mode, and a
 * role the unit no longer fits (the reviewing duty moved to another department, a unit stopped
 * supplying data) gives no access until the admin moves or re-roles the person.
 */
export function canSignIn(user: Pick<User, 'role' | 'isDemo' | 'unit'>, demoMode: boolean): boolean {
  if (user.isDemo && !demoMode) return false;
  return !!user.unit && roleFitsUnit(user.role, user.unit);
}
