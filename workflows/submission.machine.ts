import { and, assign, not, or, setup, stateIn } from 'xstate';

/**
 * The life of one unit's submission for one period (BRIEF "The workflow"): draft (the unit's
 * part and the source agencies' part filled in parallel) → submitted → underVerification ⇄
 * returned → verified → disputed → disputeResolved → final. This machine is the one place that
 * says which move is legal for whom and when; services only restore, ask, apply and persist.
 * Plain TypeScript: no Nest, no TypeORM.
 */
export type Actor =
  | { kind: 'USER'; userId: number; role: string; unitId: number }
  | { kind: 'SYSTEM' };

export interface Deadlines {
  /** ISO instants (UTC). */
  dataEntry: string;
  disputeWindow: string;
}

export interface SubmissionContext {
  unitId: number;
  /** Set by the admin when the submitting unit is the reviewing agency itself (conflict of interest). */
  designatedReviewerId: number | null;
  /** The source agencies (unit ids) that supply part of this submission, from the framework. */
  agencies: number[];
  /** Those of them that have declared their part complete. */
  agenciesDone: number[];
  deadlines: Deadlines;
  returned: { indicators: string[]; reason: string } | null;
  disputed: { indicators: string[]; explanation: string } | null;
}

type By = { by: Actor; at: string };
export type SubmissionEvent =
  | ({ type: 'UNIT_PART_COMPLETE' } & By)
  | ({ type: 'UNIT_PART_INCOMPLETE' } & By)
  | ({ type: 'AGENCY_PART_COMPLETE' } & By)
  | ({ type: 'AGENCY_PART_INCOMPLETE' } & By)
  | ({ type: 'SUBMIT' } & By)
  | ({ type: 'DATA_ENTRY_DEADLINE_PASSED' } & By)
  | ({ type: 'START_VERIFICATION' } & By)
  | ({ type: 'RETURN'; indicators: string[]; reason: string } & By)
  | ({ type: 'RESUBMIT' } & By)
  /** Asks only whether this person may record a verified score now; changes no state. */
  | ({ type: 'RECORD_VERIFICATION' } & By)
  /** `complete`: every scored indicator has a verified score (the service counts them). */
  | ({ type: 'VERIFY'; complete: boolean } & By)
  | ({ type: 'DISPUTE'; indicators: string[]; explanation: string } & By)
  | ({ type: 'ACCEPT' } & By)
  | ({ type: 'DISPUTE_WINDOW_CLOSED' } & By)
  /** Asks only whether this person may record a dispute outcome now; changes no state. */
  | ({ type: 'RECORD_RESOLUTION' } & By)
  /** `complete`: every disputed indicator has an outcome (the service counts them). */
  | ({ type: 'RESOLVE_DISPUTE'; complete: boolean } & By)
  /** Asks whether this person may write in a dispute thread now; changes no state. */
  | ({ type: 'DISPUTE_MESSAGE' } & By)
  | ({ type: 'FINALIZE' } & By);

const user = (by: Actor) => (by.kind === 'USER' ? by : null);
const filled = (s: string | undefined) => typeof s === 'string' && s.trim().length > 0;
/** Instants compared as instants ("…+07:00" and "…Z" alike); an unreadable time allows nothing. */
const instant = (iso: string) => Date.parse(iso);
const before = (at: string, deadline: string) => instant(at) < instant(deadline);
const reached = (at: string, deadline: string) => instant(at) >= instant(deadline);
// Snapshots stored before agencies were tracked have neither list.
const agenciesOf = (c: SubmissionContext) => c.agencies ?? [];
const doneOf = (c: SubmissionContext) => c.agenciesDone ?? [];

