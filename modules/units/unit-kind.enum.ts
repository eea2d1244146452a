/** What a unit is. Which framework scores it follows from its kind (departments: Appendix I,
 * districts: Appendix II of Decision 3473/QĐ-UBND). */
export enum UnitKind {
  DEPARTMENT = 'DEPARTMENT',
  DISTRICT = 'DISTRICT',
  COMMUNE = 'COMMUNE',
  SOURCE_AGENCY = 'SOURCE_AGENCY',
  REVIEWING_AGENCY = 'REVIEWING_AGENCY',
  COMMITTEE = 'COMMITTEE',
}


/** Kinds whose own DTI is evaluated, so whose staff can be unit officers and heads. */
export const EVALUATED_KINDS = [UnitKind.DEPARTMENT, UnitKind.DISTRICT, UnitKind.COMMUNE];
