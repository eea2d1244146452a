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

export const UNIT_KIND_LABELS_VI: Record<UnitKind, string> = {
  [UnitKind.DEPARTMENT]: 'Sở, ban, ngành',
  [UnitKind.DISTRICT]: 'UBND cấp huyện/thành phố',
  [UnitKind.COMMUNE]: 'UBND cấp xã',
  [UnitKind.SOURCE_AGENCY]: 'Cơ quan đầu mối cung cấp số liệu',
  [UnitKind.REVIEWING_AGENCY]: 'Cơ quan thẩm định',
  [UnitKind.COMMITTEE]: 'Ban chỉ đạo / UBND tỉnh',
};

/** Kinds whose own DTI is evaluated, so whose staff can be unit officers and heads. */
export const EVALUATED_KINDS = [UnitKind.DEPARTMENT, UnitKind.DISTRICT, UnitKind.COMMUNE];
