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
import { checkEnteredValues, checkRatioBounds } from '../scoring/engine/entry-rules.js';
import { flatten } from '../scoring/engine/framework-validator.js';
import type { Framework, IndicatorDef } from '../scoring/engine/framework.types.js';
import { assessedVariables, assessorsOfIndicator } from '../scoring/engine/parties.js';
import { findScore } from '../scoring/engine/score-cycle.js';
import { scoreUnit } from '../scoring/engine/score-unit.js';
import type { UnitInputs, VariableValue } from '../scoring/engine/score.types.js';
import { SubmissionErrors } from '../submissions/submission.errors.js';
import { SubmissionDataService } from '../submissions/submission-data.service.js';
import type { Submission } from '../submissions/submission.entity.js';
import { SubmissionService } from '../submissions/submission.service.js';
import { UnitService } from '../units/unit.service.js';
import { AgencyFigure } from './agency-figure.entity.js';
import { AgencyFigureErrors } from './agency-figure.errors.js';
import { collectedFor, periodOf } from '../submissions/submission-period.js';
import { EnterAgencyFigureDto } from './enter-agency-figure.dto.js';

/** Until the result is sent the agency's figure may change; after that only when returned to it. */
const sorted = (values: Record<string, unknown>) => Object.keys(values).sort().map((k) => [k, values[k]]);
const OPEN_STATES = ['draft', 'submitted', 'underVerification'];

/**
 * Appendix III: each assessing agency gives its own figure and note for its indicators of every
 * unit, over a grid of all units; the reviewer sees self value, agency value and the difference
 * side by side, and the agency's score is offered as the starting verified score.
 */
@Injectable()
export class AgencyFigureService {
  constructor(
    @InjectRepository(AgencyFigure) private readonly figures: Repository<AgencyFigure>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly submissions: SubmissionService,
    private readonly data: SubmissionDataService,
    private readonly frameworks: FrameworkService,
    private readonly units: UnitService,
    private readonly audit: AuditService,
  ) {}

  /** The agency enters (merges) its figure for one indicator of one unit. */
  async enter(actor: AuthenticatedUser, submissionId: number, code: string, dto: EnterAgencyFigureDto) {
    const agency = await this.requireAgency(actor);
    const submission = await this.submissions.get(actor, submissionId);
    await this.check(agency, submission, code, dto.values ?? {});
    return this.dataSource.transaction((em) => this.write(em, actor, agency.id, submissionId, code, dto));
  }

  /**
   * Many figures at once (the agency's spreadsheet): each checked like a single entry, all
   * written in one transaction only when every one passes, and never on a dry run.
   */
  async enterMany(actor: AuthenticatedUser, cycleId: number, figures: { submissionId: number; code: string; values: Record<string, VariableValue | null>; rows: number[] }[], dryRun: boolean) {
    const agency = await this.requireAgency(actor);
    const problems: { rows: number[]; reason: string; details: unknown }[] = [];
    for (const f of figures) {
      try {
        const submission = await this.submissions.get(actor, f.submissionId);
        if (submission.cycleId !== cycleId) throw new DomainException(SubmissionErrors.NOT_FOUND, { id: f.submissionId });
        await this.check(agency, submission, f.code, f.values);
      } catch (error) {
        if (!(error instanceof DomainException)) throw error;
        problems.push({ rows: f.rows, reason: error.definition.vi, details: error.details });
      }
    }
    if (dryRun || problems.length) return { problems, applied: 0 };
    await this.dataSource.transaction(async (em) => {
      for (const f of figures) await this.write(em, actor, agency.id, f.submissionId, f.code, { values: f.values });
    });
    return { problems, applied: figures.reduce((n, f) => n + f.rows.length, 0) };
  }

