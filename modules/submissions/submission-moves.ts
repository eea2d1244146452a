import { allowedEvents, tagsOf } from '../../workflows/persisted-machine.js';
import { SubmissionContext, SubmissionEvent, submissionMachine } from '../../workflows/submission.machine.js';
import { EVENT_LABELS, EVENT_NEEDS, statusLabel, SYSTEM_EVENTS } from './submission-labels.js';
import type { Submission } from './submission.entity.js';
import type { AllowedMove, SubmissionView } from './submission.view.js';

/**
 * What a person may do on a submission now and what its state means, worked out from the
 * persisted snapshot alone (pure): the statechart answers, the facts the services establish
 * (the cycle published, its deadlines) come in as arguments.
 */
export interface CycleFacts {
  published: boolean;
  deadlines: Record<string, { verification?: string; disputeResolution?: string }>;
}

/** Past the cycle's verification deadline and still not verified, or past its dispute-resolution deadline and still open. */
export function overdueOf(tags: string[], dates: CycleFacts['deadlines'][string] | undefined, now: number): 'VERIFICATION' | 'DISPUTE_RESOLUTION' | null {
  if (tags.includes('awaitsVerification') && dates?.verification && now > Date.parse(dates.verification)) return 'VERIFICATION';
  if (tags.includes('awaitsResolution') && dates?.disputeResolution && now > Date.parse(dates.disputeResolution)) return 'DISPUTE_RESOLUTION';
  return null;
}

/** Events that ask whether a person may act inside a state (record, write): offered, never "made". */
export const ABILITIES = ['RECORD_VERIFICATION', 'RECORD_RESOLUTION', 'DISPUTE_MESSAGE'];

export function viewOf(by: SubmissionEvent['by'], submission: Submission, cycle: CycleFacts): SubmissionView {
  const context = submission.state.context as SubmissionContext;
  const { state, ...row } = submission;
  const tags = tagsOf(submissionMachine, state);
  return {
    ...row,
    statusLabel: statusLabel(submission.status),
    tags,
    allowed: movesFor(submission, by, new Date().toISOString(), { cyclePublished: cycle.published }),
    overdue: overdueOf(tags, cycle.deadlines[submission.period], Date.now()),
    deadlines: context.deadlines,
    returned: context.returned,
    disputed: context.disputed,
    closedUnsubmitted: context.closedUnsubmitted ?? null,
    corrections: context.corrections ?? [],
    designatedReviewerId: context.designatedReviewerId,
    state,
  };
}

/**
 * The moves this person could make now: each event of the state asked with a well-formed
 * payload (a reason, an item, completeness), so that what is answered depends only on who,
 * when and the facts given. The service still checks the payload itself when the move is sent.
 */
export function movesFor(submission: Submission, by: SubmissionEvent['by'], at: string, facts: { cyclePublished: boolean }): AllowedMove[] {
  const probe = (type: string) =>
    ({ type, by, at, indicators: ['1.1'], reason: 'lý do', explanation: 'giải trình', complete: true, unitAwaited: true, awaiting: [], ...facts }) as unknown as SubmissionEvent;
  return allowedEvents(submissionMachine, submission.state, probe)
    .filter((type) => !SYSTEM_EVENTS.includes(type))
    .map((type) => ({ type, label: EVENT_LABELS[type] ?? type, reason: EVENT_NEEDS[type]?.reason ?? 'none', indicators: EVENT_NEEDS[type]?.indicators ?? false }));
}
