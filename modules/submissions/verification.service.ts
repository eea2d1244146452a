import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { Role } from '../../src/access/role.enum.js';
import { DomainException } from '../../src/errors/domain.exception.js';
import { AuditService } from '../audit/audit.service.js';
import { tagsOf } from '../../workflows/persisted-machine.js';
import { submissionMachine } from '../../workflows/submission.machine.js';
import type { IndicatorScore } from '../scoring/engine/score.types.js';
import { RecordVerificationDto } from './record-verification.dto.js';
import { SubmissionDataService } from './submission-data.service.js';
import { SubmissionErrors } from './submission.errors.js';
import { SubmissionService } from './submission.service.js';
import { DisputeItem } from './dispute-item.entity.js';
import { VerifiedScore } from './verified-score.entity.js';

const leaves = (scores: IndicatorScore[]): IndicatorScore[] => scores.flatMap((s) => (s.children ? leaves(s.children) : [s]));

@Injectable()
export class VerificationService {
  constructor(
    @InjectRepository(VerifiedScore) private readonly verified: Repository<VerifiedScore>,
    @InjectRepository(DisputeItem) private readonly disputes: Repository<DisputeItem>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly submissions: SubmissionService,
    private readonly data: SubmissionDataService,
    private readonly audit: AuditService,
  ) {}

  /** Per scored indicator: self score with its trace, and the verified score once it may be shown. */
  async view(actor: AuthenticatedUser, id: number) {
    const submission = await this.submissions.get(actor, id);
    const self = await this.data.selfAssessment(actor, id);
    // The unit and the agencies that supply or assess its figures learn the result when it is sent, not before.
    const waitsForResult = [Role.UNIT_OFFICER, Role.UNIT_HEAD, Role.SOURCE_AGENCY].includes(actor.role);
    // BRIEF: "verified scores visible to the unit" once the result is sent (the machine's tag).
    const show = !waitsForResult || tagsOf(submissionMachine, submission.state).includes('resultSent');
    const byCode = new Map((show ? await this.verified.findBy({ submissionId: id }) : []).map((v) => [v.indicatorCode, v]));
    const upheld = new Map((show ? await this.disputes.findBy({ submissionId: id, outcome: 'UPHELD' }) : []).map((d) => [d.indicatorCode, d.finalPoints]));
    // What the unit entered, beside the score it gives: the reviewer checks one against the other.
    const entered = await this.data.entered(submission);
    return {
      submissionId: id,
      status: submission.status,
      indicators: leaves(self.indicators).map((s) => {
        const verified = byCode.get(s.code) ?? null;
        // Final: an upheld dispute's score, else the verified one; null until verified.
        const final = upheld.has(s.code) ? upheld.get(s.code)! : (verified?.verifiedPoints ?? null);
        const input = entered[s.code];
        return { code: s.code, maxPoints: s.maxPoints, values: input?.values ?? {}, notApplicable: input?.notApplicable ?? null, self: s, verified, final };
      }),
    };
  }

  /** The reviewer accepts the self score or sets another one with a reason; the self score stays as it was. */
  async record(actor: AuthenticatedUser, id: number, code: string, dto: RecordVerificationDto) {
    const submission = await this.submissions.get(actor, id);
    this.submissions.requireAllowed(actor, submission, 'RECORD_VERIFICATION');
    if ((dto.accept === true) === (dto.points !== undefined)) throw new DomainException(SubmissionErrors.VERIFICATION_NEEDS_CHOICE);
    const self = leaves((await this.data.selfAssessment(actor, id)).indicators).find((s) => s.code === code);
    if (!self) throw new DomainException(SubmissionErrors.INDICATOR_NOT_FOUND, { code });
    const verifiedPoints = dto.accept ? self.points : dto.points!;
    if (verifiedPoints !== null && verifiedPoints > self.maxPoints) throw new DomainException(SubmissionErrors.POINTS_OUT_OF_RANGE, { max: self.maxPoints });
    // A correction after publication always says why, even back to the self score.
    const correcting = tagsOf(submissionMachine, submission.state).includes('underCorrection');
    if ((correcting || (!dto.accept && verifiedPoints !== self.points)) && !dto.reason?.trim()) throw new DomainException(SubmissionErrors.REASON_REQUIRED);
    return this.dataSource.transaction(async (em) => {
      // An upheld dispute's points were the final ones: the correction replaces them too, or it would change nothing.
      if (correcting) await em.getRepository(DisputeItem).update({ submissionId: id, indicatorCode: code, outcome: 'UPHELD' }, { finalPoints: verifiedPoints });
      const repo = em.getRepository(VerifiedScore);
      const existing = await repo.findOneBy({ submissionId: id, indicatorCode: code });
      const row = Object.assign(existing ?? repo.create({ submissionId: id, indicatorCode: code }), {
        selfPoints: self.points,
        verifiedPoints,
        accepted: !!dto.accept,
        reason: dto.reason?.trim() || null,
        reviewerId: actor.id,
      });
      const saved = await repo.save(row);
      const before = existing ? { verifiedPoints: existing.verifiedPoints, accepted: existing.accepted } : undefined;
      await this.audit.record(
        actor,
        { action: 'SUBMISSION.SCORE_VERIFIED', entityType: 'submission', entityId: id, before, after: { indicator: code, selfPoints: self.points, verifiedPoints, accepted: !!dto.accept }, reason: row.reason },
        em,
      );
      return saved;
    });
  }

  /** "Accept every indicator I have not changed": one click for the indicators without a verdict yet. */
  async acceptUnchanged(actor: AuthenticatedUser, id: number) {
    const submission = await this.submissions.get(actor, id);
    this.submissions.requireAllowed(actor, submission, 'RECORD_VERIFICATION');
    const done = new Set((await this.verified.findBy({ submissionId: id })).map((v) => v.indicatorCode));
    const open = leaves((await this.data.selfAssessment(actor, id)).indicators).filter((s) => !done.has(s.code));
    await this.dataSource.transaction(async (em) => {
      const repo = em.getRepository(VerifiedScore);
      for (const s of open) {
        await repo.save(repo.create({ submissionId: id, indicatorCode: s.code, selfPoints: s.points, verifiedPoints: s.points, accepted: true, reason: null, reviewerId: actor.id }));
      }
      await this.audit.record(actor, { action: 'SUBMISSION.UNCHANGED_ACCEPTED', entityType: 'submission', entityId: id, after: { indicators: open.map((s) => s.code) } }, em);
    });
    return { accepted: open.length };
  }

  /** VERIFY, once every scored indicator has a verdict (the statechart checks the count given). */
  async verify(actor: AuthenticatedUser, id: number) {
    const scored = await this.data.scoredIndicators(actor, id);
    const done = await this.verified.countBy({ submissionId: id });
    return this.submissions.applyEvent(actor, id, { type: 'VERIFY' }, { complete: done >= scored.length });
  }
}
