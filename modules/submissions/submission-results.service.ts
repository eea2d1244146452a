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
export function inputsOf(rows: IndicatorValue[]): UnitInputs {
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

  /** Every submission of the cycle scored with this framework, with its inputs and final points: four queries whatever the size. */
  async forCycle(cycleId: number, frameworkCode: string): Promise<PeriodResult[]> {
    const where = 's.cycleId = :cycleId AND s.frameworkCode = :frameworkCode';
    const params = { cycleId, frameworkCode };
    const joined = <T extends object>(repo: Repository<T>, alias: string) =>
      repo.createQueryBuilder(alias).innerJoin(Submission, 's', `s.id = ${alias}.submissionId`).where(where, params).getMany();
    const [submissions, values, verified, upheld] = await Promise.all([
      this.submissions.createQueryBuilder('s').where(where, params).orderBy('s.id').getMany(),
      joined(this.values, 'v'),
      joined(this.verified, 'vs'),
      joined(this.disputes, 'd'),
    ]);
    const bySubmission = <T extends { submissionId: number }>(rows: T[]) => {
      const map = new Map<number, T[]>();
      for (const r of rows) map.set(r.submissionId, [...(map.get(r.submissionId) ?? []), r]);
      return map;
    };
    const valuesOf = bySubmission(values);
    const verifiedOf = bySubmission(verified);
    const disputesOf = bySubmission(upheld.filter((d) => d.outcome === 'UPHELD' && d.finalPoints !== null));
    return submissions.map((s) => {
      const finals = new Map<string, number>();
      for (const v of verifiedOf.get(s.id) ?? []) if (v.verifiedPoints !== null) finals.set(v.indicatorCode, v.verifiedPoints);
      for (const d of disputesOf.get(s.id) ?? []) finals.set(d.indicatorCode, d.finalPoints!);
      const closed = (s.state?.context as { closedUnsubmitted?: { reason: string } | null } | undefined)?.closedUnsubmitted;
      return { submissionId: s.id, unitId: s.unitId, period: s.period, status: s.status, inputs: inputsOf(valuesOf.get(s.id) ?? []), finals, closedUnsubmitted: closed?.reason ?? null };
    });
  }
}
