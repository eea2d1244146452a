import { Role } from '../../src/access/role.enum.js';
import { UnitKind } from '../units/unit-kind.enum.js';

export interface DemoUnit {
  code: string;
  name: string;
  kind: UnitKind;
  isSourceAgency?: boolean;
  isReviewingAgency?: boolean;
}

const dept = (code: string, name: string, duties: Partial<DemoUnit> = {}): DemoUnit => ({
  code,
  name,
  kind: UnitKind.DEPARTMENT,
  ...duties,
});
const district = (code: string, name: string): DemoUnit => ({ code, name, kind: UnitKind.DISTRICT });
const source = (code: string, name: string): DemoUnit => ({ code, name, kind: UnitKind.SOURCE_AGENCY, isSourceAgency: true });

/**
 * Đồng Nai's units as the seeds name them: departments and the 11 districts of Decision
 * 5003/QĐ-UBND (seed 002); supplying agencies of Appendix III of Decision 3473/QĐ-UBND (seed 001)
 * and of the DTI 2024 form (seed 004). Departments that also supply data carry the flag.
 */
export const DEMO_UNITS: DemoUnit[] = [
  dept('SO-TTTT', 'Sở Thông tin và Truyền thông', { isSourceAgency: true, isReviewingAgency: true }),
  dept('SO-KHCN', 'Sở Khoa học và Công nghệ', { isSourceAgency: true }),
  dept('SO-NV', 'Sở Nội vụ', { isSourceAgency: true }),
  dept('SO-TC', 'Sở Tài chính', { isSourceAgency: true }),
  dept('SO-KHDT', 'Sở Kế hoạch và Đầu tư', { isSourceAgency: true }),
  dept('SO-YT', 'Sở Y tế', { isSourceAgency: true }),
  dept('SO-GDDT', 'Sở Giáo dục và Đào tạo', { isSourceAgency: true }),
  dept('SO-CT', 'Sở Công Thương', { isSourceAgency: true }),
  dept('VP-UBND', 'Văn phòng UBND tỉnh', { isSourceAgency: true }),
  dept('SO-TNMT', 'Sở Tài nguyên và Môi trường'),
  dept('SO-NGV', 'Sở Ngoại vụ'),
  dept('SO-LDTBXH', 'Sở Lao động - Thương binh và Xã hội'),
  dept('SO-VHTTDL', 'Sở Văn hóa, Thể thao và Du lịch'),
  dept('SO-TP', 'Sở Tư pháp'),
  dept('SO-XD', 'Sở Xây dựng'),
  dept('SO-GTVT', 'Sở Giao thông vận tải'),
  dept('SO-NNPTNT', 'Sở Nông nghiệp và Phát triển nông thôn'),
  district('TP-BIEN-HOA', 'UBND thành phố Biên Hòa'),
  district('TP-LONG-KHANH', 'UBND thành phố Long Khánh'),
  district('H-NHON-TRACH', 'UBND huyện Nhơn Trạch'),
  district('H-LONG-THANH', 'UBND huyện Long Thành'),
  district('H-TRANG-BOM', 'UBND huyện Trảng Bom'),
  district('H-THONG-NHAT', 'UBND huyện Thống Nhất'),
  district('H-VINH-CUU', 'UBND huyện Vĩnh Cửu'),
  district('H-DINH-QUAN', 'UBND huyện Định Quán'),
  district('H-TAN-PHU', 'UBND huyện Tân Phú'),
  district('H-XUAN-LOC', 'UBND huyện Xuân Lộc'),
  district('H-CAM-MY', 'UBND huyện Cẩm Mỹ'),
  source('CA-TINH', 'Công an tỉnh'),
  source('CUC-TK', 'Cục Thống kê tỉnh Đồng Nai'),
  source('CUC-THUE', 'Cục Thuế tỉnh Đồng Nai'),
  source('NHNN-DN', 'Ngân hàng Nhà nước Việt Nam - Chi nhánh Đồng Nai'),
  source('BUU-DIEN', 'Bưu điện tỉnh Đồng Nai'),
  source('TINH-DOAN', 'Tỉnh Đoàn Đồng Nai'),
  // The DTI 2024 form's focal agencies of items 1.4, 1.5 and 7.3a (seed 004).
  source('BAO-TINH', 'Báo Đồng Nai'),
  source('DAI-PTTH-TINH', 'Đài Phát thanh - Truyền hình Đồng Nai'),
  source('HHDN-TINH', 'Hiệp hội Doanh nghiệp tỉnh Đồng Nai'),
  // The province itself, evaluated by the national DTI form (seed 004); Văn phòng UBND tỉnh's staff act for it.
  { code: 'TINH-DN', name: 'Tỉnh Đồng Nai', kind: UnitKind.PROVINCE },
  { code: 'BCD-CDS', name: 'Ban Chỉ đạo chuyển đổi số tỉnh Đồng Nai', kind: UnitKind.COMMITTEE },
];

