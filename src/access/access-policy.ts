import { AccessErrors } from '../errors/common.errors.js';
import { ErrorDefinition } from '../errors/domain.exception.js';
import { AuthenticatedUser } from './authenticated-user.js';
import { Role } from './role.enum.js';

export interface AccessRule {
  roles: Role[];
  /** Route parameter holding a unit id the caller must belong to (admins are exempt). */
  ownUnitParam?: string;
}

/**
 * Pure decision used by AccessGuard: null when allowed, else the error to answer. Kept free of
 * Nest so that the rule "role X, and only for its own unit" is tested without an HTTP stack.
 */
export function checkAccess(
  user: AuthenticatedUser | undefined,
  rule: AccessRule | undefined,
  params: Record<string, string | undefined>,
): ErrorDefinition | null {
  if (!user) return AccessErrors.UNAUTHENTICATED;
  // Deny by default: a route that forgot to declare who may call it is closed, not open.
  if (!rule || !rule.roles.includes(user.role)) return AccessErrors.FORBIDDEN_ROLE;
  if (rule.ownUnitParam && user.role !== Role.ADMIN) {
    const unitId = Number(params[rule.ownUnitParam]);
    if (!Number.isInteger(unitId) || unitId !== user.unitId) return AccessErrors.OTHER_UNIT;
  }
  return null;
}
