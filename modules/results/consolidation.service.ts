import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { DomainException } from '../../src/errors/domain.exception.js';
import { appConfig } from '../../src/config/app.config.js';
import { AuditService } from '../audit/audit.service.js';
import { AssessmentCycle } from '../cycles/assessment-cycle.entity.js';
import { CycleService } from '../cycles/cycle.service.js';
import { FrameworkService } from '../frameworks/framework.service.js';
import { movements, RankedUnit, rankYear, UnitYearInput, yearOf } from '../scoring/engine/consolidate.js';
import type { References } from '../scoring/engine/score-cycle.js';
import type { Framework } from '../scoring/engine/framework.types.js';
import type { IndicatorScore, UnitInputs, UnitScore } from '../scoring/engine/score.types.js';
import { scoreUnit } from '../scoring/engine/score-unit.js';
import { statusLabel } from '../submissions/submission-labels.js';
import { SubmissionResultsService } from '../submissions/submission-results.service.js';
import { type PeriodCode, reportingPeriod } from '../scoring/engine/periods.js';
import { tracedPeriods } from '../scoring/engine/score-cycle.js';
import { UnitService } from '../units/unit.service.js';
import { ConsolidatedScore, LeafScore, NotSubmitted } from './consolidated-score.entity.js';
import { Consolidation } from './consolidation.entity.js';
import { readyKinds } from './ready-kinds.js';
import { reportedAs } from './reported-period.js';
import { ResultsErrors } from './results.errors.js';

const leaves = (scores: IndicatorScore[]): IndicatorScore[] => scores.flatMap((s) => (s.children ? leaves(s.children) : [s]));

/**
 * Consolidation (Điều 6-7): the year's score of every unit of a kind from its periods' final
 * points, the rules across units and against the previous year, the ranking; each run stored
 * as a new, unchangeable run with what moved since the previous one.
 */
@Injectable()
export class ConsolidationService {
  constructor(
    @InjectRepository(Consolidation) private readonly runs: Repository<Consolidation>,
    @InjectRepository(ConsolidatedScore) private readonly scores: Repository<ConsolidatedScore>,
    private readonly cycles: CycleService,
    private readonly frameworks: FrameworkService,
    private readonly results: SubmissionResultsService,
    private readonly units: UnitService,
    private readonly audit: AuditService,
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
  ) {}

  /** Runs the consolidation of one unit kind (or all of the cycle's) and moves the cycle on. */
  async run(actor: AuthenticatedUser | null, cycleId: number, unitKind?: string) {
    const cycle = await this.cycles.get(cycleId);
    const kinds = unitKind ? [unitKind] : cycle.frameworks.map((f) => f.unitKind);
    if (kinds.some((k) => !cycle.frameworks.some((f) => f.unitKind === k))) throw new DomainException(ResultsErrors.UNIT_KIND_NOT_IN_CYCLE, { unitKind });
    const computed = await Promise.all(kinds.map((kind) => this.compute(cycle, kind)));
    const done = new Set([...(await this.runs.find({ select: { unitKind: true }, where: { cycleId } })).map((r) => r.unitKind), ...kinds]);
    const everyKindConsolidated = cycle.frameworks.every((f) => done.has(f.unitKind));
    return this.cycles.applyEvent(actor, cycleId, { type: 'CONSOLIDATE', everyKindConsolidated }, async (em) => {
      const out = [];
      for (const c of computed) out.push(await this.store(em, actor, cycle, c));
      return out;
    });
  }

  /**
   * The deadline job's part: a kind whose final-period submissions are all final consolidates by
   * itself, as the system, once; the reviewer re-runs it when something changes later.
   */
  async runWhereFinal(): Promise<{ consolidated: string[] }> {
    const out: string[] = [];
    for (const cycle of (await this.cycles.list()).filter((c) => c.status === 'collecting' || c.status === 'consolidated')) {
      const done = (await this.runs.find({ select: { unitKind: true }, where: { cycleId: cycle.id } })).map((r) => r.unitKind);
      const statuses = await this.results.statuses(cycle.id);
      for (const kind of readyKinds(cycle, statuses, done)) {
        await this.run(null, cycle.id, kind);
        out.push(`${cycle.code}:${kind}`);
      }
    }
    return { consolidated: out };
  }

  /**
   * Only a finished year is ranked: the cycle's submissions that are not final, named, for the
   * refusal of the moves towards the chair. Throws NOT_ALL_FINAL listing them; returns 0 otherwise.
   */
  async requireAllFinal(cycleId: number): Promise<number> {
    const open = (await this.results.statuses(cycleId)).filter((s) => s.status !== 'final');
    if (!open.length) return 0;
    const units = new Map((await this.units.list({ includeInactive: true })).map((u) => [u.id, u]));
    const list = open.map((s) => ({ submissionId: s.id, unitCode: units.get(s.unitId)?.code ?? '', unitName: units.get(s.unitId)?.name ?? '', period: s.period, status: s.status }));
    const shown = list.slice(0, 10);
    const more = list.length > shown.length ? ` và ${list.length - shown.length} hồ sơ khác` : '';
    const vi = shown.map((s) => `${s.unitName} (${reportingPeriod(s.period).label}: ${statusLabel(s.status)})`).join('; ') + more;
    const en = shown.map((s) => `${s.unitCode} (${s.period}: ${s.status})`).join('; ') + (more ? ` and ${list.length - shown.length} more` : '');
    throw new DomainException(ResultsErrors.NOT_ALL_FINAL, { notFinal: list }, { vi, en });
  }

