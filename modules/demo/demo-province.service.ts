import { Injectable } from '@nestjs/common';
import { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { Role } from '../../src/access/role.enum.js';
import { CycleService } from '../cycles/cycle.service.js';
import { FrameworkService } from '../frameworks/framework.service.js';
import { BulkEntryService } from '../submissions/bulk-entry.service.js';
import { SubmissionService } from '../submissions/submission.service.js';
import { UnitService } from '../units/unit.service.js';
import { enterAsImports } from './demo-entry.js';
import { demoValues } from './demo-values.js';

const DAY = 24 * 60 * 60 * 1000;
/** Section I as the seed fills it for Đồng Nai (004, "I Thông tin chung", items 1-3). */
const GENERAL: Record<string, string> = {
  'STT.1': 'Đồng Nai',
  'STT.2': 'Số 02 đường Nguyễn Văn Trị, Trung Dũng, Biên Hòa, Đồng Nai',
  'STT.3': 'https://www.dongnai.gov.vn/Pages/home.aspx',
};
/** Agencies still entering in the demo (the dashboard shows them owing), and the one that entered but has not sent its part. */
const STILL_ENTERING = ['CA-TINH', 'HHDN-TINH'];
const NOT_SENT = 'SO-KHCN';

/**
 * The province's own DTI 2024 (seed 004) in progress: the admin gives the two items the form
 * assigns to groups rather than one agency (4.5a "UBND cấp huyện", 8.2a "Doanh nghiệp công nghệ,
 * viễn thông") to Sở KH&CN, which collects them; opens the cycle; the province and most agencies
 * enter their items, some send their part, two are still entering; STTTT enters 7.5's national
 * reference with its source.
 */
@Injectable()
export class DemoProvinceService {
  constructor(
    private readonly cycles: CycleService,
    private readonly frameworks: FrameworkService,
    private readonly submissions: SubmissionService,
    private readonly bulk: BulkEntryService,
    private readonly units: UnitService,
  ) {}

  async seed(people: AuthenticatedUser[], started: number): Promise<void> {
    const person = (role: Role, unitId: number) => people.find((p) => p.role === role && p.unitId === unitId)!;
    const admin = people.find((p) => p.role === Role.ADMIN)!;
    const reviewer = people.find((p) => p.username === 'thamdinh.sotttt')!;
    const reason = 'Sở Khoa học và Công nghệ tổng hợp số liệu từ các đơn vị này và chịu trách nhiệm cung cấp';
    const framework = await this.frameworks.reassignSuppliers(admin, 'province-dti-2024', {
      changes: [
        { indicator: '4.5', variable: 'a', supplier: 'SO-KHCN' },
        { indicator: '8.2', variable: 'a', supplier: 'SO-KHCN' },
      ],
      reason,
    });
    const at = (days: number) => new Date(started + days * DAY).toISOString();
    const cycle = await this.cycles.open(admin, {
      code: 'DTI-2024-TINH',
      year: 2024,
      name: 'Chỉ số DTI cấp tỉnh năm 2024 (tỉnh Đồng Nai)',
      frameworks: [{ unitKind: 'PROVINCE', code: framework.code, version: framework.version }],
      schedule: 'YEARLY',
      evidenceRequired: false,
      periods: [{ period: 'YEAR', opensAt: at(-1), dataEntry: at(12), verification: at(30), disputeResolution: at(60) }],
    });
    const units = new Map((await this.units.list({ includeInactive: true })).map((u) => [u.id, u]));
    const idOf = new Map([...units.values()].map((u) => [u.code, u.id]));
    const [s] = await this.submissions.listForCycle(admin, cycle.id);
    const entries = demoValues(framework.definition, units.get(s.unitId)!.code, 2024, s.period)
      .filter((v) => !STILL_ENTERING.includes(v.supplier))
      .map((v) => ({
        actor: v.supplier === 'UNIT' ? person(Role.UNIT_OFFICER, s.unitId) : person(Role.SOURCE_AGENCY, idOf.get(v.supplier)!),
        submissionId: s.id,
        code: v.code,
        key: v.key,
        cell: GENERAL[v.code] ?? v.value,
      }));
    await enterAsImports(this.bulk, cycle.id, entries);
    await this.submissions.applyEvent(person(Role.UNIT_OFFICER, s.unitId), s.id, { type: 'UNIT_PART_COMPLETE' });
    for (const agency of (s.state.context as { agencies: number[] }).agencies) {
      const code = units.get(agency)!.code;
      if (code === NOT_SENT || STILL_ENTERING.includes(code)) continue;
      await this.submissions.applyEvent(person(Role.SOURCE_AGENCY, agency), s.id, { type: 'AGENCY_PART_COMPLETE' });
    }
    await this.cycles.setReference(reviewer, cycle.id, '7.5', { value: 0.5, source: 'Dữ liệu mẫu: tỷ lệ tên miền .vn trên doanh nghiệp của địa phương cao nhất theo báo cáo DTI năm trước của Bộ' });
  }
}
