/** What a unit is. Which framework scores it follows from its kind (departments: Appendix I,
 * districts: Appendix II of Decision 3473/QĐ-UBND; the province itself: the national DTI form of
 * seed 004, which the province sends to the national assessment). */
export enum UnitKind {
  DEPARTMENT = 'DEPARTMENT',
  DISTRICT = 'DISTRICT',
  COMMUNE = 'COMMUNE',
  PROVINCE = 'PROVINCE',
  SOURCE_AGENCY = 'SOURCE_AGENCY',
  REVIEWING_AGENCY = 'REVIEWING_AGENCY',
  COMMITTEE = 'COMMITTEE',
}


/** Kinds whose own DTI is evaluated, so whose staff can be unit officers and heads. */
export const EVALUATED_KINDS = [UnitKind.DEPARTMENT, UnitKind.DISTRICT, UnitKind.COMMUNE, UnitKind.PROVINCE];

/** What people read for each kind, in exports and messages (the web app keeps the same words). */
export const UNIT_KIND_LABELS: Record<string, string> = {
  DEPARTMENT: 'Sở, ban, ngành',
  DISTRICT: 'Huyện, thành phố',
  COMMUNE: 'Xã, phường, thị trấn',
  PROVINCE: 'Tỉnh',
  SOURCE_AGENCY: 'Cơ quan cung cấp số liệu',
  REVIEWING_AGENCY: 'Cơ quan thẩm định',
  COMMITTEE: 'Hội đồng, UBND tỉnh',
};
export const unitKindLabel = (kind: string): string => UNIT_KIND_LABELS[kind] ?? kind;
