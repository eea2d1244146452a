import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { CycleContext, CycleEvent, cycleMachine } from '../../workflows/cycle.machine.js';
import { decide, start } from '../../workflows/persisted-machine.js';
import { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { writeStateIfUnchanged } from '../../src/database/versioned-state.js';
import { DomainException } from '../../src/errors/domain.exception.js';
import { AuditService } from '../audit/audit.service.js';
import { FrameworkService } from '../frameworks/framework.service.js';
import { sourceAgenciesOf } from '../scoring/engine/entry-rules.js';
import type { Framework } from '../scoring/engine/framework.types.js';
import { SubmissionService } from '../submissions/submission.service.js';
import { UnitKind } from '../units/unit-kind.enum.js';
import { UnitService } from '../units/unit.service.js';
import { AssessmentCycle } from './assessment-cycle.entity.js';
import { CreateCycleDto } from './create-cycle.dto.js';
import { CycleErrors } from './cycle.errors.js';

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
  ) {}

  list(): Promise<AssessmentCycle[]> {
    return this.cycles.find({ order: { year: 'DESC', id: 'DESC' } });
  }

  async get(id: number): Promise<AssessmentCycle> {
    const cycle = await this.cycles.findOneBy({ id });
    if (!cycle) throw new DomainException(CycleErrors.NOT_FOUND, { id });
    return cycle;
  }

  /** The cycle of the year before (for the improvement rules), if there is one. */
  previousOf(cycle: AssessmentCycle): Promise<AssessmentCycle | null> {
    return this.cycles.findOne({ where: { year: cycle.year - 1 }, order: { id: 'DESC' } });
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
      await this.audit.record(actor, { action: `CYCLE.${event.type}`, entityType: 'cycle', entityId: id, before: { status: cycle.status }, after: { status: decision.status }, reason }, em);
      return out;
    });
  }

  /**
   * Opens a cycle: freezes the framework versions it uses and creates one draft submission per
   * active unit of each kind and period, all in one transaction.
   */
  async open(actor: AuthenticatedUser, dto: CreateCycleDto): Promise<AssessmentCycle & { submissions: number }> {
    // Normalised to UTC first: "…T23:59+07:00" and "…T16:59Z" are the same instant.
    const utc = (iso: string) => new Date(iso).toISOString();
    const { dataEntry, verification, disputeWindow, disputeResolution } = dto.deadlines;
    const deadlines = { dataEntry: utc(dataEntry), verification: utc(verification), disputeWindow: utc(disputeWindow), disputeResolution: utc(disputeResolution) };
    const d = deadlines;
    if (!(d.dataEntry < d.verification && d.verification < d.disputeWindow && d.disputeWindow < d.disputeResolution)) {
      throw new DomainException(CycleErrors.DEADLINES_OUT_OF_ORDER, d);
    }
    if (new Set(dto.frameworks.map((f) => f.unitKind)).size !== dto.frameworks.length) throw new DomainException(CycleErrors.DUPLICATE_UNIT_KIND);
    if (await this.cycles.existsBy({ code: dto.code })) throw new DomainException(CycleErrors.CODE_TAKEN, { code: dto.code });
    const chosen: { unitKind: string; code: string; version: number; units: { id: number }[]; agencies: number[] }[] = [];
    for (const f of dto.frameworks) {
      const version = await this.frameworks.get(f.code, f.version);
      if (version.unitKind !== f.unitKind) throw new DomainException(CycleErrors.FRAMEWORK_KIND_MISMATCH, { code: f.code, unitKind: f.unitKind });
      const units = await this.units.list({ kind: f.unitKind as UnitKind });
      chosen.push({ unitKind: f.unitKind, code: version.code, version: version.version, units, agencies: await this.agencyIds(version.definition) });
    }
    return this.dataSource.transaction(async (em) => {
      const cycle = await em.getRepository(AssessmentCycle).save(
        em.create(AssessmentCycle, {
          code: dto.code,
          year: dto.year,
          name: dto.name,
          periods: dto.periods,
          deadlines,
          frameworks: chosen.map(({ unitKind, code, version }) => ({ unitKind, code, version })),
        }),
      );
      let count = 0;
      for (const f of chosen) {
        await this.frameworks.freeze(f.code, f.version, em);
        const rows = f.units.flatMap((unit) =>
          dto.periods.map((period) => ({
            cycleId: cycle.id,
            unitId: unit.id,
            period,
            frameworkCode: f.code,
            frameworkVersion: f.version,
            agencies: f.agencies,
            deadlines: { dataEntry: deadlines.dataEntry, disputeWindow: deadlines.disputeWindow },
          })),
        );
        count += await this.submissions.createMany(em, rows);
      }
      await this.audit.record(actor, { action: 'CYCLE.OPENED', entityType: 'cycle', entityId: cycle.id, after: { ...cycle, submissions: count } }, em);
      return { ...cycle, submissions: count };
    });
  }

  /** Every agency the framework assigns data to must exist, or its part could never be supplied. */
  private async agencyIds(framework: Framework): Promise<number[]> {
    const codes = sourceAgenciesOf(framework);
    const found = await this.units.byCodes(codes);
    const missing = codes.filter((c) => !found.some((u) => u.code === c));
    if (missing.length) throw new DomainException(CycleErrors.SUPPLIER_NOT_REGISTERED, { framework: framework.code, missing });
    return found.map((u) => u.id).sort((a, b) => a - b);
  }
}
