export enum Role {
  ADMIN = 'ADMIN',
  UNIT_OFFICER = 'UNIT_OFFICER',
  UNIT_HEAD = 'UNIT_HEAD',
  SOURCE_AGENCY = 'SOURCE_AGENCY',
  REVIEWER = 'REVIEWER',
  CHAIR = 'CHAIR',
}

export const ROLE_LABELS_VI: Record<Role, string> = {
  [Role.ADMIN]: 'Quản trị hệ thống',
  [Role.UNIT_OFFICER]: 'Cán bộ đơn vị',
  [Role.UNIT_HEAD]: 'Lãnh đạo đơn vị',
  [Role.SOURCE_AGENCY]: 'Cơ quan đầu mối cung cấp số liệu',
  [Role.REVIEWER]: 'Cơ quan thẩm định',
  [Role.CHAIR]: 'Chủ tịch / Trưởng Ban chỉ đạo',
};
