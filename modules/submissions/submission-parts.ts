import { submissionMachine, type SubmissionContext } from '../../workflows/submission.machine.js';
import { tagsOf } from '../../workflows/persisted-machine.js';
import type { Submission } from './submission.entity.js';

/** The unit declared its own part complete (UNIT_PART_COMPLETE), or the report has left the draft. */
export const unitPartComplete = (s: Submission): boolean => {
  const tags = tagsOf(submissionMachine, s.state);
  return tags.includes('unitPartComplete') || !tags.includes('openForEntry');
};

/** This agency (unit id) declared its part of the report complete (AGENCY_PART_COMPLETE). */
export const agencyPartComplete = (s: Submission, agencyId: number): boolean => ((s.state.context as SubmissionContext).agenciesDone ?? []).includes(agencyId);
