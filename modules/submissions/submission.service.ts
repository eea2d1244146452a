import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { Between, DataSource, EntityManager, In, LessThanOrEqual, Repository } from 'typeorm';
import { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { Role } from '../../src/access/role.enum.js';
import { writeStateIfUnchanged } from '../../src/database/versioned-state.js';
import { DomainException } from '../../src/errors/domain.exception.js';
import { allowedEvents, decide, PersistedState, start, tagsOf } from '../../workflows/persisted-machine.js';
import { SubmissionContext, SubmissionEvent, submissionMachine } from '../../workflows/submission.machine.js';
import { AuditService } from '../audit/audit.service.js';
import { UserService } from '../users/user.service.js';
import { FrameworkService } from '../frameworks/framework.service.js';
import { flatten } from '../scoring/engine/framework-validator.js';
import { assessorsOfIndicator, partiesToCorrect, reportersOfIndicator } from '../scoring/engine/parties.js';
import { UnitService } from '../units/unit.service.js';
import { NotificationService } from '../notifications/notification.service.js';
import { AssessmentCycle } from '../cycles/assessment-cycle.entity.js';
import { noticeFor, type NoticeFacts } from './submission-notices.js';
import { submissionDeadlines } from './submission-deadlines.js';
import { scoreUnit } from '../scoring/engine/score-unit.js';
import { Evidence } from './evidence.entity.js';
import { IndicatorValue } from './indicator-value.entity.js';
import { readiness, Readiness } from './submission-readiness.js';
import { inputsOf } from './submission-results.service.js';
import { SubmissionEventDto } from './submission-event.dto.js';
import { Submission } from './submission.entity.js';
import { EVENT_LABELS, EVENT_NEEDS, statusLabel, SYSTEM_EVENTS } from './submission-labels.js';
import { AllowedMove, SubmissionView } from './submission.view.js';
import { ABILITIES, CycleFacts, movesFor, viewOf } from './submission-moves.js';
import { periodOf } from './submission-period.js';
import { SubmissionErrors } from './submission.errors.js';

/** Roles that work across units; source agencies see where they supply, the others their own unit. */
const CROSS_UNIT_ROLES = [Role.ADMIN, Role.REVIEWER, Role.CHAIR];

/** A move as people ask for it: the route's body, or VERIFY from the verification service. */
type EventInput = Omit<SubmissionEventDto, 'type'> & { type: SubmissionEventDto['type'] | 'VERIFY' | 'DISPUTE' | 'RESOLVE_DISPUTE' };

export interface NewSubmission {
  cycleId: number;
  unitId: number;
  period: string;
  frameworkCode: string;
  frameworkVersion: number;
  /** Unit ids of the source agencies that report part of it. */
  agencies: number[];
  /** Unit ids of the agencies that assess some of its indicators (Appendix III). */
  assessors: number[];
  disputeWorkingDays: number;
  evidenceRequired: boolean;
  deadlines: SubmissionContext['deadlines'];
}

/** Audit actions of the reviewer's verdicts, hidden from the unit until the result is sent. */
const REVIEWER_WORK = ['SUBMISSION.SCORE_VERIFIED', 'SUBMISSION.UNCHANGED_ACCEPTED'];

@Injectable()
export class SubmissionService {
  constructor(
    @InjectRepository(Submission) private readonly submissions: Repository<Submission>,
    @InjectRepository(IndicatorValue) private readonly values: Repository<IndicatorValue>,
    @InjectRepository(Evidence) private readonly evidence: Repository<Evidence>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly users: UserService,
    private readonly frameworks: FrameworkService,
    private readonly units: UnitService,
    private readonly notifications: NotificationService,
  ) {}

  /** Called by the cycle service inside its transaction: one draft per unit and period. */
  async createMany(em: EntityManager, rows: NewSubmission[]): Promise<number> {
    const repo = em.getRepository(Submission);
    for (const { deadlines, agencies, assessors, disputeWorkingDays, evidenceRequired, ...row } of rows) {
      const state = start(submissionMachine, { unitId: row.unitId, designatedReviewerId: null, agencies, assessors, disputeWorkingDays, evidenceRequired, deadlines });
      await repo.save(repo.create({ ...row, state, status: 'draft', ...submissionDeadlines(state) }));
    }
    return rows.length;
  }

  /** A source agency sees the submissions it supplies a part of; units their own; the others all. */
  async listForCycle(actor: AuthenticatedUser, cycleId: number): Promise<Submission[]> {
    const own = CROSS_UNIT_ROLES.includes(actor.role) || actor.role === Role.SOURCE_AGENCY ? {} : { unitId: actor.unitId };
    const rows = await this.submissions.find({ where: { cycleId, ...own }, order: { unitId: 'ASC', id: 'ASC' } });
    return rows.filter((s) => this.maySee(actor, s));
  }

  /** The cycle's submissions as this person sees them, each with the moves open to them. */
  async list(actor: AuthenticatedUser, cycleId: number): Promise<SubmissionView[]> {
    const rows = await this.listForCycle(actor, cycleId);
    const who = await this.actorOf(actor);
    const cycle = await this.cycleFacts(cycleId);
    return rows.map((s) => viewOf(who, s, cycle));
  }

  /** One submission as the screens read it: what its state means and what this person may do now. */
  async show(actor: AuthenticatedUser, id: number): Promise<SubmissionView> {
    return this.present(actor, await this.get(actor, id));
  }

  /** The moves open to this person on each of these submissions (an agency's rows, a unit's reports). */
  async movesOf(actor: AuthenticatedUser, rows: Submission[]): Promise<Map<number, AllowedMove[]>> {
    const who = await this.actorOf(actor);
    const published = new Map<number, boolean>();
    for (const cycleId of new Set(rows.map((r) => r.cycleId))) published.set(cycleId, await this.cyclePublished(cycleId));
    const at = new Date().toISOString();
    return new Map(rows.map((r) => [r.id, movesFor(r, who, at, { cyclePublished: published.get(r.cycleId)! })]));
  }

  async present(actor: AuthenticatedUser, submission: Submission): Promise<SubmissionView> {
    return viewOf(await this.actorOf(actor), submission, await this.cycleFacts(submission.cycleId));
  }

  /** The statechart's actor for this person: a unit officer may be the head's named deputy. */
  private async actorOf(actor: AuthenticatedUser): Promise<SubmissionEvent['by']> {
    const deputyHead = actor.role === Role.UNIT_OFFICER && (await this.users.get(actor.id)).isDeputyHead;
    return { kind: 'USER', userId: actor.id, role: actor.role, unitId: actor.unitId, deputyHead };
  }

  /**
   * What a view needs of the cycle: whether it is published (a result is reopened for a correction
   * only then) and the period's verification and dispute-resolution deadlines (overdue reports).
   */
  private async cycleFacts(cycleId: number): Promise<CycleFacts> {
    const cycle = await this.dataSource.getRepository(AssessmentCycle).findOne({ select: { id: true, status: true, deadlines: true }, where: { id: cycleId } });
    return { published: cycle?.status === 'published', deadlines: cycle?.deadlines ?? {} };
  }

  private async cyclePublished(cycleId: number): Promise<boolean> {
    return (await this.cycleFacts(cycleId)).published;
  }

  /** The units evaluated in a cycle (those with a report in it): who hears of its publication. */
  async unitIdsOf(cycleId: number): Promise<number[]> {
    const rows: { unitId: number }[] = await this.submissions.createQueryBuilder('s').select('DISTINCT s.unitId', 'unitId').where({ cycleId }).getRawMany();
    return rows.map((r) => Number(r.unitId)).sort((a, b) => a - b);
  }

  /**
   * For the reminder job (no person's view): drafts whose data-entry deadline falls in the window,
   * and what waits for a reviewer. Read through the indexed columns, not every snapshot.
   */
  forReminders(after: Date, until: Date): Promise<Submission[]> {
    return this.submissions.find({
      where: [{ status: 'draft', dataEntryDue: Between(after, until) }, { status: In(['submitted', 'underVerification', 'disputed', 'disputeResolved']) }],
      order: { id: 'ASC' },
    });
  }

  /** One unit's report of one period in a cycle, if this person may see it. */
  async findReport(actor: AuthenticatedUser, cycleId: number, unitId: number, period: string): Promise<Submission | null> {
    const found = await this.submissions.findOneBy({ cycleId, unitId, period });
    return found && this.maySee(actor, found) ? found : null;
  }

  /** Another unit's submission answers 404, as if it did not exist: nothing is revealed. */
  async get(actor: AuthenticatedUser, id: number): Promise<Submission> {
    const submission = await this.submissions.findOneBy({ id });
    if (!submission || !this.maySee(actor, submission)) throw new DomainException(SubmissionErrors.NOT_FOUND, { id });
    return submission;
  }

  private maySee(actor: AuthenticatedUser, submission: Submission): boolean {
    if (actor.role === Role.SOURCE_AGENCY) {
      const context = submission.state.context as SubmissionContext;
      return [...(context.agencies ?? []), ...(context.assessors ?? [])].includes(actor.unitId);
    }
    return CROSS_UNIT_ROLES.includes(actor.role) || submission.unitId === actor.unitId;
  }

  /** Who did what to this submission, oldest first: visible to whoever may see the submission. */
  async history(actor: AuthenticatedUser, id: number) {
    const submission = await this.get(actor, id);
    const entries = await this.audit.trailOf('submission', String(id));
    if (actor.role !== Role.UNIT_OFFICER && actor.role !== Role.UNIT_HEAD) return entries;
    // As /verification and /agency-figures: the unit reads the reviewer's work once the result is
    // sent, and never the assessing agencies' own figures.
    const sent = tagsOf(submissionMachine, submission.state).includes('resultSent');
    return entries.filter((e) => e.action !== 'SUBMISSION.AGENCY_FIGURE_ENTERED' && (sent || !REVIEWER_WORK.includes(e.action)));
  }

  /**
   * Conflict of interest: the reviewing agency's own submission is verified by someone the admin
   * designates from outside it. Stored in the statechart's context, where the guards read it.
   */
  async designateReviewer(actor: AuthenticatedUser, id: number, reviewerId: number, reason: string) {
    const submission = await this.get(actor, id);
    const reviewer = await this.users.get(reviewerId);
    if (!reviewer.isActive || reviewer.role !== Role.REVIEWER || reviewer.unitId === submission.unitId) {
      throw new DomainException(SubmissionErrors.REVIEWER_NOT_INDEPENDENT, { reviewerId: reviewer.id });
    }
    const state = { ...submission.state, context: { ...(submission.state.context as SubmissionContext), designatedReviewerId: reviewer.id } };
    return this.dataSource.transaction(async (em) => {
      await this.writeState(em, submission, state, submission.status);
      await this.audit.record(actor, { action: 'SUBMISSION.REVIEWER_DESIGNATED', entityType: 'submission', entityId: id, after: { reviewerId: reviewer.id }, reason }, em);
      return em.getRepository(Submission).findOneByOrFail({ id });
    }).then((saved) => this.present(actor, saved));
  }

  /**
   * Restore the snapshot, ask the machine, then persist the next state only if nobody changed
   * the submission since it was read (version check), in the same transaction as its audit entry.
   */
  async applyEvent(
    actor: AuthenticatedUser,
    id: number,
    dto: EventInput,
    facts: object = {},
    /** Bookkeeping that must land with the move or not at all (a dispute's items). */
    within?: (em: EntityManager) => Promise<void>,
  ): Promise<SubmissionView> {
    const submission = await this.get(actor, id);
    if (dto.type === 'RETURN') facts = { ...facts, ...(await this.returnParties(submission, dto.indicators ?? [], dto.to)) };
    if (dto.type === 'REOPEN_FOR_CORRECTION') facts = { ...facts, cyclePublished: await this.cyclePublished(submission.cycleId) };
    // Facts the service established (completeness) come last: nothing in a request can override them.
    const event = {
      ...dto,
      indicators: dto.indicators ?? [],
      reason: dto.reason ?? '',
      explanation: dto.explanation ?? '',
      ...facts,
      by: await this.actorOf(actor),
      at: new Date().toISOString(),
    } as SubmissionEvent;
    const decision = this.decideOrRefuse(submission, event);
    if (dto.type === 'SUBMIT') await this.requireReady(submission);
    const saved = await this.dataSource.transaction(async (em) => {
      await this.writeState(em, submission, decision.next, decision.status);
      await within?.(em);
      await this.tell(em, actor, submission, dto.type, decision.next.context as SubmissionContext, event);
      await this.audit.record(
        actor,
        {
          action: `SUBMISSION.${dto.type}`,
          entityType: 'submission',
          entityId: id,
          before: { status: submission.status },
          after: { status: decision.status, indicators: dto.indicators },
          reason: dto.reason ?? dto.explanation ?? null,
        },
        em,
      );
      return em.getRepository(Submission).findOneByOrFail({ id });
    });
    return this.present(actor, saved);
  }

  /**
   * A message in a dispute thread reaches every party of that indicator but its writer: the unit,
   * the reviewers, and the agencies that report or assess it. In the message's transaction.
   */
  async tellThread(em: EntityManager, actor: AuthenticatedUser, submission: Submission, code: string, body: string): Promise<void> {
    const def = flatten((await this.frameworks.get(submission.frameworkCode, submission.frameworkVersion)).definition.indicators).find((d) => d.code === code);
    const codes = def ? [...reportersOfIndicator(def), ...assessorsOfIndicator(def).map((a) => a.agency)].filter((c) => c !== 'UNIT') : [];
    const threadAgencies = (await this.units.byCodes([...new Set(codes)])).map((u) => u.id);
    const by = await this.actorOf(actor);
    await this.tell(em, actor, submission, 'DISPUTE_MESSAGE', submission.state.context as SubmissionContext, { type: 'DISPUTE_MESSAGE', by, at: new Date().toISOString() }, { indicators: [code], reason: body, threadAgencies });
  }

  /** The notifications a move brings, written with it; `actor` null is the system (a deadline), and everyone concerned is told. */
  private async tell(em: EntityManager, actor: AuthenticatedUser | null, submission: Submission, type: string, context: SubmissionContext, event: SubmissionEvent, more: Partial<NoticeFacts> = {}) {
    const notice = noticeFor(type, {
      submissionId: submission.id,
      unitId: submission.unitId,
      unitName: (await this.units.get(submission.unitId)).name,
      period: submission.period,
      cycleName: (await em.getRepository(AssessmentCycle).findOneBy({ id: submission.cycleId }))?.name ?? '',
      context,
      indicators: 'indicators' in event ? event.indicators : [],
      reason: 'reason' in event ? (event.reason ?? '') : 'explanation' in event ? event.explanation : '',
      reviewingUnitId: await this.units.reviewingUnitId(),
      agencyId: event.by.kind === 'USER' && event.by.role === Role.SOURCE_AGENCY ? event.by.unitId : undefined,
      ...more,
    });
    if (notice) await this.notifications.notify(em, notice.to, notice.message, actor?.id);
  }

  /** What the unit still owes (missing values score 0; missing evidence blocks SUBMIT). */
  async readiness(actor: AuthenticatedUser, id: number): Promise<Readiness> {
    return this.readinessOf(await this.get(actor, id));
  }

  private async readinessOf(submission: Submission): Promise<Readiness> {
    const framework = (await this.frameworks.get(submission.frameworkCode, submission.frameworkVersion)).definition;
    const inputs = inputsOf(await this.values.findBy({ submissionId: submission.id }));
    const withEvidence = new Set((await this.evidence.find({ select: { indicatorCode: true }, where: { submissionId: submission.id } })).map((e) => e.indicatorCode));
    const required = (submission.state.context as SubmissionContext).evidenceRequired ?? false;
    return readiness(framework, submission.period, inputs, scoreUnit(framework, inputs, undefined, periodOf(submission)), withEvidence, required);
  }

  private async requireReady(submission: Submission): Promise<void> {
    const r = await this.readinessOf(submission);
    if (!r.missingEvidence.length) return;
    const shown = r.missingEvidence.slice(0, 15).map((m) => m.code).join(', ');
    const more = r.missingEvidence.length > 15 ? ` và ${r.missingEvidence.length - 15} chỉ số khác` : '';
    throw new DomainException(SubmissionErrors.EVIDENCE_MISSING, r, { vi: `${shown}${more}`, en: `${r.missingEvidence.map((m) => m.code).join(', ')}` });
  }

  /**
   * Who must correct a return: the parties that reported the indicators named, or those the
   * reviewer chose among the ones that report or assess them (parties.ts decides).
   */
  private async returnParties(submission: Submission, codes: string[], to?: string[]): Promise<{ unitAwaited: boolean; awaiting: number[] }> {
    const framework = (await this.frameworks.get(submission.frameworkCode, submission.frameworkVersion)).definition;
    const all = flatten(framework.indicators);
    const unknown = codes.filter((c) => !all.some((d) => d.code === c && !d.children));
    if (unknown.length) throw new DomainException(SubmissionErrors.INDICATOR_NOT_FOUND, { codes: unknown });
    const parties = partiesToCorrect(all.filter((d) => codes.includes(d.code)), to);
    const agencies = await this.units.byCodes(parties.agencies);
    return { unitAwaited: parties.unit, awaiting: agencies.map((u) => u.id) };
  }

  /** Extends one submission's deadlines (never shortens them), with the reason, in the statechart's context. */
  async extendDeadlines(actor: AuthenticatedUser, id: number, changes: Partial<SubmissionContext['deadlines']>, reason: string) {
    const submission = await this.get(actor, id);
    const context = submission.state.context as SubmissionContext;
    const utc = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined).map(([k, v]) => [k, new Date(v!).toISOString()]));
    // A dispute window opens only when the result is sent: before that there is nothing to extend.
    const later = Object.entries(utc).every(([k, v]) => {
      const current = context.deadlines[k as keyof SubmissionContext['deadlines']];
      return !!current && Date.parse(v) > Date.parse(current);
    });
    if (!Object.keys(utc).length || !later) throw new DomainException(SubmissionErrors.EXTENSION_NOT_LATER, { current: context.deadlines });
    const deadlines = { ...context.deadlines, ...utc };
    return this.dataSource.transaction(async (em) => {
      await this.writeState(em, submission, { ...submission.state, context: { ...context, deadlines } }, submission.status);
      await this.audit.record(actor, { action: 'SUBMISSION.DEADLINE_EXTENDED', entityType: 'submission', entityId: id, before: context.deadlines, after: deadlines, reason: reason.trim() }, em);
      return em.getRepository(Submission).findOneByOrFail({ id });
    }).then((saved) => this.present(actor, saved));
  }

  /**
   * An admin moved a reporting period's dates: its drafts follow. A submission whose own date was
   * extended past the new one keeps its extension. Inside the cycle service's transaction.
   */
  async followPeriodDates(em: EntityManager, cycleId: number, period: string, before: { opensAt: string; dataEntry: string }, after: { opensAt: string; dataEntry: string }): Promise<number> {
    const rows = await em.getRepository(Submission).findBy({ cycleId, period, status: 'draft' });
    let moved = 0;
    for (const submission of rows) {
      const context = submission.state.context as SubmissionContext;
      const own = context.deadlines.dataEntry;
      const dataEntry = own === before.dataEntry || Date.parse(own) < Date.parse(after.dataEntry) ? after.dataEntry : own;
      const deadlines = { ...context.deadlines, opensAt: after.opensAt, dataEntry };
      if (deadlines.dataEntry === own && deadlines.opensAt === context.deadlines.opensAt) continue;
      await this.writeState(em, submission, { ...submission.state, context: { ...context, deadlines } }, submission.status);
      moved++;
    }
    return moved;
  }

  /**
   * The deadline job: every verified submission past its dispute window becomes final. Drafts
   * past their data-entry deadline are not closed here: the reviewer closes them, with the reason
   * (CLOSE_UNSUBMITTED), so that nothing is closed silently. Idempotent: the statechart refuses a
   * move that no longer applies, and a lost race is skipped.
   */
  async advanceByDeadlines(now: Date): Promise<{ moved: number }> {
    // Only what is due: the indexed column narrows, the statechart decides.
    const candidates = await this.submissions.find({ where: { status: 'verified', disputeWindowCloses: LessThanOrEqual(now) } });
    let moved = 0;
    for (const submission of candidates) {
      const type = 'DISPUTE_WINDOW_CLOSED';
      const event: SubmissionEvent = { type, by: { kind: 'SYSTEM' }, at: now.toISOString() };
      const decision = decide(submissionMachine, submission.state, event);
      if (!decision.allowed) continue;
      try {
        await this.dataSource.transaction(async (em) => {
          await this.writeState(em, submission, decision.next, decision.status);
          // The unit hears its result is final, as when a reviewer finalises it.
          await this.tell(em, null, submission, type, decision.next.context as SubmissionContext, event);
          await this.audit.record(null, { action: `SUBMISSION.${type}`, entityType: 'submission', entityId: submission.id, before: { status: submission.status }, after: { status: decision.status } }, em);
        });
        moved++;
      } catch (error) {
        if (!(error instanceof DomainException)) throw error;
      }
    }
    return { moved };
  }

  /** For actions inside a state (recording a verified score): may this person do it now? */
  requireAllowed(actor: AuthenticatedUser, submission: Submission, type: 'RECORD_VERIFICATION' | 'RECORD_RESOLUTION' | 'DISPUTE_MESSAGE'): void {
    this.decideOrRefuse(submission, { type, by: { kind: 'USER', userId: actor.id, role: actor.role, unitId: actor.unitId }, at: new Date().toISOString() });
  }

  private decideOrRefuse(submission: Submission, event: SubmissionEvent) {
    const decision = decide(submissionMachine, submission.state, event);
    if (!decision.allowed) {
      const allowed = movesFor(submission, event.by, event.at, { cyclePublished: 'cyclePublished' in event && event.cyclePublished }).map((m) => m.type).filter((t) => !ABILITIES.includes(t));
      const vi = `hồ sơ đang ở trạng thái "${statusLabel(decision.status)}"; ${allowed.length ? `bạn có thể: ${allowed.map((e) => EVENT_LABELS[e] ?? e).join('; ')}` : 'bạn không có thao tác nào ở bước này'}`;
      const en = `the submission is ${decision.status}; ${allowed.length ? `you may: ${allowed.join(', ')}` : 'you have no move at this step'}`;
      throw new DomainException(SubmissionErrors.ILLEGAL_TRANSITION, { status: decision.status, event: event.type, possible: decision.possible, allowed }, { vi, en });
    }
    return decision;
  }

  /** Writes only if nobody changed the submission since it was read: of two concurrent moves, one lands. */
  private async writeState(em: EntityManager, submission: Submission, state: PersistedState, status: string): Promise<void> {
    if (!(await writeStateIfUnchanged(em, Submission, submission, state, status, submissionDeadlines(state)))) {
      throw new DomainException(SubmissionErrors.CONCURRENT_UPDATE, { id: submission.id });
    }
  }
}
