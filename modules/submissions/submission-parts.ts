import type { SubmissionContext } from '../../workflows/submission.machine.js';
import type { Submission } from './submission.entity.js';

/** The unit declared its own part complete (UNIT_PART_COMPLETE), or the report has left the draft. */
export const unitPartComplete = (s: Submission): boolean => (s.state.value as { draft?: { unitPart?: string } }).draft?.unitPart === 'complete' || s.status !== 'draft';

/** This agency (unit id) declared its part of the report complete (AGENCY_PART_COMPLETE). */
export const agencyPartComplete = (s: Submission, agencyId: number): boolean => ((s.state.context as SubmissionContext).agenciesDone ?? []).includes(agencyId);
