import { Injectable } from '@nestjs/common';
import { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { Role } from '../../src/access/role.enum.js';
import { AccessErrors } from '../../src/errors/common.errors.js';
import { DomainException } from '../../src/errors/domain.exception.js';
import { AssessmentCycle } from '../cycles/assessment-cycle.entity.js';
import { CycleErrors } from '../cycles/cycle.errors.js';
import { CycleService } from '../cycles/cycle.service.js';
import { consolidate, rankPeriod, RankedUnit } from '../scoring/engine/consolidate.js';
import type { Framework } from '../scoring/engine/framework.types.js';
import { round2 } from '../scoring/engine/numbers.js';
import { reportingPeriod } from '../scoring/engine/periods.js';
import { statusLabel } from '../submissions/submission-labels.js';
import { UnitService } from '../units/unit.service.js';
import { ConsolidationService, notSubmittedByUnit, referencesOf } from './consolidation.service.js';
import { ResultsErrors } from './results.errors.js';

/** From verification on, the reviewer's points are the unit's to see (and so count in what it is shown). */
const PAST_VERIFICATION = ['verified', 'disputed', 'disputeResolved', 'final'];

const PROVISIONAL = 'Kết quả tạm tính, không phải kết quả xếp hạng chính thức của năm';

type Scored = Awaited<ReturnType<ConsolidationService['scoredReports']>>;

/**
 * What is shown before the year's ranking (Điều 7a): each quarterly and half-yearly report's
 * table of every unit with a provisional ranking, for the reviewer, the committee and the admin;
 * and to unit staff only their own unit's provisional total and rank, with the kind's average and
 * highest (Điều 5a: units "theo dõi số liệu, thứ hạng"), never another unit's figures.
 */
@Injectable()
export class PeriodReportService {
  constructor(
    private readonly cycles: CycleService,
    private readonly consolidation: ConsolidationService,
    private readonly units: UnitService,
  ) {}

  /** One reporting period's table, once every unit's report of the period has been verified. */
  async report(cycleId: number, period: string, unitKind?: string) {
    const cycle = await this.cycles.get(cycleId);
    this.requireReportPeriod(cycle, period);
    const kind = unitKind ?? cycle.frameworks[0].unitKind;
    const scored = await this.consolidation.scoredReports(cycle, kind);
    const inPeriod = scored.reports.filter((r) => r.result.period === period);
    const waiting = inPeriod.filter((r) => !PAST_VERIFICATION.includes(r.result.status));
    if (waiting.length) {
      const names = waiting.map((r) => `${scored.units.get(r.result.unitId)?.name ?? r.unitCode} (${statusLabel(r.result.status)})`);
      throw new DomainException(ResultsErrors.PERIOD_NOT_VERIFIED, { notVerified: waiting.map((r) => ({ submissionId: r.result.submissionId, unitCode: r.unitCode, status: r.result.status })) }, { vi: names.join('; '), en: waiting.map((r) => `${r.unitCode} (${r.result.status})`).join('; ') });
    }
    const ranked = rankPeriod(scored.framework, inPeriod.map((r) => ({ unit: r.unitCode, score: r.score, finals: r.result.finals })), referencesOf(cycle));
    const statusOf = new Map(inPeriod.map((r) => [r.unitCode, r.result.status]));
    const notSubmitted = notSubmittedByUnit(inPeriod);
    const nameOf = new Map([...scored.units.values()].map((u) => [u.code, u.name]));
    return {
      cycleId, year: cycle.year, name: cycle.name, unitKind: kind, period, periodLabel: reportingPeriod(period).label,
      provisional: true, notice: PROVISIONAL, maxPoints: ranked[0]?.score.periodMax ?? 0,
      rows: ranked.map((r) => ({
        rank: r.rank, unitCode: r.unit, unitName: nameOf.get(r.unit) ?? r.unit, status: statusOf.get(r.unit)!, total: r.total,
        mains: mainsOf(scored.framework, r), notSubmitted: notSubmitted.get(r.unit) ?? [],
      })),
    };
  }

  /**
   * The signed-in unit's own standing among its kind: in one report (`period`), or over the year so
   * far (aggregated like the consolidation). Counts the reviewer's points only where the unit may
   * already see them, for every unit alike.
   */
  async standing(actor: AuthenticatedUser, cycleId: number, period?: string) {
    if (actor.role !== Role.UNIT_OFFICER && actor.role !== Role.UNIT_HEAD) throw new DomainException(AccessErrors.FORBIDDEN_ROLE);
    const cycle = await this.cycles.get(cycleId);
    const unit = await this.units.get(actor.unitId);
    if (!cycle.frameworks.some((f) => f.unitKind === unit.kind)) throw new DomainException(ResultsErrors.UNIT_KIND_NOT_IN_CYCLE, { unitKind: unit.kind });
    if (period !== undefined && !cycle.periods.includes(period)) throw new DomainException(CycleErrors.PERIOD_NOT_IN_CYCLE, { id: cycleId, period, periods: cycle.periods });
    const scored = await this.consolidation.scoredReports(cycle, unit.kind);
    const visible = (r: Scored['reports'][number]) => (PAST_VERIFICATION.includes(r.result.status) ? r.result.finals : new Map<string, number>());
    const ranked = period
      ? rankPeriod(scored.framework, scored.reports.filter((r) => r.result.period === period).map((r) => ({ unit: r.unitCode, score: r.score, finals: visible(r) })), referencesOf(cycle))
      : consolidate(scored.framework, yearInputs(scored, visible), referencesOf(cycle));
    const own = ranked.find((r) => r.unit === unit.code);
    if (!own) throw new DomainException(ResultsErrors.UNIT_NOT_FOUND, { unitCode: unit.code });
    return {
      cycleId, year: cycle.year, unitKind: unit.kind, period: period ?? null,
      periodLabel: period ? reportingPeriod(period).label : 'Cả năm (đến thời điểm hiện tại)',
      provisional: cycle.status !== 'published', notice: PROVISIONAL,
      unit: { code: unit.code, name: unit.name },
      total: own.total, rank: own.rank, of: ranked.length,
      average: round2(ranked.reduce((n, r) => n + r.total, 0) / ranked.length),
      highest: Math.max(...ranked.map((r) => r.total)),
      maxPoints: period ? own.score.periodMax : scored.framework.indicators.reduce((n, d) => n + d.maxPoints, 0),
      mains: mainsOf(scored.framework, own),
    };
  }

  /** The year's ranking is the consolidation's (and the chair's); a period report is any earlier report. */
  private requireReportPeriod(cycle: AssessmentCycle, period: string): void {
    if (!cycle.periods.includes(period)) throw new DomainException(CycleErrors.PERIOD_NOT_IN_CYCLE, { id: cycle.id, period, periods: cycle.periods });
    if (period === cycle.periods[cycle.periods.length - 1]) throw new DomainException(ResultsErrors.YEAR_IS_CONSOLIDATED, { period });
  }
}

function yearInputs(scored: Scored, finals: (r: Scored['reports'][number]) => Map<string, number>) {
  const byUnit = new Map<string, { unit: string; periods: { period: (typeof scored.reports)[number]['period']; score: (typeof scored.reports)[number]['score']; finals: Map<string, number> }[] }>();
  for (const r of scored.reports) {
    const entry = byUnit.get(r.unitCode) ?? { unit: r.unitCode, periods: [] };
    entry.periods.push({ period: r.period, score: r.score, finals: finals(r) });
    byUnit.set(r.unitCode, entry);
  }
  return [...byUnit.values()];
}

function mainsOf(framework: Framework, r: RankedUnit) {
  return framework.indicators.map((def, i) => ({ code: def.code, name: def.name, points: r.score.indicators[i].points ?? 0, maxPoints: def.maxPoints }));
}