  /** The latest run of each kind of the cycle (the ones the reviewer would send to the chair). */
  async latestRuns(cycleId: number): Promise<Consolidation[]> {
    // Oldest first, so that each kind's entry ends as its highest run.
    const all = await this.runs.find({ where: { cycleId }, order: { run: 'ASC' } });
    return [...new Map(all.map((r) => [r.unitKind, r])).values()];
  }

  /** One unit's result in the cycle's latest consolidation of its kind, if there is one. */
  async latestOfUnit(cycleId: number, unitKind: string, unitId: number): Promise<ConsolidatedScore | null> {
    const run = (await this.latestRuns(cycleId)).find((r) => r.unitKind === unitKind);
    return run ? this.scores.findOneBy({ consolidationId: run.id, unitId }) : null;
  }

  async ranking(consolidationId: number): Promise<ConsolidatedScore[]> {
    return this.scores.find({ where: { consolidationId }, order: { rank: 'ASC', unitCode: 'ASC' } });
  }

  /**
   * Every submission of the kind in the cycle scored for its own report, in the schedule's order,
   * with the previous year for the improvement rules: the period reports take one period's table
   * of these; the year's consolidation the same scores, unit batch by unit batch.
   */
  async scoredReports(cycle: AssessmentCycle, kind: string) {
    const { framework, code } = await this.frameworkOf(cycle, kind);
    const units = await this.unitsById();
    const reports = await this.scoreReports(cycle, framework, code, await this.cycles.previousOf(cycle), units);
    return { framework, units, reports };
  }

  private async frameworkOf(cycle: AssessmentCycle, kind: string) {
    const ref = cycle.frameworks.find((f) => f.unitKind === kind);
    if (!ref) throw new DomainException(ResultsErrors.UNIT_KIND_NOT_IN_CYCLE, { unitKind: kind });
    return { framework: (await this.frameworks.get(ref.code, ref.version)).definition, code: ref.code };
  }

  private async unitsById() {
    return new Map((await this.units.list({ includeInactive: true })).map((u) => [u.id, u]));
  }

  /**
   * `forYear`: the scores only feed each unit's year, so a period whose traces the year replaces
   * by its average is scored without them (tracedPeriods); points are the same either way.
   */
  private async scoreReports(cycle: AssessmentCycle, framework: Framework, frameworkCode: string, before: AssessmentCycle | null, units: Map<number, { code: string }>, unitIds?: number[], forYear = false) {
    const order = (p: string) => cycle.periods.indexOf(p);
    const periods = (await this.results.forCycle(cycle.id, frameworkCode, unitIds)).sort((a, b) => order(a.period) - order(b.period));
    const previous = await this.previousInputs(before, frameworkCode, unitIds);
    const reported = reportedAs(cycle.periods);
    const periodsOf = new Map<number, PeriodCode[]>();
    for (const p of periods) {
      if (!periodsOf.has(p.unitId)) periodsOf.set(p.unitId, []);
      periodsOf.get(p.unitId)!.push(reported(p.period).code);
    }
    return periods.map((p) => {
      const period = reported(p.period);
      const traces = !forYear || tracedPeriods(framework, periodsOf.get(p.unitId)!).has(period.code);
      const score = scoreUnit(framework, p.inputs, previous.get(p.unitId), period.schedule ? { period: period.code, traces } : { traces });
      return { result: p, unitCode: units.get(p.unitId)?.code ?? String(p.unitId), period: period.code, score };
    });
  }

  /**
   * Streams: units are read and scored in batches, and only each unit's year is kept between
   * them (not its periods' trees, values and final points), so memory follows the number of units
   * times one tree, not times the periods and the values.
   */
  private async compute(cycle: AssessmentCycle, kind: string) {
    const { framework, code } = await this.frameworkOf(cycle, kind);
    const units = await this.unitsById();
    const before = await this.cycles.previousOf(cycle);
    const yearly = new Map<string, UnitScore>();
    const idOf = new Map<string, number>();
    const notFinal: { submissionId: number; unitCode: string; period: string; status: string }[] = [];
    const notSubmitted = new Map<string, NotSubmitted[]>();
    const ids = await this.results.unitIds(cycle.id, code);
    const batch = this.app.consolidationBatchUnits;
    for (let i = 0; i < ids.length; i += batch) {
      const reports = await this.scoreReports(cycle, framework, code, before, units, ids.slice(i, i + batch), true);
      const byUnit = new Map<number, UnitYearInput>();
      for (const r of reports) {
        const entry = byUnit.get(r.result.unitId) ?? { unit: r.unitCode, periods: [] };
        entry.periods.push({ period: r.period, score: r.score, finals: r.result.finals });
        byUnit.set(r.result.unitId, entry);
      }
      for (const [id, u] of byUnit) {
        yearly.set(u.unit, yearOf(framework, u.periods));
        idOf.set(u.unit, id);
      }
      for (const { result: p, unitCode } of reports) if (p.status !== 'final') notFinal.push({ submissionId: p.submissionId, unitCode, period: p.period, status: p.status });
      for (const [unit, list] of notSubmittedByUnit(reports)) notSubmitted.set(unit, list);
    }
    const order = (p: string) => cycle.periods.indexOf(p);
    notFinal.sort((a, b) => order(a.period) - order(b.period) || a.submissionId - b.submissionId);
    const ranked = rankYear(framework, yearly, referencesOf(cycle));
    return { kind, framework, ranked, idOf, names: new Map([...units.values()].map((u) => [u.id, u.name])), notFinal, notSubmitted };
  }