  /** Is this agency's figure for this indicator acceptable now? Throws naming what is not. */
  private async check(agency: { id: number; code: string }, submission: Submission, code: string, values: Record<string, unknown>): Promise<void> {
    const def = await this.assessed(submission, code, agency.code);
    const context = submission.state.context as SubmissionContext;
    const returnedToIt = tagsOf(submissionMachine, submission.state).includes('returnedToSuppliers') && (context.returned?.awaiting ?? []).includes(agency.id) && context.returned!.indicators.includes(code);
    if (!OPEN_STATES.includes(submission.status) && !returnedToIt) throw new DomainException(AgencyFigureErrors.CLOSED, { status: submission.status, code });
    const allowed = assessedVariables(def, agency.code);
    const foreign = Object.keys(values).filter((k) => !allowed.includes(k));
    if (foreign.length) throw new DomainException(AgencyFigureErrors.NOT_YOUR_VARIABLES, { code, variables: foreign, allowed });
    const problems = [...checkEnteredValues(def, values), ...checkRatioBounds(def, values)];
    if (problems.length) throw new DomainException(AgencyFigureErrors.INVALID_VALUES, problems);
  }

  private async write(em: EntityManager, actor: AuthenticatedUser, agencyUnitId: number, submissionId: number, code: string, dto: EnterAgencyFigureDto) {
    const repo = em.getRepository(AgencyFigure);
    const existing = await repo.findOneBy({ submissionId, indicatorCode: code, agencyUnitId });
    const before = existing ? { values: existing.values, note: existing.note, notApplicable: existing.notApplicable } : null;
    const keep = (given: string | undefined, old: string | null | undefined) => (given === undefined ? (old ?? null) : given.trim() || null);
    const row = Object.assign(existing ?? repo.create({ submissionId, indicatorCode: code, agencyUnitId }), {
      values: { ...(existing?.values ?? {}), ...(dto.values ?? {}) },
      note: keep(dto.note, existing?.note),
      notApplicable: keep(dto.notApplicable, existing?.notApplicable),
      updatedById: actor.id,
    });
    // The same figure saved again is no change: nothing written, nothing in the history.
    const same = before && JSON.stringify(sorted(before.values)) === JSON.stringify(sorted(row.values)) && before.note === row.note && before.notApplicable === row.notApplicable;
    if (same) return existing!;
    const saved = await repo.save(row);
    await this.audit.record(actor, { action: 'SUBMISSION.AGENCY_FIGURE_ENTERED', entityType: 'submission', entityId: submissionId, before: { indicator: code, ...before }, after: { indicator: code, values: row.values, note: row.note, notApplicable: row.notApplicable } }, em);
    return saved;
  }

  /** The agency's grid for a cycle: every unit's submission (optionally one period) × the indicators it assesses. */
  async grid(actor: AuthenticatedUser, cycleId: number, period?: string) {
    const agency = await this.requireAgency(actor);
    const submissions = (await this.submissions.listForCycle(actor, cycleId)).filter((s) => !period || s.period === period);
    const figures = submissions.length ? await this.figures.findBy({ submissionId: In(submissions.map((s) => s.id)), agencyUnitId: agency.id }) : [];
    const units = new Map((await this.units.list({ includeInactive: true })).map((u) => [u.id, u]));
    const moves = await this.submissions.movesOf(actor, submissions);
    const rows = [];
    for (const s of submissions) {
      const framework = await this.frameworkOf(s);
      const indicators = flatten(framework.indicators)
        .filter((d) => assessedVariables(d, agency.code).length && collectedFor(s, d))
        .map((d) => {
          const f = figures.find((x) => x.submissionId === s.id && x.indicatorCode === d.code);
          const keys = assessedVariables(d, agency.code);
          const variables = (d.variables ?? []).filter((v) => keys.includes(v.key)).map((v) => ({ key: v.key, label: v.label, type: v.type, unit: v.unit }));
          return { code: d.code, name: d.name, variables, values: f?.values ?? {}, note: f?.note ?? null, notApplicable: f?.notApplicable ?? null };
        });
      if (!indicators.length) continue;
      const unit = units.get(s.unitId);
      // A return that names this agency's indicators is the agency's to act on too; the others' are not its business.
      const returned = (s.state.context as SubmissionContext).returned;
      const mine = returned?.indicators.filter((code) => indicators.some((i) => i.code === code)) ?? [];
      rows.push({
        submissionId: s.id, unit: { id: s.unitId, code: unit?.code, name: unit?.name }, period: s.period, status: s.status, indicators,
        returned: tagsOf(submissionMachine, s.state).includes('returnedToSuppliers') && mine.length ? { indicators: mine, reason: returned!.reason } : null,
        allowed: moves.get(s.id) ?? [],
      });
    }
    return { cycleId, agency: { id: agency.id, code: agency.code, name: agency.name }, rows };
  }

