import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { CycleContext, CycleEvent, cycleMachine } from '../../workflows/cycle.machine.js';
import { allowedEvents, decide, start, tagsOf } from '../../workflows/persisted-machine.js';
import { CYCLE_EVENT_LABELS, CYCLE_EVENT_REASON, CYCLE_STATUS_LABELS, CycleView } from './cycle.view.js';
import { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { writeStateIfUnchanged } from '../../src/database/versioned-state.js';
import { DomainException } from '../../src/errors/domain.exception.js';
import { AuditService } from '../audit/audit.service.js';
import { NotificationService } from '../notifications/notification.service.js';
import { reportingPeriod } from '../scoring/engine/periods.js';
import { Role } from '../../src/access/role.enum.js';
import { FrameworkService } from '../frameworks/framework.service.js';
import { assessingAgenciesOf, reportingAgenciesOf } from '../scoring/engine/parties.js';
import type { Framework } from '../scoring/engine/framework.types.js';
import { SubmissionService } from '../submissions/submission.service.js';
import { UnitKind } from '../units/unit-kind.enum.js';
import { UnitService } from '../units/unit.service.js';
import { AssessmentCycle, CycleReference, CycleSettings } from './assessment-cycle.entity.js';
import { SetReferenceDto } from './set-reference.dto.js';
import { relativeCodes } from '../scoring/engine/score-cycle.js';
import { ChangePeriodDeadlinesDto } from './change-period-deadlines.dto.js';
import { checkSchedule, moveDates } from './cycle-schedule.js';
import { CreateCycleDto } from './create-cycle.dto.js';
import { CycleErrors } from './cycle.errors.js';
import { cycleNotice } from './cycle-notices.js';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

@Injectable()
export class CycleService {
  constructor(
    @InjectRepository(AssessmentCycle) private readonly cycles: Repository<AssessmentCycle>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly frameworks: FrameworkService,
    private readonly units: UnitService,
    private readonly submissions: SubmissionService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
  ) {}

  list(): Promise<AssessmentCycle[]> {
    return this.cycles.find({ order: { year: 'DESC', id: 'DESC' } });
  }

  /** The cycles as a person reads them: each with what its state means and the moves open to them. */
  async listFor(actor: AuthenticatedUser): Promise<CycleView[]> {
    return (await this.list()).map((c) => this.present(actor, c));
  }

  present(actor: AuthenticatedUser, cycle: AssessmentCycle): CycleView {
    const state = cycle.state ?? start(cycleMachine, undefined);
    const { state: _state, settings: _settings, createdAt: _created, ...row } = cycle;
    return { ...row, statusLabel: CYCLE_STATUS_LABELS[cycle.status] ?? cycle.status, tags: tagsOf(cycleMachine, state), allowed: this.movesFor(actor, state) };
  }

  /**
   * The cycle's moves this person could make now, asked with the facts a move needs taken as met
   * (every report final, a run for each kind): the service still checks them when the move is sent.
   */
  movesFor(actor: AuthenticatedUser, state: NonNullable<AssessmentCycle['state']>) {
    const by = { kind: 'USER' as const, userId: actor.id, role: actor.role, unitId: actor.unitId };
    const probe = (type: string) => ({ type, by, at: new Date().toISOString(), everyKindConsolidated: true, runs: {}, unfinished: 0, reason: 'lý do', reconsolidated: true }) as CycleEvent;
    return allowedEvents(cycleMachine, state, probe).map((type) => ({ type, label: CYCLE_EVENT_LABELS[type] ?? type, reason: CYCLE_EVENT_REASON[type] ?? ('none' as const), indicators: false }));
  }

  /** The cycles in which this agency reports or assesses something (where its page opens), newest first. */
  async withWorkFor(actor: AuthenticatedUser): Promise<number[]> {
    const code = (await this.units.get(actor.unitId)).code;
    const ids: number[] = [];
    for (const cycle of await this.list()) {
      const { definition } = await this.frameworks.get(cycle.frameworks[0].code, cycle.frameworks[0].version);
      if ([...reportingAgenciesOf(definition), ...assessingAgenciesOf(definition)].includes(code)) ids.push(cycle.id);
    }
    return ids;
  }

  async get(id: number): Promise<AssessmentCycle> {
    const cycle = await this.cycles.findOneBy({ id });
    if (!cycle) throw new DomainException(CycleErrors.NOT_FOUND, { id });
    return cycle;
  }

  /** The published cycle of the year before for the same framework (the improvement rules read it), if any. */
  async previousOf(cycle: AssessmentCycle): Promise<AssessmentCycle | null> {
    const before = await this.forYear(cycle.year - 1, cycle.frameworks[0]?.code ?? '');
    return before?.status === 'published' ? before : null;
  }

  /**
   * Restore the cycle's statechart, ask it, and persist the next state only if nobody moved the
   * cycle since it was read, with the bookkeeping that belongs to the move and its audit entry.
   */
  async applyEvent<T>(
    actor: AuthenticatedUser | null,
    id: number,
    event: DistributiveOmit<CycleEvent, 'by' | 'at'>,
    within: (em: EntityManager, cycle: AssessmentCycle, next: CycleContext) => Promise<T>,
    reason: string | null = null,
  ): Promise<T> {
    const cycle = await this.get(id);
    const by = actor ? { kind: 'USER' as const, userId: actor.id, role: actor.role, unitId: actor.unitId } : { kind: 'SYSTEM' as const };
    const decision = decide(cycleMachine, cycle.state ?? start(cycleMachine, undefined), { ...event, by, at: new Date().toISOString() } as CycleEvent);
    if (!decision.allowed) throw new DomainException(CycleErrors.ILLEGAL_TRANSITION, { status: decision.status, event: event.type, possible: decision.possible });
    return this.dataSource.transaction(async (em) => {
      if (!(await writeStateIfUnchanged(em, AssessmentCycle, cycle, decision.next, decision.status))) {
        throw new DomainException(CycleErrors.CONCURRENT_UPDATE, { id });
      }
      const out = await within(em, cycle, decision.next.context as CycleContext);
      const facts = { cycleName: cycle.name, reason, reviewingUnitId: await this.units.reviewingUnitId(), unitIds: await this.submissions.unitIdsOf(id) };
      const notice = cycleNotice(event.type, facts);
      if (notice) {
        await this.notifications.notify(em, notice.to, { kind: `CYCLE.${event.type}`, title: notice.title, body: notice.body, link: `/cycles/${id}`, entityType: 'cycle', entityId: id }, actor?.id);
      }
      await this.audit.record(actor, { action: `CYCLE.${event.type}`, entityType: 'cycle', entityId: id, before: { status: cycle.status }, after: { status: decision.status }, reason }, em);
      return out;
    });
  }

  /**
   * Opens a cycle: checks its schedule, freezes the framework version it uses and creates one
   * draft submission per active unit of the kind and reporting period, all in one transaction.
   */
  async open(actor: AuthenticatedUser, dto: CreateCycleDto): Promise<AssessmentCycle & { submissions: number }> {
    const checked = checkSchedule(dto.schedule, dto.periods);
    if (!checked.ok) throw new DomainException(CycleErrors[checked.problem], { schedule: dto.schedule, periods: dto.periods.map((p) => p.period) });
    const { deadlines } = checked;
    if (await this.cycles.existsBy({ code: dto.code })) throw new DomainException(CycleErrors.CODE_TAKEN, { code: dto.code });
    const [f] = dto.frameworks;
    const version = await this.frameworks.get(f.code, f.version);
    if (version.unitKind !== f.unitKind) throw new DomainException(CycleErrors.FRAMEWORK_KIND_MISMATCH, { code: f.code, unitKind: f.unitKind });
    if (await this.forYear(dto.year, version.code)) throw new DomainException(CycleErrors.ALREADY_EXISTS, { year: dto.year, framework: version.code });
    const units = await this.units.list({ kind: f.unitKind as UnitKind });
    // Every supplier must be a registered unit, even one whose indicators no period of this schedule collects.
    await this.agencyIds(version.definition, [...reportingAgenciesOf(version.definition), ...assessingAgenciesOf(version.definition)]);
    const parties = new Map<string, { agencies: number[]; assessors: number[] }>();
    for (const { period } of dto.periods) {
      const agencies = await this.agencyIds(version.definition, reportingAgenciesOf(version.definition, period));
      parties.set(period, { agencies, assessors: await this.agencyIds(version.definition, assessingAgenciesOf(version.definition, period)) });
    }
    const settings: CycleSettings = { disputeWorkingDays: dto.disputeWorkingDays ?? 5, evidenceRequired: dto.evidenceRequired ?? true };
    return this.dataSource.transaction(async (em) => {
      const cycle = await em.getRepository(AssessmentCycle).save(
        em.create(AssessmentCycle, {
          code: dto.code,
          year: dto.year,
          name: dto.name,
          schedule: dto.schedule,
          periods: dto.periods.map((p) => p.period),
          deadlines,
          settings,
          frameworks: [{ unitKind: f.unitKind, code: version.code, version: version.version }],
        }),
      );
      await this.frameworks.freeze(version.code, version.version, em);
      const rows = units.flatMap((unit) =>
        cycle.periods.map((period) => ({
          cycleId: cycle.id,
          unitId: unit.id,
          period,
          frameworkCode: version.code,
          frameworkVersion: version.version,
          ...parties.get(period)!,
          disputeWorkingDays: settings.disputeWorkingDays,
          evidenceRequired: settings.evidenceRequired,
          deadlines: { opensAt: deadlines[period].opensAt, dataEntry: deadlines[period].dataEntry, disputeWindow: null },
        })),
      );
      const count = await this.submissions.createMany(em, rows);
      await this.audit.record(actor, { action: 'CYCLE.OPENED', entityType: 'cycle', entityId: cycle.id, after: { ...cycle, submissions: count } }, em);
      return { ...cycle, submissions: count };
    });
  }

  /**
   * An admin moves a reporting period's dates after the cycle opened, with the reason. The
   * period's submissions follow (a unit's own later extension is kept), so reminders do too.
   */
  async changePeriodDeadlines(actor: AuthenticatedUser, id: number, period: string, dto: ChangePeriodDeadlinesDto) {
    const cycle = await this.get(id);
    if (cycle.status === 'published') throw new DomainException(CycleErrors.PUBLISHED_READ_ONLY, { id });
    if (!cycle.periods.includes(period)) throw new DomainException(CycleErrors.PERIOD_NOT_IN_CYCLE, { id, period, periods: cycle.periods });
    const { reason, ...changes } = dto;
    if (!Object.values(changes).some((v) => v !== undefined)) throw new DomainException(CycleErrors.NOTHING_TO_CHANGE);
    const next = moveDates(cycle.periods, cycle.deadlines, period, changes);
    if (!next) throw new DomainException(CycleErrors.DEADLINES_OUT_OF_ORDER, { period, deadlines: cycle.deadlines });
    return this.dataSource.transaction(async (em) => {
      const updated = await em
        .createQueryBuilder()
        .update(AssessmentCycle)
        .set({ deadlines: next as never, version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id, version: cycle.version })
        .execute();
      if (!updated.affected) throw new DomainException(CycleErrors.CONCURRENT_UPDATE, { id });
      const moved = await this.submissions.followPeriodDates(em, id, period, cycle.deadlines[period], next[period]);
      const units = await this.units.list({ kind: cycle.frameworks[0].unitKind as UnitKind });
      const when = (iso: string) => new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });
      await this.notifications.notify(
        em,
        { units: units.map((u) => ({ unitId: u.id, roles: [Role.UNIT_OFFICER, Role.UNIT_HEAD] })), roles: [Role.SOURCE_AGENCY, Role.REVIEWER], except: actor.id },
        {
          kind: 'CYCLE.DEADLINES_CHANGED',
          title: `Thay đổi thời hạn: ${cycle.name}, kỳ ${reportingPeriod(period).label}`,
          body: `Hạn nhập liệu: ${when(next[period].dataEntry)}; hạn thẩm định: ${when(next[period].verification)}; hạn giải quyết kiến nghị: ${when(next[period].disputeResolution)}. Lý do: ${reason.trim()}`,
          link: `/cycles/${id}`,
          entityType: 'cycle',
          entityId: id,
        },
      );
      await this.audit.record(actor, { action: 'CYCLE.DEADLINES_CHANGED', entityType: 'cycle', entityId: id, before: { period, ...cycle.deadlines[period] }, after: { period, ...next[period], submissions: moved }, reason: reason.trim() }, em);
      return em.getRepository(AssessmentCycle).findOneByOrFail({ id });
    });
  }

  /**
   * The reviewing agency enters a figure a relative rule compares with, from outside the units
   * evaluated (seed 004, 7.5 "Địa phương có tỷ lệ cao nhất" nationally), with its source. Until
   * the chair approves; the next consolidation reads it. Audited with the value it replaced.
   */
  async setReference(actor: AuthenticatedUser, id: number, indicator: string, dto: SetReferenceDto) {
    const cycle = await this.get(id);
    if (['awaitingApproval', 'approved', 'published'].includes(cycle.status)) throw new DomainException(CycleErrors.REFERENCE_CLOSED, { id, status: cycle.status });
    // Among departments or districts the best is one of them (Điều 6); only the province is compared with the nation.
    if (cycle.frameworks[0].unitKind !== 'PROVINCE') throw new DomainException(CycleErrors.NOT_A_RELATIVE_ITEM, { indicator, unitKind: cycle.frameworks[0].unitKind });
    const { definition } = await this.frameworks.get(cycle.frameworks[0].code, cycle.frameworks[0].version);
    if (!relativeCodes(definition.indicators).includes(indicator)) throw new DomainException(CycleErrors.NOT_A_RELATIVE_ITEM, { indicator });
    const before = cycle.references?.[indicator] ?? null;
    const entry: CycleReference = { value: dto.value, source: dto.source, enteredById: actor.id, enteredAt: new Date().toISOString() };
    return this.dataSource.transaction(async (em) => {
      const updated = await em
        .createQueryBuilder()
        .update(AssessmentCycle)
        .set({ references: { ...(cycle.references ?? {}), [indicator]: entry } as never, version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id, version: cycle.version })
        .execute();
      if (!updated.affected) throw new DomainException(CycleErrors.CONCURRENT_UPDATE, { id });
      await this.audit.record(actor, { action: 'CYCLE.REFERENCE_SET', entityType: 'cycle', entityId: id, before: before ? { indicator, ...before } : undefined, after: { indicator, ...entry } }, em);
      return em.getRepository(AssessmentCycle).findOneByOrFail({ id });
    });
  }

  /**
   * A province's result goes to the chair only compared with the nation (7.5): every reference
   * entered, and each run to send compared with the values the cycle has now (a reference changed
   * after the consolidation asks for another one).
   */
  async requireReferences(id: number, runs: { references: Record<string, number> | null }[]): Promise<void> {
    const cycle = await this.get(id);
    if (cycle.frameworks[0].unitKind !== 'PROVINCE') return;
    const { definition } = await this.frameworks.get(cycle.frameworks[0].code, cycle.frameworks[0].version);
    const codes = relativeCodes(definition.indicators);
    const missing = codes.filter((c) => !cycle.references?.[c]);
    if (missing.length) throw new DomainException(CycleErrors.REFERENCE_MISSING, { missing });
    const stale = codes.filter((c) => runs.some((r) => r.references?.[c] !== cycle.references![c].value));
    if (stale.length) throw new DomainException(CycleErrors.REFERENCE_CHANGED, { indicators: stale });
  }

  /** The cycle of this year for this framework (one per year and framework). */
  private async forYear(year: number, frameworkCode: string): Promise<AssessmentCycle | null> {
    const cycles = await this.cycles.findBy({ year });
    return cycles.find((c) => c.frameworks.some((f) => f.code === frameworkCode)) ?? null;
  }

  /** Every agency the framework assigns data to must exist, or its part could never be supplied. */
  private async agencyIds(framework: Framework, codes: string[]): Promise<number[]> {
    const found = await this.units.byCodes(codes);
    const missing = codes.filter((c) => !found.some((u) => u.code === c));
    if (missing.length) throw new DomainException(CycleErrors.SUPPLIER_NOT_REGISTERED, { framework: framework.code, missing });
    return found.map((u) => u.id).sort((a, b) => a - b);
  }
}
