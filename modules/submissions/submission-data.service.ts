import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { Role } from '../../src/access/role.enum.js';
import { AccessErrors } from '../../src/errors/common.errors.js';
import { DomainException } from '../../src/errors/domain.exception.js';
import { submissionMachine, type SubmissionContext } from '../../workflows/submission.machine.js';
import { tagsOf } from '../../workflows/persisted-machine.js';
import { AuditService } from '../audit/audit.service.js';
import { FrameworkService } from '../frameworks/framework.service.js';
import { checkEntry, supplierOf } from '../scoring/engine/entry-rules.js';
import { flatten } from '../scoring/engine/framework-validator.js';
import { mayDeclareNotApplicable, reportersOfIndicator, takesPartIn } from '../scoring/engine/parties.js';
import { collectedFor, periodOf } from './submission-period.js';
import type { Framework, IndicatorDef } from '../scoring/engine/framework.types.js';
import { findScore } from '../scoring/engine/score-cycle.js';
import { scoreUnit } from '../scoring/engine/score-unit.js';
import type { UnitScore } from '../scoring/engine/score.types.js';
import { UnitService } from '../units/unit.service.js';
import { EnterValuesDto } from './enter-values.dto.js';
import { IndicatorValue } from './indicator-value.entity.js';
import { Submission } from './submission.entity.js';
import { SubmissionScore } from './submission-score.entity.js';
import { inputsOf } from './submission-results.service.js';
import { SubmissionErrors } from './submission.errors.js';
import { SubmissionService } from './submission.service.js';
import { agencyPartComplete, unitPartComplete } from './submission-parts.js';


/** What requireDataAccess establishes: the submission, who is entering ('UNIT' or an agency code), the indicator. */
export interface DataAccess {
  submission: Submission;
  party: string;
  framework: Framework;
  def: IndicatorDef;
}

/** Data entry and the self-assessment score computed from it (Điều 5a). */
@Injectable()
export class SubmissionDataService {
  constructor(
    @InjectRepository(IndicatorValue) private readonly values: Repository<IndicatorValue>,
    @InjectRepository(SubmissionScore) private readonly scores: Repository<SubmissionScore>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly submissions: SubmissionService,
    private readonly frameworks: FrameworkService,
    private readonly units: UnitService,
    private readonly audit: AuditService,
  ) {}

  async selfAssessment(actor: AuthenticatedUser, submissionId: number) {
    const submission = await this.submissions.get(actor, submissionId);
    return this.score(submission, await this.frameworkOf(submission));
  }

  /** What was entered, as the engine reads it; for services that already checked access to the submission. */
  async entered(submission: Submission) {
    return inputsOf(await this.values.findBy({ submissionId: submission.id }));
  }

  /** The indicators that score (leaves with a rule), from the framework alone: no scoring needed. */
  async scoredIndicators(actor: AuthenticatedUser, submissionId: number): Promise<{ code: string; maxPoints: number }[]> {
    const framework = await this.frameworkOf(await this.submissions.get(actor, submissionId));
    return flatten(framework.indicators).filter((d) => !d.children && d.rule).map((d) => ({ code: d.code, maxPoints: d.maxPoints }));
  }

  /**
   * Unit staff enter their unit's variables; a source agency only the variables it supplies.
   * Values are merged into what the indicator already holds, so each party keeps its own part.
   */
  async enter(actor: AuthenticatedUser, submissionId: number, code: string, dto: EnterValuesDto) {
    const access = await this.requireDataAccess(actor, submissionId, code, 'data');
    this.checkValues(access, dto);
    const stored = await this.dataSource.transaction(async (em) => ((await this.write(em, actor, access, dto)) ? this.storeScore(em, access.submission, access.framework) : null));
    const score = stored ?? (await this.score(access.submission, access.framework));
    return { indicator: findScore(score.indicators, code), total: score.total, pending: score.pending };
  }