  /** Improvement rules compare with the same unit's last period of the year before. */
  private async previousInputs(before: AssessmentCycle | null, frameworkCode: string, unitIds?: number[]): Promise<Map<number, UnitInputs>> {
    if (!before) return new Map();
    const order = (p: string) => before.periods.indexOf(p);
    const rows = (await this.results.forCycle(before.id, frameworkCode, unitIds)).sort((a, b) => order(a.period) - order(b.period));
    return new Map(rows.map((r) => [r.unitId, r.inputs]));
  }

  private async store(em: EntityManager, actor: AuthenticatedUser | null, cycle: AssessmentCycle, c: Awaited<ReturnType<ConsolidationService['compute']>>) {
    const last = await em.getRepository(Consolidation).findOne({ where: { cycleId: cycle.id, unitKind: c.kind }, order: { run: 'DESC' } });
    // Only what movements compares: the previous run's trees are not needed to say who moved.
    const before = last ? await em.getRepository(ConsolidatedScore).find({ select: { unitCode: true, total: true, rank: true }, where: { consolidationId: last.id } }) : [];
    const moved = movements(before.map((s) => ({ unit: s.unitCode, total: s.total, rank: s.rank })), c.ranked);
    const run = await em.getRepository(Consolidation).save(
      em.create(Consolidation, { cycleId: cycle.id, unitKind: c.kind, run: (last?.run ?? 0) + 1, frameworkCode: c.framework.code, frameworkVersion: c.framework.version, notFinal: c.notFinal, movements: moved, references: Object.fromEntries(referencesOf(cycle).values), createdById: actor?.id ?? null }),
    );
    const row = (r: RankedUnit) => ({ ...this.row(run.id, c.framework, r, c.idOf.get(r.unit)!, c.names.get(c.idOf.get(r.unit)!) ?? r.unit), notSubmitted: c.notSubmitted.get(r.unit) ?? null });
    // In slices, each built when written: thousands of units must not make one statement larger
    // than the server takes, nor sit in memory twice. Not read back afterwards (updateEntity
    // false): nothing is generated but the ids, which nobody needs here.
    for (let i = 0; i < c.ranked.length; i += 50) await em.createQueryBuilder().insert().into(ConsolidatedScore).values(c.ranked.slice(i, i + 50).map(row)).updateEntity(false).execute();
    await this.audit.record(actor, { action: 'CYCLE.CONSOLIDATED', entityType: 'cycle', entityId: cycle.id, after: { unitKind: c.kind, run: run.run, units: c.ranked.length, notFinal: c.notFinal.length, moved: moved.length } }, em);
    return { consolidationId: run.id, unitKind: c.kind, run: run.run, units: c.ranked.length, notFinal: c.notFinal, movements: moved };
  }

  private row(consolidationId: number, framework: Framework, r: RankedUnit, unitId: number, unitName: string): Partial<ConsolidatedScore> {
    const mains = framework.indicators.map((def, i) => ({ code: def.code, name: def.name, points: r.score.indicators[i].points ?? 0, maxPoints: def.maxPoints }));
    const indicators: LeafScore[] = leaves(r.score.indicators).map((s) => ({ code: s.code, points: s.points, maxPoints: s.maxPoints, status: s.status, trace: s.trace }));
    return { consolidationId, unitId, unitCode: r.unit, unitName, rank: r.rank, total: r.total, mains, indicators };
  }
}

/** Unit code → the reports the reviewer closed as never submitted, with the reason. */
export function notSubmittedByUnit(reports: { unitCode: string; result: { period: string; closedUnsubmitted: string | null } }[]): Map<string, NotSubmitted[]> {
  const out = new Map<string, NotSubmitted[]>();
  for (const r of reports.filter((x) => x.result.closedUnsubmitted !== null)) {
    out.set(r.unitCode, [...(out.get(r.unitCode) ?? []), { period: r.result.period, reason: r.result.closedUnsubmitted! }]);
  }
  return out;
}

/** The cycle's reference values as the relative rules read them; a province is never its own best (it is alone). */
export const referencesOf = (cycle: AssessmentCycle): References => ({
  values: new Map(Object.entries(cycle.references ?? {}).map(([code, r]) => [code, r.value])),
  required: cycle.frameworks[0]?.unitKind === 'PROVINCE',
});
