import { Injectable, Logger } from '@nestjs/common';
import { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { Role } from '../../src/access/role.enum.js';
import { CycleService } from '../cycles/cycle.service.js';
import { FrameworkService } from '../frameworks/framework.service.js';
import { ConsolidationService } from '../results/consolidation.service.js';
import { PublicationService } from '../results/publication.service.js';
import { BulkEntryService, ImportedValue } from '../submissions/bulk-entry.service.js';
import { DisputeService } from '../submissions/dispute.service.js';
import type { Submission } from '../submissions/submission.entity.js';
import { SubmissionService } from '../submissions/submission.service.js';
import { VerificationService } from '../submissions/verification.service.js';
import { UnitService } from '../units/unit.service.js';
import { UserService } from '../users/user.service.js';
import { demoValues } from './demo-values.js';

const DAY = 24 * 60 * 60 * 1000;
const FRAMEWORKS = [{ unitKind: 'DEPARTMENT', code: 'department' }, { unitKind: 'DISTRICT', code: 'district' }];

/**
 * The demo's two years, played through the same services people use, as the demo accounts:
 * 2023 entered, moved on by its deadlines, verified, consolidated, approved and published;
 * 2024 (deadlines counted from the day the demo first starts) with its first half final and the
 * year's submissions spread over every state — drafts, returns, disputes — and the ranking
 * waiting for the chair.
 */
@Injectable()
export class DemoCyclesService {
  private readonly logger = new Logger('DemoSeed');
  private people: AuthenticatedUser[] = [];

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
  ) {}

  async seed(): Promise<void> {
    if ((await this.cycles.list()).length) return;
    this.people = (await this.users.list()).map((u) => ({ id: u.id, username: u.username, role: u.role, unitId: u.unitId }));
    const [admin, reviewer, chair] = ['admin', 'thamdinh.sotttt', 'chutich'].map((name) => this.people.find((p) => p.username === name)!);
    const started = Date.now();

    const y2023 = await this.cycles.open(admin, {
      code: 'DTI-2023', year: 2023, name: 'Đánh giá chỉ số chuyển đổi số năm 2023', frameworks: FRAMEWORKS, periods: ['YEAR'],
      deadlines: { dataEntry: '2024-01-15T16:59:59Z', verification: '2024-02-15T16:59:59Z', disputeWindow: '2024-02-29T16:59:59Z', disputeResolution: '2024-03-15T16:59:59Z' },
    });
    await this.fill(y2023.id, 2023);
    await this.submissions.advanceByDeadlines(new Date()); // the data-entry deadline has long passed
    for (const s of await this.list(y2023.id)) await this.verify(reviewer, s);
    await this.submissions.advanceByDeadlines(new Date()); // and so has the dispute window
    await this.consolidation.run(reviewer, y2023.id);
    await this.publication.sendToChair(reviewer, y2023.id);
    await this.publication.approve(chair, y2023.id);
    await this.publication.publish(chair, y2023.id);

    const at = (days: number) => new Date(started + days * DAY).toISOString();
    const y2024 = await this.cycles.open(admin, {
      code: 'DTI-2024', year: 2024, name: 'Đánh giá chỉ số chuyển đổi số năm 2024', frameworks: FRAMEWORKS, periods: ['H1', 'YEAR'],
      deadlines: { dataEntry: at(14), verification: at(28), disputeWindow: at(42), disputeResolution: at(56) },
    });
    await this.fill(y2024.id, 2024);
    const all = await this.list(y2024.id);
    for (const s of all.filter((x) => x.period === 'H1')) await this.toFinal(reviewer, s);
    const year = all.filter((x) => x.period === 'YEAR');
    for (const [i, s] of year.entries()) await this.spread(reviewer, s, i);
    await this.consolidation.run(reviewer, y2024.id);
    await this.publication.sendToChair(reviewer, y2024.id);
    this.logger.warn(`Dữ liệu mẫu: kỳ 2023 đã công bố, kỳ 2024 chờ Chủ tịch phê duyệt (${Math.round((Date.now() - started) / 1000)} giây)`);
  }

  /** Every party enters its part of every submission of the cycle, each through one import. */
  private async fill(cycleId: number, year: number): Promise<void> {
    const units = new Map((await this.units.list({ includeInactive: true })).map((u) => [u.id, u]));
    const byCode = new Map([...units.values()].map((u) => [u.code, u.id]));
    const perActor = new Map<number, ImportedValue[]>();
    for (const s of await this.list(cycleId)) {
      const framework = (await this.frameworks.get(s.frameworkCode, s.frameworkVersion)).definition;
      for (const v of demoValues(framework, units.get(s.unitId)!.code, year, s.period)) {
        const actor = v.supplier === 'UNIT' ? this.person(Role.UNIT_OFFICER, s.unitId) : this.person(Role.SOURCE_AGENCY, byCode.get(v.supplier)!);
        const list = perActor.get(actor.id) ?? [];
        list.push({ row: list.length + 2, submissionId: s.id, code: v.code, key: v.key, cell: v.value });
        perActor.set(actor.id, list);
      }
    }
    for (const [id, values] of perActor) {
      const result = await this.bulk.enter(this.people.find((p) => p.id === id)!, cycleId, values, false);
      if (result.problems.length) throw new Error(`demo values refused: ${JSON.stringify(result.problems.slice(0, 3))}`);
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
        const code = (await this.verification.view(reviewer, s.id)).indicators[0].code;
        await this.submissions.applyEvent(reviewer, s.id, { type: 'RETURN', indicators: [code], reason: 'Đề nghị bổ sung văn bản kèm theo số liệu' });
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