  /** Only one's own variables, each of the right type: throws naming every problem. */
  checkValues({ party, def }: DataAccess, dto: EnterValuesDto): void {
    const entered = dto.values ?? {};
    const foreign = Object.keys(entered).filter((k) => {
      const v = def.variables!.find((x) => x.key === k);
      return v && !v.ref && supplierOf(def, v) !== party;
    });
    // Điều 5c is claimed by whoever reports the indicator: never by the unit on an agency's figures.
    // The indicator's one comment belongs to those who report it (the unit wrote over an agency's).
    const commentNotOurs = dto.comment !== undefined && !reportersOfIndicator(def).includes(party);
    if (foreign.length || commentNotOurs || (dto.notApplicable !== undefined && !mayDeclareNotApplicable(def, party))) {
      throw new DomainException(SubmissionErrors.NOT_YOUR_PART, { code: def.code, variables: foreign });
    }
    // The same checks as the score preview (checkEntry); the bounds again on the merged values in write.
    const problems = checkEntry(def, entered);
    if (problems.length) throw new DomainException(SubmissionErrors.INVALID_VALUES, problems);
  }

  /**
   * The indicator's row, created empty if need be and locked until the transaction ends: two
   * people saving parts of one indicator at once (on two instances) merge one after the other
   * instead of the later one writing back what it read before the other's save. SQLite has one
   * writer at a time and no row locks; MySQL/MariaDB take `SELECT … FOR UPDATE`.
   */
  private async lockedRow(em: EntityManager, submissionId: number, indicatorCode: string, userId: number): Promise<IndicatorValue> {
    // Insert only when missing (an insert that finds the row keeps a shared lock, and two of those
    // both asking for the row's update lock would deadlock); a concurrent first save may insert it
    // first, which IGNORE turns into the row we then read and lock like any other.
    if (!(await em.getRepository(IndicatorValue).existsBy({ submissionId, indicatorCode }))) {
      await em.createQueryBuilder().insert().into(IndicatorValue).values({ submissionId, indicatorCode, values: {}, updatedById: userId }).orIgnore().execute();
    }
    return em.getRepository(IndicatorValue).findOneOrFail({ where: { submissionId, indicatorCode }, ...(this.rowLocks(em) ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  /**
   * Merges the values into the indicator's row and records the change, in the caller's
   * transaction; true when something changed, and then the caller stores the submission's score
   * (storeScore) before committing: once per submission, however many indicators it wrote.
   */
  async write(em: EntityManager, actor: AuthenticatedUser, { submission, def }: DataAccess, dto: EnterValuesDto): Promise<boolean> {
    const [submissionId, code] = [submission.id, def.code];
    const repo = em.getRepository(IndicatorValue);
    await this.lockSubmission(em, submissionId);
    const existing = await this.lockedRow(em, submissionId, code, actor.id);
    const blank = !Object.keys(existing.values ?? {}).length && !existing.notApplicable && !existing.comment;
    const before = blank ? null : { values: existing.values, notApplicable: existing.notApplicable, comment: existing.comment };
    const merged = { ...(existing?.values ?? {}), ...(dto.values ?? {}) };
    // Read in the transaction: the other party's part may have just been saved.
    const bounds = checkEntry(def, dto.values ?? {}, existing?.values ?? {});
    if (bounds.length) throw new DomainException(SubmissionErrors.INVALID_VALUES, bounds);
    const row = {
      values: merged,
      notApplicable: dto.notApplicable === undefined ? existing.notApplicable : dto.notApplicable.trim() || null,
      comment: dto.comment === undefined ? existing.comment : dto.comment.trim() || null,
      updatedById: actor.id,
    };
    const after = { values: row.values, notApplicable: row.notApplicable, comment: row.comment };
    // Saving what is already there (a form saved twice, a template uploaded again) changes nothing
    // and leaves no audit entry: the history shows changes, not clicks.
    if (sameEntry(after, { values: existing.values ?? {}, notApplicable: existing.notApplicable, comment: existing.comment })) return false;
    // An UPDATE by id, not save(): save() first looks the row up in the transaction's snapshot,
    // which predates a row another instance has just created, and would then try to insert it.
    await repo.update({ id: existing.id }, row);
    await this.audit.record(actor, { action: 'SUBMISSION.VALUES_ENTERED', entityType: 'submission', entityId: submissionId, before: { indicator: code, ...before }, after: { indicator: code, ...after } }, em);
    return true;
  }

  /**
   * Scores the submission from its values as they now are and stores the result, in the caller's
   * transaction, which holds the submission's lock (write, or score below): two saves on two
   * instances cannot each store a score missing the other's value. The values are read with a
   * locking read, which sees the latest committed rows whatever the transaction read before.
   */
  async storeScore(em: EntityManager, submission: Submission, framework: Framework): Promise<UnitScore> {
    const rows = await em.getRepository(IndicatorValue).find({ where: { submissionId: submission.id }, ...(this.rowLocks(em) ? { lock: { mode: 'pessimistic_read' as const } } : {}) });
    const score = scoreUnit(framework, inputsOf(rows), undefined, periodOf(submission));
    await em.getRepository(SubmissionScore).upsert({ submissionId: submission.id, score }, ['submissionId']);
    return score;
  }

  /**
   * Value writes and score computations of one submission take turns: the submission's row is
   * locked first (MySQL/MariaDB; SQLite has one writer at a time). Workflow moves are not held
   * up for long: they check the row's version, which a value write leaves alone.
   */
  private async lockSubmission(em: EntityManager, submissionId: number): Promise<void> {
    if (this.rowLocks(em)) await em.getRepository(Submission).findOne({ select: { id: true }, where: { id: submissionId }, lock: { mode: 'pessimistic_write' } });
  }

  private rowLocks(em: EntityManager): boolean {
    return !['sqlite', 'better-sqlite3'].includes(em.connection.options.type);
  }

  /**
   * One's own part across the cycle: for a source agency every unit it supplies, for unit staff
   * their unit's submissions; the variables owed, what is entered so far, whether the part is declared done.
   */
  async myPart(actor: AuthenticatedUser, cycleId: number) {
    const party = await this.partyOf(actor);
    const submissions = await this.submissions.listForCycle(actor, cycleId);
    const rows = submissions.length ? await this.values.findBy({ submissionId: In(submissions.map((s) => s.id)) }) : [];
    const units = new Map((await this.units.list({ includeInactive: true })).map((u) => [u.id, u]));
    const moves = await this.submissions.movesOf(actor, submissions);
    const out = [];
    for (const submission of submissions) {
      const framework = await this.frameworkOf(submission);
      const indicators = flatten(framework.indicators)
        .filter((def) => collectedFor(submission, def))
        .map((def) => {
          const row = rows.find((r) => r.submissionId === submission.id && r.indicatorCode === def.code);
          const entered = row?.values ?? {};
          const owed = (def.variables ?? []).filter((v) => !v.ref && supplierOf(def, v) === party);
          return {
            code: def.code,
            name: def.name,
            variables: owed.map((v) => ({ key: v.key, label: v.label, type: v.type, value: entered[v.key] ?? null })),
            // Điều 5c's claim, where this party may make it (the one who reports the indicator)
            notApplicable: row?.notApplicable ?? null,
            comment: row?.comment ?? null,
            mayDeclareNotApplicable: !!def.notApplicableAllowed && mayDeclareNotApplicable(def, party),
          };
        })
        .filter((i) => i.variables.length);
      const unit = units.get(submission.unitId);
      out.push({
        submissionId: submission.id,
        unit: { id: submission.unitId, code: unit?.code, name: unit?.name },
        period: submission.period,
        status: submission.status,
        partDone: party === 'UNIT' ? unitPartComplete(submission) : agencyPartComplete(submission, actor.unitId),
        missing: indicators.reduce((n, i) => n + i.variables.filter((v) => v.value === null).length, 0),
        indicators,
        // Send, reopen or resend the part from the list itself: the statechart's answer for this person.
        allowed: moves.get(submission.id) ?? [],
        tags: tagsOf(submissionMachine, submission.state),
      });
    }
    return out;
  }

  /**
   * May this person supply data or evidence for this indicator now? Returns who they supply as
   * ('UNIT' or the agency's code) with the submission and the indicator's definition.
   */
  async requireDataAccess(actor: AuthenticatedUser, submissionId: number, code: string, purpose: 'data' | 'evidence'): Promise<DataAccess> {
    const submission = await this.submissions.get(actor, submissionId);
    const party = await this.partyOf(actor);
    const framework = await this.frameworkOf(submission);
    const def = flatten(framework.indicators).find((d) => d.code === code && !d.children && d.variables?.length);
    if (!def) throw new DomainException(SubmissionErrors.INDICATOR_NOT_FOUND, { code });
    if (!collectedFor(submission, def)) {
      throw new DomainException(SubmissionErrors.NOT_IN_PERIOD, { code, period: submission.period, periods: def.periods });
    }
    this.requireEditable(submission, code, party === 'UNIT' ? null : actor.unitId, purpose);
    // Each party writes data and evidence only where it supplies a variable; the unit also adds
    // evidence to an indicator it disputes, whoever supplied it (the dispute is the unit's).
    const disputing = party === 'UNIT' && purpose === 'evidence' && tagsOf(submissionMachine, submission.state).includes('disputeOpen');
    if (!disputing && !def.variables!.some((v) => !v.ref && supplierOf(def, v) === party)) {
      throw new DomainException(SubmissionErrors.NOT_YOUR_PART, { code });
    }
    return { submission, party, framework, def };
  }

  /** A source agency speaks in a dispute thread only on an indicator it reports or assesses. */
  async requireAgencyPart(actor: AuthenticatedUser, submission: Submission, code: string): Promise<void> {
    if (actor.role !== Role.SOURCE_AGENCY) return;
    const party = await this.partyOf(actor);
    const def = flatten((await this.frameworkOf(submission)).indicators).find((d) => d.code === code);
    if (!def || !takesPartIn(def, party)) throw new DomainException(SubmissionErrors.NOT_YOUR_PART, { code });
  }

  /** 'UNIT' for the unit's own staff, the agency's unit code for a source agency. */
  private async partyOf(actor: AuthenticatedUser): Promise<string> {
    if (actor.role === Role.UNIT_OFFICER || actor.role === Role.UNIT_HEAD) return 'UNIT';
    if (actor.role === Role.SOURCE_AGENCY) return (await this.units.get(actor.unitId)).code;
    throw new DomainException(AccessErrors.FORBIDDEN_ROLE);
  }

  /**
   * Draft: everyone enters their part. Returned: whoever the return awaits edits only the indicators named.
   * Disputed: the unit adds new evidence (never data: the self-assessment stays as submitted)
   * for the indicators it disputes.
   */
  private requireEditable(submission: Submission, code: string, agencyId: number | null, purpose: 'data' | 'evidence'): void {
    const { returned, disputed, deadlines } = submission.state.context as SubmissionContext;
    if (submission.status === 'draft' && deadlines.opensAt && Date.now() < Date.parse(deadlines.opensAt)) {
      throw new DomainException(SubmissionErrors.PERIOD_NOT_OPEN, { opensAt: deadlines.opensAt });
    }
    // After the deadline a draft takes nothing more: the reviewer closes it as it stands, or the admin extends the unit's deadline.
    if (submission.status === 'draft' && Date.now() >= Date.parse(deadlines.dataEntry)) {
      throw new DomainException(SubmissionErrors.DATA_ENTRY_CLOSED, { dataEntry: deadlines.dataEntry });
    }
    if (submission.status === 'draft') return;
    // Returned: each party named in the return, on the indicators named, until it resends.
    const awaited = agencyId === null ? returned?.unitAwaited !== false : (returned?.awaiting ?? []).includes(agencyId);
    if (submission.status === 'returned' && awaited && returned?.indicators.includes(code)) return;
    if (submission.status === 'disputed' && purpose === 'evidence' && agencyId === null && disputed?.indicators.includes(code)) return;
    throw new DomainException(SubmissionErrors.NOT_EDITABLE, { status: submission.status, code });
  }

  private async frameworkOf(submission: Submission): Promise<Framework> {
    return (await this.frameworks.get(submission.frameworkCode, submission.frameworkVersion)).definition;
  }

  /** The stored score; computed and stored first where there is none yet (under the submission's lock, like a write). */
  private async score(submission: Submission, framework: Framework) {
    const stored = (await this.scores.findOneBy({ submissionId: submission.id }))?.score;
    const score =
      stored ??
      (await this.dataSource.transaction(async (em) => {
        await this.lockSubmission(em, submission.id);
        return this.storeScore(em, submission, framework);
      }));
    return { submissionId: submission.id, framework: { code: framework.code, version: framework.version }, ...score };
  }
}

type Entry = { values: Record<string, unknown>; notApplicable: string | null; comment: string | null };
const canonical = (values: Record<string, unknown>) => JSON.stringify(Object.keys(values).sort().map((k) => [k, values[k]]));
function sameEntry(a: Entry, b: Entry): boolean {
  return a.notApplicable === b.notApplicable && a.comment === b.comment && canonical(a.values) === canonical(b.values);
}
