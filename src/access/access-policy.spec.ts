import { AccessErrors } from '../errors/common.errors.js';
import { checkAccess } from './access-policy.js';
import { Role } from './role.enum.js';

const head = { id: 7, username: 'lanhdao', role: Role.UNIT_HEAD, unitId: 3 };
const admin = { id: 1, username: 'admin', role: Role.ADMIN, unitId: 99 };

describe('checkAccess', () => {
  it('asks for sign-in when there is no user', () => {
    expect(checkAccess(undefined, { roles: [Role.ADMIN] }, {})).toBe(AccessErrors.UNAUTHENTICATED);
  });

  it('denies a route that declares no rule, even to an admin', () => {
    expect(checkAccess(admin, undefined, {})).toBe(AccessErrors.FORBIDDEN_ROLE);
  });

  it('denies a role that is not listed', () => {
    expect(checkAccess(head, { roles: [Role.ADMIN, Role.REVIEWER] }, {})).toBe(AccessErrors.FORBIDDEN_ROLE);
  });

  it('allows a listed role on a route without a unit parameter', () => {
    expect(checkAccess(head, { roles: [Role.UNIT_HEAD] }, {})).toBeNull();
  });

  it('allows the own unit and refuses another unit', () => {
    const rule = { roles: [Role.UNIT_HEAD], ownUnitParam: 'unitId' };
    expect(checkAccess(head, rule, { unitId: '3' })).toBeNull();
    expect(checkAccess(head, rule, { unitId: '4' })).toBe(AccessErrors.OTHER_UNIT);
  });

  it('refuses a unit parameter that is missing or not a number rather than guessing', () => {
    const rule = { roles: [Role.UNIT_HEAD], ownUnitParam: 'unitId' };
    expect(checkAccess(head, rule, {})).toBe(AccessErrors.OTHER_UNIT);
    expect(checkAccess(head, rule, { unitId: '3abc' })).toBe(AccessErrors.OTHER_UNIT);
  });

  it('lets an admin through the unit check of a route that lists ADMIN', () => {
    const rule = { roles: [Role.ADMIN, Role.UNIT_HEAD], ownUnitParam: 'unitId' };
    expect(checkAccess(admin, rule, { unitId: '3' })).toBeNull();
  });
});
