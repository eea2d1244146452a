import { Role } from '../../src/access/role.enum.js';
import { EVALUATED_KINDS, UnitKind } from '../units/unit-kind.enum.js';

interface UnitDuties {
  kind: UnitKind;
  isSourceAgency: boolean;
  isReviewingAgency: boolean;
}

/**
 * Which units a role's holder may belong to. Reviewers may also sit on the committee: when the
 * reviewing agency's own submission is verified, the admin designates a reviewer from elsewhere.
 */
export function roleFitsUnit(role: Role, unit: UnitDuties): boolean {
  switch (role) {
    case Role.ADMIN:
      return true;
    case Role.UNIT_OFFICER:
    case Role.UNIT_HEAD:
      return EVALUATED_KINDS.includes(unit.kind);
    case Role.SOURCE_AGENCY:
      return unit.isSourceAgency;
    case Role.REVIEWER:
      return unit.isReviewingAgency || unit.kind === UnitKind.REVIEWING_AGENCY || unit.kind === UnitKind.COMMITTEE;
    case Role.CHAIR:
      return unit.kind === UnitKind.COMMITTEE;
  }
}
