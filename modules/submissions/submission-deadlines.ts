import type { PersistedState } from '../../workflows/persisted-machine.js';
import type { SubmissionContext } from '../../workflows/submission.machine.js';

/** The indexed deadline columns of a submission, read from the statechart's context they repeat. */
export function submissionDeadlines(state: PersistedState): { dataEntryDue: Date | null; disputeWindowCloses: Date | null } {
  const d = (state.context as Partial<SubmissionContext>).deadlines;
  const at = (iso: string | null | undefined) => (iso ? new Date(iso) : null);
  return { dataEntryDue: at(d?.dataEntry), disputeWindowCloses: at(d?.disputeWindow) };
}
