import { Injectable } from '@nestjs/common';
import { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { reportingPeriod } from '../scoring/engine/periods.js';
import { CycleService } from '../cycles/cycle.service.js';
import { SubmissionService } from '../submissions/submission.service.js';
import { VerificationService } from '../submissions/verification.service.js';
import type { Submission } from '../submissions/submission.entity.js';

/** Results already sent to the unit: what the reviewer compares against, and what the unit may read. */
const SENT = ['verified', 'disputed', 'disputeResolved', 'final'];

export interface EarlierReport {
  submissionId: number;
  cycleCode: string;
  year: number;
  period: string;
  periodLabel: string;
  status: string;
}

/**
 * The same unit's earlier results beside a report under review: the previous reporting period of
 * the same cycle and the same period of the previous year's published cycle, per indicator code.
 */
@Injectable()
export class EarlierResultsService {
  constructor(
    private readonly submissions: SubmissionService,
    private readonly cycles: CycleService,
    private readonly verification: VerificationService,
  ) {}

  async of(actor: AuthenticatedUser, id: number) {
    const submission = await this.submissions.get(actor, id);
    const cycle = await this.cycles.get(submission.cycleId);
    const index = cycle.periods.indexOf(submission.period);
    const previousPeriod = index > 0 ? await this.sentReport(actor, cycle.id, submission.unitId, cycle.periods[index - 1]) : null;
    const before = await this.cycles.previousOf(cycle);
    const previousYear = before ? await this.sentReport(actor, before.id, submission.unitId, submission.period) : null;
    const finals = async (s: Submission | null) =>
      new Map(s ? (await this.verification.view(actor, s.id)).indicators.map((i) => [i.code, i.final]) : []);
    const [periodFinals, yearFinals] = [await finals(previousPeriod), await finals(previousYear)];
    const codes = [...new Set([...periodFinals.keys(), ...yearFinals.keys()])];
    return {
      previousPeriod: previousPeriod && this.describe(previousPeriod, cycle.code, cycle.year),
      previousYear: previousYear && before && this.describe(previousYear, before.code, before.year),
      indicators: codes.map((code) => ({ code, previousPeriod: periodFinals.get(code) ?? null, previousYear: yearFinals.get(code) ?? null })),
    };
  }

  private async sentReport(actor: AuthenticatedUser, cycleId: number, unitId: number, period: string): Promise<Submission | null> {
    const found = await this.submissions.findReport(actor, cycleId, unitId, period);
    return found && SENT.includes(found.status) ? found : null;
  }

  private describe(s: Submission, cycleCode: string, year: number): EarlierReport {
    return { submissionId: s.id, cycleCode, year, period: s.period, periodLabel: reportingPeriod(s.period).label, status: s.status };
  }
}
