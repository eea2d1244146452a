import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { UnitInputs } from '../scoring/engine/score.types.js';
import { DisputeItem } from './dispute-item.entity.js';
import { IndicatorValue } from './indicator-value.entity.js';
import { Submission } from './submission.entity.js';
import { VerifiedScore } from './verified-score.entity.js';

/** One submission as the year's consolidation needs it: what was entered and the final points. */
export interface PeriodResult {
  submissionId: number;
  unitId: number;
  period: string;
  status: string;
  inputs: UnitInputs;
  /** Indicator code → final points: upheld in a dispute, else verified. Absent: the self score stands. */
  finals: Map<string, number>;
  /** The reviewer's reason where the unit never submitted and the reviewer closed the report. */
  closedUnsubmitted: string | null;
}

/** The engine's inputs from the stored values of one submission. */
export function inputsOf(rows: Pick<IndicatorValue, 'indicatorCode' | 'values' | 'notApplicable'>[]): UnitInputs {
  return Object.fromEntries(rows.map((r) => [r.indicatorCode, { values: r.values, ...(r.notApplicable ? { notApplicable: r.notApplicable } : {}) }]));
}

/**
 * Read side for the results module: no access check here, because only the consolidation (run
 * by an authorised reviewer or the system) calls it, and it answers with scores, not documents.
 */
@Injectable()
export class SubmissionResultsService {
  constructor(
    @InjectRepository(Submission) private readonly submissions: Repository<Submission>,
    @InjectRepository(IndicatorValue) private readonly values: Repository<IndicatorValue>,
    @InjectRepository(VerifiedScore) private readonly verified: Repository<VerifiedScore>,
    @InjectRepository(DisputeItem) private readonly disputes: Repository<DisputeItem>,
  ) {}

  /** Framework, period and state of every submission of the cycle: enough to know what is final. */
  statuses(cycleId: number): Promise<Pick<Submission, 'id' | 'unitId' | 'frameworkCode' | 'period' | 'status'>[]> {
    return this.submissions.find({ select: { id: true, unitId: true, frameworkCode: true, period: true, status: true }, where: { cycleId }, order: { unitId: 'ASC', id: 'ASC' } });
  }

  /** The units with a submission of the cycle scored with this framework, in id order: the consolidation's batches. */
  async unitIds(cycleId: number, frameworkCode: string): Promise<number[]> {
    const rows: { unitId: number }[] = await this.submissions.createQueryBuilder('s').select('DISTINCT s.unitId', 'unitId').where({ cycleId, frameworkCode }).orderBy('s.unitId').getRawMany();
    return rows.map((r) => Number(r.unitId));
  }

  /**
   * Each submission's inputs as the engine reads them. On SQLite the database assembles each
   * submission's object itself (json_group_object): one row and one parse per submission instead
   * of one per indicator, which was a third of the consolidation. Elsewhere one row per value.
   */
  private async inputsBySubmission(where: string, params: object): Promise<Map<number, UnitInputs>> {
    const query = this.values.createQueryBuilder('v').innerJoin(Submission, 's', 's.id = v.submissionId').where(where, params);
    const out = new Map<number, UnitInputs>();
    if (this.values.manager.connection.options.type === 'better-sqlite3') {
      const rows = await query
        .select('v.submissionId', 'submissionId')
        .addSelect(`json_group_object(v.indicatorCode, CASE WHEN v.notApplicable IS NULL THEN json_object('values', json(v."values")) ELSE json_object('values', json(v."values"), 'notApplicable', v.notApplicable) END)`, 'inputs')
        .groupBy('v.submissionId')
        .getRawMany<{ submissionId: number; inputs: string }>();
      for (const r of rows) out.set(Number(r.submissionId), JSON.parse(r.inputs));
      return out;
    }
    const rows = await query
      .select(['v.submissionId AS submissionId', 'v.indicatorCode AS indicatorCode', 'v.values AS "values"', 'v.notApplicable AS notApplicable'])
      .orderBy('v.id')
      .getRawMany<{ submissionId: number; indicatorCode: string; values: string | IndicatorValue['values']; notApplicable: string | null }>();
    const bySubmission = new Map<number, Parameters<typeof inputsOf>[0]>();
    for (const r of rows) {
      const id = Number(r.submissionId);
      if (!bySubmission.has(id)) bySubmission.set(id, []);
      // MariaDB hands JSON back as text (its JSON is LONGTEXT); MySQL parses it.
      bySubmission.get(id)!.push({ ...r, values: typeof r.values === 'string' ? JSON.parse(r.values) : r.values });
    }
    for (const [id, list] of bySubmission) out.set(id, inputsOf(list));
    return out;
  }

  /**
   * Every submission of the cycle scored with this framework (of these units only, when given),
   * with its inputs and final points: four queries whatever the size. Values are read as raw rows:
   * building an entity per value cost more than scoring it.
   */
  async forCycle(cycleId: number, frameworkCode: string, unitIds?: number[]): Promise<PeriodResult[]> {
    const where = `s.cycleId = :cycleId AND s.frameworkCode = :frameworkCode${unitIds ? ' AND s.unitId IN (:...unitIds)' : ''}`;
    const params = { cycleId, frameworkCode, unitIds };
    if (unitIds && !unitIds.length) return [];
    const joined = <T extends object>(repo: Repository<T>, alias: string) => repo.createQueryBuilder(alias).innerJoin(Submission, 's', `s.id = ${alias}.submissionId`).where(where, params);
    const [submissions, values, verified, upheld] = await Promise.all([
      this.submissions.createQueryBuilder('s').where(where, params).orderBy('s.id').getMany(),
      this.inputsBySubmission(where, params),
      joined(this.verified, 'vs').getMany(),
      joined(this.disputes, 'd').getMany(),
    ]);
    const bySubmission = <T extends { submissionId: number }>(rows: T[]) => {
      const map = new Map<number, T[]>();
      for (const r of rows) {
        const list = map.get(Number(r.submissionId));
        if (list) list.push(r);
        else map.set(Number(r.submissionId), [r]);
      }
      return map;
    };
    const verifiedOf = bySubmission(verified);
    const disputesOf = bySubmission(upheld.filter((d) => d.outcome === 'UPHELD' && d.finalPoints !== null));
    return submissions.map((s) => {
      const finals = new Map<string, number>();
      for (const v of verifiedOf.get(s.id) ?? []) if (v.verifiedPoints !== null) finals.set(v.indicatorCode, v.verifiedPoints);
      for (const d of disputesOf.get(s.id) ?? []) finals.set(d.indicatorCode, d.finalPoints!);
      const closed = (s.state?.context as { closedUnsubmitted?: { reason: string } | null } | undefined)?.closedUnsubmitted;
      return { submissionId: s.id, unitId: s.unitId, period: s.period, status: s.status, inputs: values.get(s.id) ?? {}, finals, closedUnsubmitted: closed?.reason ?? null };
    });
  }
}
