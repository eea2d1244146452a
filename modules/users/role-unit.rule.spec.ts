import { Role } from '../../src/access/role.enum.js';
import { UnitKind } from '../units/unit-kind.enum.js';
import { roleFitsUnit } from './role-unit.rule.js';

const unit = (kind: UnitKind, duties: Partial<{ isSourceAgency: boolean; isReviewingAgency: boolean }> = {}) => ({
  kind,
  isSourceAgency: false,
  isReviewingAgency: false,
  ...duties,
});

describe('roleFitsUnit', () => {
  it('puts unit officers and heads only in evaluated units', () => {
    expect(roleFitsUnit(Role.UNIT_OFFICER, unit(UnitKind.DISTRICT))).toBe(true);
    expect(roleFitsUnit(Role.UNIT_HEAD, unit(UnitKind.DEPARTMENT))).toBe(true);
    expect(roleFitsUnit(Role.UNIT_HEAD, unit(UnitKind.COMMITTEE))).toBe(false);
    expect(roleFitsUnit(Role.UNIT_OFFICER, unit(UnitKind.SOURCE_AGENCY, { isSourceAgency: true }))).toBe(false);
  });

  it('needs the source-agency duty for source agency users, whatever the kind', () => {
    expect(roleFitsUnit(Role.SOURCE_AGENCY, unit(UnitKind.DEPARTMENT, { isSourceAgency: true }))).toBe(true);
    expect(roleFitsUnit(Role.SOURCE_AGENCY, unit(UnitKind.DEPARTMENT))).toBe(false);
  });

  it('follows the reviewing duty when it moves to another department', () => {
    expect(roleFitsUnit(Role.REVIEWER, unit(UnitKind.DEPARTMENT, { isReviewingAgency: true }))).toBe(true);
    expect(roleFitsUnit(Role.REVIEWER, unit(UnitKind.DEPARTMENT))).toBe(false);
    expect(roleFitsUnit(Role.REVIEWER, unit(UnitKind.COMMITTEE))).toBe(true);
  });

  it('seats the chair only on the committee', () => {
    expect(roleFitsUnit(Role.CHAIR, unit(UnitKind.COMMITTEE))).toBe(true);
    expect(roleFitsUnit(Role.CHAIR, unit(UnitKind.DEPARTMENT))).toBe(false);
  });
});