  /**
   * For the reviewer (and whoever may see the submission): per assessed indicator, the self
   * values and score beside each agency's values, score and difference, and the score to start
   * the verification from (the agencies' where they gave one).
   */
  async sideBySide(actor: AuthenticatedUser, submissionId: number) {
    const submission = await this.submissions.get(actor, submissionId);
    const framework = await this.frameworkOf(submission);
    const inputs = await this.data.entered(submission);
    const self = scoreUnit(framework, inputs, undefined, periodOf(submission));
    const figures = await this.figures.findBy({ submissionId });
    const units = new Map((await this.units.list({ includeInactive: true })).map((u) => [u.id, u]));
    const indicators = flatten(framework.indicators)
      .filter((d) => assessorsOfIndicator(d).length && collectedFor(submission, d))
      .map((def) => {
        const mine = findScore(self.indicators, def.code);
        const ownValues = inputs[def.code]?.values ?? {};
        const agencies = figures
          // an agency reads its own figures here, not another agency's
          .filter((f) => f.indicatorCode === def.code && (actor.role !== Role.SOURCE_AGENCY || f.agencyUnitId === actor.unitId))
          .map((f) => {
            const points = this.scoreWith(framework, inputs, def, f, submission);
            return {
              agency: { id: f.agencyUnitId, code: units.get(f.agencyUnitId)?.code, name: units.get(f.agencyUnitId)?.name },
              values: f.values,
              note: f.note,
              notApplicable: f.notApplicable,
              points,
              difference: points === null || mine?.points == null ? null : Math.round((points - mine.points) * 100) / 100,
              differences: Object.fromEntries(Object.entries(f.values).map(([k, v]) => [k, typeof v === 'number' && typeof ownValues[k] === 'number' ? v - (ownValues[k] as number) : null])),
            };
          });
        const given = agencies.filter((a) => a.points !== null);
        return {
          code: def.code,
          name: def.name,
          maxPoints: def.maxPoints,
          assessedBy: assessorsOfIndicator(def),
          self: { values: ownValues, notApplicable: inputs[def.code]?.notApplicable ?? null, points: mine?.points ?? null, trace: mine?.trace },
          agencies,
          // Several agencies on one indicator: the lowest of their scores, the reviewer decides from there.
          suggestedPoints: given.length ? Math.min(...given.map((a) => a.points!)) : (mine?.points ?? null),
        };
      });
    return { submissionId, status: submission.status, indicators };
  }

  /** The indicator scored with the agency's values in place of the unit's (the rest as the unit entered). */
  private scoreWith(framework: Framework, inputs: UnitInputs, def: IndicatorDef, f: AgencyFigure, submission: Submission): number | null {
    if (!Object.keys(f.values).length && !f.notApplicable) return null;
    const own = inputs[def.code] ?? { values: {} };
    const replaced: UnitInputs = { ...inputs, [def.code]: { values: { ...own.values, ...f.values }, ...(f.notApplicable ? { notApplicable: f.notApplicable } : {}) } };
    return findScore(scoreUnit(framework, replaced, undefined, periodOf(submission)).indicators, def.code)?.points ?? null;
  }

  private async assessed(submission: Submission, code: string, agencyCode: string): Promise<IndicatorDef> {
    const def = flatten((await this.frameworkOf(submission)).indicators).find((d) => d.code === code && !d.children);
    if (!def || !assessedVariables(def, agencyCode).length) throw new DomainException(AgencyFigureErrors.NOT_ASSESSOR, { code });
    if (!collectedFor(submission, def)) throw new DomainException(SubmissionErrors.NOT_IN_PERIOD, { code, period: submission.period, periods: def.periods });
    return def;
  }

  private async requireAgency(actor: AuthenticatedUser) {
    if (actor.role !== Role.SOURCE_AGENCY) throw new DomainException(AccessErrors.FORBIDDEN_ROLE);
    return this.units.get(actor.unitId);
  }

  private async frameworkOf(submission: Submission): Promise<Framework> {
    return (await this.frameworks.get(submission.frameworkCode, submission.frameworkVersion)).definition;
  }
}