export const submissionMachine = setup({
  types: {
    context: {} as SubmissionContext,
    events: {} as SubmissionEvent,
    input: {} as Omit<SubmissionContext, 'returned' | 'disputed' | 'agenciesDone'>,
  },
  guards: {
    isUnitHead: ({ context, event }) => user(event.by)?.role === 'UNIT_HEAD' && user(event.by)?.unitId === context.unitId,
    isUnitStaff: ({ context, event }) =>
      ['UNIT_HEAD', 'UNIT_OFFICER'].includes(user(event.by)?.role ?? '') && user(event.by)?.unitId === context.unitId,
    /** Nobody reviews their own unit; a designation narrows that to one person, never widens it. */
    isIndependentReviewer: ({ context, event }) => {
      const u = user(event.by);
      if (!u || u.role !== 'REVIEWER' || u.unitId === context.unitId) return false;
      return context.designatedReviewerId === null || u.userId === context.designatedReviewerId;
    },
    isSystem: ({ event }) => event.by.kind === 'SYSTEM',
    everyIndicatorVerified: ({ event }) => event.type === 'VERIFY' && event.complete === true,
    everyDisputeResolved: ({ event }) => event.type === 'RESOLVE_DISPUTE' && event.complete === true,
    /** A source agency speaks only for its own part, and only where the framework assigns it one. */
    isAssignedAgency: ({ context, event }) => {
      const u = user(event.by);
      return u?.role === 'SOURCE_AGENCY' && agenciesOf(context).includes(u.unitId);
    },
    agencyPartDone: ({ context, event }) => doneOf(context).includes(user(event.by)?.unitId ?? -1),
    everyAgencyDone: ({ context }) => agenciesOf(context).every((id) => doneOf(context).includes(id)),
    beforeDataEntryDeadline: ({ context, event }) => before(event.at, context.deadlines.dataEntry),
    dataEntryDeadlinePassed: ({ context, event }) => event.by.kind === 'SYSTEM' && reached(event.at, context.deadlines.dataEntry),
    returnIsExplained: ({ event }) => event.type === 'RETURN' && event.indicators.length > 0 && filled(event.reason),
    disputeIsExplained: ({ context, event }) =>
      event.type === 'DISPUTE' && event.indicators.length > 0 && filled(event.explanation) && before(event.at, context.deadlines.disputeWindow),
    beforeDisputeDeadline: ({ context, event }) => before(event.at, context.deadlines.disputeWindow),
    disputeWindowClosed: ({ context, event }) => event.by.kind === 'SYSTEM' && reached(event.at, context.deadlines.disputeWindow),
  },
  actions: {
    recordReturn: assign({
      returned: ({ event }) => (event.type === 'RETURN' ? { indicators: event.indicators, reason: event.reason.trim() } : null),
    }),
    clearReturn: assign({ returned: null }),
    markAgencyDone: assign({ agenciesDone: ({ context, event }) => [...doneOf(context), user(event.by)!.unitId] }),
    unmarkAgencyDone: assign({ agenciesDone: ({ context, event }) => doneOf(context).filter((id) => id !== user(event.by)!.unitId) }),
    recordDispute: assign({
      disputed: ({ event }) => (event.type === 'DISPUTE' ? { indicators: event.indicators, explanation: event.explanation.trim() } : null),
    }),
  },
}).createMachine({
  id: 'submission',
  context: ({ input }) => ({ ...input, agenciesDone: [], returned: null, disputed: null }),
  initial: 'draft',
  states: {
    draft: {
      type: 'parallel',
      states: {
        unitPart: {
          initial: 'editing',
          states: {
            editing: { on: { UNIT_PART_COMPLETE: { target: 'complete', guard: 'isUnitStaff' } } },
            complete: { on: { UNIT_PART_INCOMPLETE: { target: 'editing', guard: 'isUnitStaff' } } },
          },
        },
        // Complete when every assigned agency has declared its part done (at once when none is assigned).
        agencyPart: {
          initial: 'editing',
          states: {
            editing: {
              always: { target: 'complete', guard: 'everyAgencyDone' },
              on: {
                AGENCY_PART_COMPLETE: { guard: and(['isAssignedAgency', not('agencyPartDone')]), actions: 'markAgencyDone' },
                AGENCY_PART_INCOMPLETE: { guard: and(['isAssignedAgency', 'agencyPartDone']), actions: 'unmarkAgencyDone' },
              },
            },
            complete: { on: { AGENCY_PART_INCOMPLETE: { target: 'editing', guard: 'isAssignedAgency', actions: 'unmarkAgencyDone' } } },
          },
        },
      },
      on: {
        SUBMIT: {
          target: 'submitted',
          guard: and(['isUnitHead', 'beforeDataEntryDeadline', stateIn({ draft: { unitPart: 'complete', agencyPart: 'complete' } })]),
        },
        // Điều 5c: what is missing at the deadline scores 0; the submission moves on regardless.
        DATA_ENTRY_DEADLINE_PASSED: { target: 'submitted', guard: 'dataEntryDeadlinePassed' },
      },
    },
    submitted: { on: { START_VERIFICATION: { target: 'underVerification', guard: 'isIndependentReviewer' } } },
    underVerification: {
      on: {
        RETURN: { target: 'returned', guard: and(['isIndependentReviewer', 'returnIsExplained']), actions: 'recordReturn' },
        RECORD_VERIFICATION: { target: 'underVerification', guard: 'isIndependentReviewer' },
        VERIFY: { target: 'verified', guard: and(['isIndependentReviewer', 'everyIndicatorVerified']) },
      },
    },
    returned: { on: { RESUBMIT: { target: 'underVerification', guard: 'isUnitHead', actions: 'clearReturn' } } },
    verified: {
      on: {
        DISPUTE: { target: 'disputed', guard: and(['isUnitHead', 'disputeIsExplained']), actions: 'recordDispute' },
        ACCEPT: { target: 'final', guard: and(['isUnitHead', 'beforeDisputeDeadline']) },
        DISPUTE_WINDOW_CLOSED: { target: 'final', guard: 'disputeWindowClosed' },
      },
    },
    disputed: {
      on: {
        DISPUTE_MESSAGE: { target: 'disputed', guard: or(['isUnitStaff', 'isIndependentReviewer']) },
        RECORD_RESOLUTION: { target: 'disputed', guard: 'isIndependentReviewer' },
        RESOLVE_DISPUTE: { target: 'disputeResolved', guard: and(['isIndependentReviewer', 'everyDisputeResolved']) },
      },
    },
    disputeResolved: { on: { FINALIZE: { target: 'final', guard: or(['isIndependentReviewer', 'isSystem']) } } },
    final: { type: 'final' },
  },
});