export interface DemoUser {
  username: string;
  fullName: string;
  role: Role;
  unitCode: string;
}

const NAMED: DemoUser[] = [
  { username: 'admin', fullName: 'Quản trị hệ thống', role: Role.ADMIN, unitCode: 'SO-TTTT' },
  { username: 'canbo.soyte', fullName: 'Nguyễn Thị Hoa', role: Role.UNIT_OFFICER, unitCode: 'SO-YT' },
  { username: 'lanhdao.soyte', fullName: 'Trần Văn Minh', role: Role.UNIT_HEAD, unitCode: 'SO-YT' },
  { username: 'canbo.bienhoa', fullName: 'Lê Thị Lan', role: Role.UNIT_OFFICER, unitCode: 'TP-BIEN-HOA' },
  { username: 'lanhdao.bienhoa', fullName: 'Phạm Quốc Huy', role: Role.UNIT_HEAD, unitCode: 'TP-BIEN-HOA' },
  { username: 'canbo.longkhanh', fullName: 'Võ Thị Mai', role: Role.UNIT_OFFICER, unitCode: 'TP-LONG-KHANH' },
  { username: 'lanhdao.longkhanh', fullName: 'Đặng Văn Tài', role: Role.UNIT_HEAD, unitCode: 'TP-LONG-KHANH' },
  { username: 'daumoi.congan', fullName: 'Hoàng Văn Nam', role: Role.SOURCE_AGENCY, unitCode: 'CA-TINH' },
  { username: 'daumoi.sonoivu', fullName: 'Bùi Thị Thu', role: Role.SOURCE_AGENCY, unitCode: 'SO-NV' },
  { username: 'thamdinh.sotttt', fullName: 'Đỗ Minh Khoa', role: Role.REVIEWER, unitCode: 'SO-TTTT' },
  { username: 'canbo.tinh', fullName: 'Ngô Thị Hạnh', role: Role.UNIT_OFFICER, unitCode: 'TINH-DN' },
  { username: 'lanhdao.tinh', fullName: 'Lý Văn Thành', role: Role.UNIT_HEAD, unitCode: 'TINH-DN' },
  { username: 'chutich', fullName: 'Chủ tịch UBND tỉnh', role: Role.CHAIR, unitCode: 'BCD-CDS' },
  // Verifies Sở TTTT's own submission (conflict of interest), designated by the admin.
  { username: 'thamdinh.bcd', fullName: 'Tổ giúp việc Ban Chỉ đạo', role: Role.REVIEWER, unitCode: 'BCD-CDS' },
];

/**
 * Every agency that supplies data gets one account (daumoi.<code>), so that every part of every
 * submission has someone to fill it; the named ones above keep their friendlier usernames.
 */
const agencyAccounts: DemoUser[] = DEMO_UNITS.filter((u) => u.isSourceAgency)
  .filter((u) => !NAMED.some((n) => n.role === Role.SOURCE_AGENCY && n.unitCode === u.code))
  .map((u) => ({ username: `daumoi.${u.code.toLowerCase().replace(/-/g, '')}`, fullName: `Đầu mối số liệu, ${u.name}`, role: Role.SOURCE_AGENCY, unitCode: u.code }));

export const DEMO_USERS: DemoUser[] = [...NAMED, ...agencyAccounts];

/** For the full demo: an officer and a head for every evaluated unit that has none named above. */
export const UNIT_ACCOUNTS: DemoUser[] = DEMO_UNITS.filter((u) => u.kind === UnitKind.DEPARTMENT || u.kind === UnitKind.DISTRICT).flatMap((u) => {
  const slug = u.code.toLowerCase().replace(/-/g, '');
  const has = (role: Role) => NAMED.some((n) => n.role === role && n.unitCode === u.code);
  return [
    ...(has(Role.UNIT_OFFICER) ? [] : [{ username: `canbo.${slug}`, fullName: `Cán bộ đầu mối, ${u.name}`, role: Role.UNIT_OFFICER, unitCode: u.code }]),
    ...(has(Role.UNIT_HEAD) ? [] : [{ username: `lanhdao.${slug}`, fullName: `Lãnh đạo, ${u.name}`, role: Role.UNIT_HEAD, unitCode: u.code }]),
  ];
});
