import { Injectable, Logger } from '@nestjs/common';
import { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { Role } from '../../src/access/role.enum.js';
import { AgencyFigureService } from '../agency-figures/agency-figure.service.js';
import { CycleService } from '../cycles/cycle.service.js';
import { FrameworkService } from '../frameworks/framework.service.js';
import { ConsolidationService } from '../results/consolidation.service.js';
import { PublicationService } from '../results/publication.service.js';
import { BulkEntryService } from '../submissions/bulk-entry.service.js';
import { DisputeService } from '../submissions/dispute.service.js';
import type { Submission } from '../submissions/submission.entity.js';
import type { VariableValue } from '../scoring/engine/score.types.js';
import { flatten } from '../scoring/engine/framework-validator.js';
import { assessorsOfIndicator } from '../scoring/engine/parties.js';
import { SubmissionService } from '../submissions/submission.service.js';
import { VerificationService } from '../submissions/verification.service.js';
import { UnitService } from '../units/unit.service.js';
import { UserService } from '../users/user.service.js';
import { type DemoEntry, enterAsImports } from './demo-entry.js';
import { demoFigures, demoValues } from './demo-values.js';
import { DemoProvinceService } from './demo-province.service.js';

const DAY = 24 * 60 * 60 * 1000;
const KINDS = [
  { unitKind: 'DEPARTMENT', code: 'department', suffix: 'SO', label: 'sở, ban, ngành' },
  { unitKind: 'DISTRICT', code: 'district', suffix: 'HUYEN', label: 'huyện, thành phố' },
] as const;
type Kind = (typeof KINDS)[number];

/** Dates as they stood in the real year, recorded once the periods are played (the demo plays them today). */
const RECORDED: Record<number, Record<string, [string, string, string, string]>> = {
  2023: { YEAR: ['2023-12-01T00:00:00+07:00', '2024-01-15T23:59:59+07:00', '2024-02-15T23:59:59+07:00', '2024-03-15T23:59:59+07:00'] },
  2024: {
    Q1: ['2024-03-20T00:00:00+07:00', '2024-04-10T23:59:59+07:00', '2024-04-25T23:59:59+07:00', '2024-05-15T23:59:59+07:00'],
    H1: ['2024-06-20T00:00:00+07:00', '2024-07-10T23:59:59+07:00', '2024-07-25T23:59:59+07:00', '2024-08-15T23:59:59+07:00'],
    Q3: ['2024-09-20T00:00:00+07:00', '2024-10-10T23:59:59+07:00', '2024-10-25T23:59:59+07:00', '2024-11-15T23:59:59+07:00'],
  },
};

/**
 * The demo's two years, played through the same services people use, as the demo accounts, one
 * cycle per year and unit kind: 2023 (the year's report) entered, verified, accepted, approved
 * and published; 2024 (quarterly: Quý I, 6 tháng, 9 tháng, Năm) with its first three reports
 * final, the departments' year final and waiting for the chair, and the districts' year spread
 * over every state — drafts, returns, disputes — so nothing of theirs can be ranked yet; and the
 * province's own DTI 2024 form with its agencies entering (demo-province.service.ts).
 */
@Injectable()
export class DemoCyclesService {
  private readonly logger = new Logger('DemoSeed');
  private people: AuthenticatedUser[] = [];
  private started = Date.now();

  constructor(
    private readonly cycles: CycleService,
    private readonly frameworks: FrameworkService,
    private readonly submissions: SubmissionService,
    private readonly bulk: BulkEntryService,
    private readonly verification: VerificationService,
    private readonly disputes: DisputeService,
    private readonly consolidation: ConsolidationService,
    private readonly publication: PublicationService,
    private readonly units: UnitService,
    private readonly users: UserService,
    private readonly figures: AgencyFigureService,
    private readonly province: DemoProvinceService,
  ) {}

  async seed(): Promise<void> {
    if ((await this.cycles.list()).length) return;
    this.people = (await this.users.list()).map((u) => ({ id: u.id, username: u.username, role: u.role, unitId: u.unitId }));
    const [reviewer, chair] = ['thamdinh.sotttt', 'chutich'].map((name) => this.people.find((p) => p.username === name)!);
    this.started = Date.now();

    for (const kind of KINDS) {
      const y2023 = await this.open(kind, 2023, 'YEARLY');
      await this.fill(y2023.id, 2023);
      for (const s of await this.list(y2023.id)) await this.toFinal(reviewer, s);
      await this.record(y2023.id, 2023);
      await this.consolidation.run(reviewer, y2023.id);
      await this.publication.sendToChair(reviewer, y2023.id);
      await this.publication.approve(chair, y2023.id);
      await this.publication.publish(chair, y2023.id);
    }

    for (const kind of KINDS) {
      const y2024 = await this.open(kind, 2024, 'QUARTERLY');
      await this.fill(y2024.id, 2024);
      const all = await this.list(y2024.id);
      for (const s of all.filter((x) => x.period !== 'YEAR')) await this.toFinal(reviewer, s);
      await this.record(y2024.id, 2024);
      const year = all.filter((x) => x.period === 'YEAR');
      if (kind.unitKind === 'DEPARTMENT') {
        for (const s of year) await this.toFinal(reviewer, s);
        await this.consolidation.run(reviewer, y2024.id);
        await this.publication.sendToChair(reviewer, y2024.id);
      } else {
        for (const [i, s] of year.entries()) await this.spread(reviewer, s, i);
      }
    }
    await this.province.seed(this.people, this.started);
    this.logger.warn(`Dữ liệu mẫu: năm 2023 đã công bố; năm 2024: khối sở chờ Chủ tịch phê duyệt, khối huyện đang đánh giá, DTI cấp tỉnh đang nhập số liệu (${Math.round((Date.now() - this.started) / 1000)} giây)`);
  }

  /** A cycle whose periods are open now and due in the coming days, one after the other. */
  private open(kind: Kind, year: number, schedule: 'YEARLY' | 'QUARTERLY') {
    const at = (days: number) => new Date(this.started + days * DAY).toISOString();
    const codes = schedule === 'YEARLY' ? ['YEAR'] : ['Q1', 'H1', 'Q3', 'YEAR'];
    const admin = this.people.find((p) => p.role === Role.ADMIN)!;
    return this.cycles.open(admin, {
      code: `DTI-${year}-${kind.suffix}`,
      year,
      name: `Đánh giá chỉ số chuyển đổi số khối ${kind.label} năm ${year}`,
      frameworks: [{ unitKind: kind.unitKind, code: kind.code }],
      schedule,
      // The demo's values come without documents; a real cycle keeps evidence required (the default).
      evidenceRequired: false,
      periods: codes.map((period, i) => ({ period, opensAt: at(-1), dataEntry: at(i + 1 + (period === 'YEAR' ? 13 : 0)), verification: at(30 + i), disputeResolution: at(60 + i) })),
    });
  }

  /** The played periods' dates set to the real year's, as the admin would record them (audited). */
  private async record(cycleId: number, year: number): Promise<void> {
    const admin = this.people.find((p) => p.role === Role.ADMIN)!;
    for (const [period, [opensAt, dataEntry, verification, disputeResolution]] of Object.entries(RECORDED[year])) {
      await this.cycles.changePeriodDeadlines(admin, cycleId, period, { opensAt, dataEntry, verification, disputeResolution, reason: `Dữ liệu mẫu: ghi lại các mốc thời gian thực tế của năm ${year}` });
    }
  }

  /** Every party enters its part of every submission of the cycle, each through one import. */
  private async fill(cycleId: number, year: number): Promise<void> {
    const units = new Map((await this.units.list({ includeInactive: true })).map((u) => [u.id, u]));
    const byCode = new Map([...units.values()].map((u) => [u.code, u.id]));
    const entries: DemoEntry[] = [];
    for (const s of await this.list(cycleId)) {
      const framework = (await this.frameworks.get(s.frameworkCode, s.frameworkVersion)).definition;
      for (const v of demoValues(framework, units.get(s.unitId)!.code, year, s.period)) {
        const actor = v.supplier === 'UNIT' ? this.person(Role.UNIT_OFFICER, s.unitId) : this.person(Role.SOURCE_AGENCY, byCode.get(v.supplier)!);
        entries.push({ actor, submissionId: s.id, code: v.code, key: v.key, cell: v.value });
      }
    }
    await enterAsImports(this.bulk, cycleId, entries);
    await this.fillFigures(cycleId, year);
  }

  /** Appendix III: every assessing agency gives its own figure for its indicators of every unit, in one go. */
  private async fillFigures(cycleId: number, year: number): Promise<void> {
    const units = new Map((await this.units.list({ includeInactive: true })).map((u) => [u.id, u]));
    const byCode = new Map([...units.values()].map((u) => [u.code, u.id]));
    const perAgency = new Map<string, { submissionId: number; code: string; values: Record<string, VariableValue>; rows: number[] }[]>();
    for (const s of await this.list(cycleId)) {
      const framework = (await this.frameworks.get(s.frameworkCode, s.frameworkVersion)).definition;
      for (const f of demoFigures(framework, units.get(s.unitId)!.code, year, s.period)) {
        const list = perAgency.get(f.agency) ?? [];
        list.push({ submissionId: s.id, code: f.code, values: f.values, rows: [list.length + 2] });
        perAgency.set(f.agency, list);
      }
    }
    for (const [agency, figures] of perAgency) {
      const result = await this.figures.enterMany(this.person(Role.SOURCE_AGENCY, byCode.get(agency)!), cycleId, figures, false);
      if (result.problems.length) throw new Error(`demo figures refused: ${JSON.stringify(result.problems.slice(0, 3))}`);
    }
  }

  /** From draft: both parts declared complete, submitted by the head, taken up by the reviewer. */
  private async submit(s: Submission): Promise<void> {
    await this.submissions.applyEvent(this.person(Role.UNIT_OFFICER, s.unitId), s.id, { type: 'UNIT_PART_COMPLETE' });
    for (const agency of (s.state.context as { agencies: number[] }).agencies) {
      await this.submissions.applyEvent(this.person(Role.SOURCE_AGENCY, agency), s.id, { type: 'AGENCY_PART_COMPLETE' });
    }
    await this.submissions.applyEvent(this.person(Role.UNIT_HEAD, s.unitId), s.id, { type: 'SUBMIT' });
  }

  /** The reviewer accepts every self score (one changed, with its reason, where asked) and verifies. */
  private async verify(anyReviewer: AuthenticatedUser, s: Submission, change = false): Promise<void> {
    const reviewer = await this.reviewerFor(anyReviewer, s);
    await this.submissions.applyEvent(reviewer, s.id, { type: 'START_VERIFICATION' });
    if (change) {
      const target = (await this.verification.view(reviewer, s.id)).indicators.find((i) => (i.self.points ?? 0) >= 2)!;
      await this.verification.record(reviewer, s.id, target.code, { points: Math.floor(target.self.points! / 2), reason: 'Tài liệu kiểm chứng chỉ chứng minh được một phần kết quả' });
    }
    await this.verification.acceptUnchanged(reviewer, s.id);
    await this.verification.verify(reviewer, s.id);
  }

  private async toFinal(reviewer: AuthenticatedUser, s: Submission): Promise<void> {
    await this.submit(s);
    await this.verify(reviewer, s);
    await this.submissions.applyEvent(this.person(Role.UNIT_HEAD, s.unitId), s.id, { type: 'ACCEPT' });
  }

  /** The year's submissions in every state a newcomer should see. */
  private async spread(anyReviewer: AuthenticatedUser, s: Submission, i: number): Promise<void> {
    // Sở TTTT's own submission is kept simple: verified by the committee, like the first half.
    if (s.unitId === anyReviewer.unitId) return this.toFinal(anyReviewer, s);
    const reviewer = anyReviewer;
    const head = this.person(Role.UNIT_HEAD, s.unitId);
    switch (i % 6) {
      case 0:
        return; // still a draft
      case 1:
        return this.submit(s);
      case 2: {
        await this.submit(s);
        await this.submissions.applyEvent(reviewer, s.id, { type: 'START_VERIFICATION' });
        // One of the unit's own indicators and, where there is one, an indicator an agency assesses:
        // both the unit and that agency then have a returned item on their screens.
        const codes = (await this.verification.view(reviewer, s.id)).indicators.map((r) => r.code);
        const framework = (await this.frameworks.get(s.frameworkCode, s.frameworkVersion)).definition;
        const reviewing = (await this.units.get(reviewer.unitId)).code;
        const assessed = flatten(framework.indicators).find((d) => codes.includes(d.code) && assessorsOfIndicator(d).some((a) => a.agency !== reviewing))?.code;
        const indicators = [codes[0], ...(assessed && assessed !== codes[0] ? [assessed] : [])];
        await this.submissions.applyEvent(reviewer, s.id, { type: 'RETURN', indicators, reason: 'Đề nghị bổ sung văn bản kèm theo số liệu' });
        return;
      }
      case 3:
        await this.submit(s);
        return this.verify(reviewer, s, true);
      default: {
        await this.submit(s);
        await this.verify(reviewer, s, true);
        const changed = (await this.verification.view(head, s.id)).indicators.find((x) => x.verified && !x.verified.accepted)!;
        await this.disputes.open(head, s.id, { indicators: [changed.code], explanation: 'Đơn vị đã gửi bổ sung quyết định phê duyệt, đề nghị xem xét lại điểm' });
        await this.disputes.addMessage(reviewer, s.id, changed.code, { body: 'Đã nhận tài liệu bổ sung, đang xem xét.' });
        if (i % 6 === 4) return; // the dispute still open
        await this.disputes.resolveItem(reviewer, s.id, changed.code, { outcome: 'UPHELD', points: changed.self.points!, reason: 'Tài liệu bổ sung chứng minh đầy đủ kết quả' });
        await this.disputes.close(reviewer, s.id);
        await this.submissions.applyEvent(reviewer, s.id, { type: 'FINALIZE' });
      }
    }
  }

  /** Nobody verifies their own unit: Sở TTTT's submission goes to the committee's reviewer, designated by the admin. */
  private async reviewerFor(reviewer: AuthenticatedUser, s: Submission): Promise<AuthenticatedUser> {
    if (s.unitId !== reviewer.unitId) return reviewer;
    const outsider = this.people.find((p) => p.username === 'thamdinh.bcd')!;
    await this.submissions.designateReviewer(this.people.find((p) => p.role === Role.ADMIN)!, s.id, outsider.id, 'Hồ sơ của chính cơ quan thẩm định');
    return outsider;
  }

  private list(cycleId: number): Promise<Submission[]> {
    return this.submissions.listForCycle(this.people.find((p) => p.role === Role.ADMIN)!, cycleId);
  }

  private person(role: Role, unitId: number): AuthenticatedUser {
    const found = this.people.find((p) => p.role === role && p.unitId === unitId);
    if (!found) throw new Error(`demo: no ${role} account for unit ${unitId}`);
    return found;
  }
}
