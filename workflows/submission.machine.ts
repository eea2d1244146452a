import { and, assign, not, or, setup, stateIn } from 'xstate';
import { endOfWorkingDays } from './working-days.js';

/**
 * The life of one unit's submission for one period (BRIEF "The workflow"): draft (the unit's
 * part and the source agencies' part filled in parallel) → submitted → underVerification ⇄
 * returned → verified → disputed → disputeResolved → final. This machine is the one place that
 * says which move is legal for whom and when; services only restore, ask, apply and persist.
 * Plain TypeScript: no Nest, no TypeORM.
 */
export type Actor =
  /** `deputyHead`: the officer the unit head named to submit in the head's absence. */
  | { kind: 'USER'; userId: number; role: string; unitId: number; deputyHead?: boolean }
  | { kind: 'SYSTEM' };

export interface Deadlines {
  /** ISO instants (UTC). The reporting period opens for data entry (absent: open from the start). */
  opensAt?: string;
  dataEntry: string;
  /** Set when the verification result is sent: N working days from that day (null before). */
  disputeWindow: string | null;
}

export interface SubmissionContext {
  unitId: number;
  /** Set by the admin when the submitting unit is the reviewing agency itself (conflict of interest). */
  designatedReviewerId: number | null;
  /** The source agencies (unit ids) that report part of the self-assessment, from the framework: due before SUBMIT. */
  agencies: number[];
  /** Those of them that have declared their part complete. */
  agenciesDone: number[];
  /** Agencies that give their own figure and assessment (Appendix III) until the result is sent; they never block the unit. */
  assessors?: number[];
  /** The cycle's setting, copied at creation: evidence is required before SUBMIT (the service checks it). */
  evidenceRequired?: boolean;
  /** The cycle's dispute window, in working days from the day the verification result is sent. */
  disputeWorkingDays?: number;
  deadlines: Deadlines;
  /** `unitAwaited`/`awaiting`: who must correct and resend (the unit, agencies by unit id). */
  returned: { indicators: string[]; reason: string; unitAwaited?: boolean; awaiting?: number[] } | null;
  disputed: { indicators: string[]; explanation: string } | null;
  /** The reviewer closed a draft the unit never submitted (Điều 5c: what is missing scores 0). */
  closedUnsubmitted?: { reason: string; at: string; byUserId: number } | null;
  /** Each reopening of a final result after publication, with its basis (a document number), newest last. */
  corrections?: { reason: string; at: string; byUserId: number; closedAt?: string }[];
}

type By = { by: Actor; at: string };
/** What the states mean, as tags: the only words of the machine that services and screens read. */
export const SUBMISSION_TAGS = [
  'openForEntry',
  'unitPartComplete',
  'agencyPartComplete',
  'locked',
  'waitsForReviewer',
  'underReview',
  'returnedToSuppliers',
  'resultSent',
  'disputeWindowOpen',
  'disputeOpen',
  'final',
  'underCorrection',
  'awaitsVerification',
  'awaitsResolution',
] as const;
export type SubmissionTag = (typeof SUBMISSION_TAGS)[number];

export type SubmissionEvent =
  | ({ type: 'UNIT_PART_COMPLETE' } & By)
  | ({ type: 'UNIT_PART_INCOMPLETE' } & By)
  | ({ type: 'AGENCY_PART_COMPLETE' } & By)
  | ({ type: 'AGENCY_PART_INCOMPLETE' } & By)
  | ({ type: 'SUBMIT' } & By)
  /** The head takes a submitted report back to draft before any reviewer has started, until the data-entry deadline. */
  | ({ type: 'WITHDRAW'; reason?: string } & By)
  /** The reviewer closes a draft that was not submitted by its deadline, with the reason ("không nộp"). */
  | ({ type: 'CLOSE_UNSUBMITTED'; reason: string } & By)
  | ({ type: 'START_VERIFICATION' } & By)
  /** `unitAwaited`, `awaiting`: who must correct (the service works it out from who supplies the indicators). */
  | ({ type: 'RETURN'; indicators: string[]; reason: string; unitAwaited?: boolean; awaiting?: number[] } & By)
  | ({ type: 'RESUBMIT' } & By)
  /** A source agency resends the part that was returned to it. */
  | ({ type: 'AGENCY_RESUBMIT' } & By)
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
  | ({ type: 'FINALIZE' } & By)
  /**
   * After publication the reviewer reopens one unit's final result to correct it, on a basis
   * such as a complaint's outcome (`reason`); `cyclePublished` is the service's fact.
   */
  | ({ type: 'REOPEN_FOR_CORRECTION'; reason: string; cyclePublished: boolean } & By)
  /** The corrected verified points are recorded: the result is final again, for the chair's correction. */
  | ({ type: 'CORRECTION_DONE' } & By);

const user = (by: Actor) => (by.kind === 'USER' ? by : null);
const filled = (s: string | undefined) => typeof s === 'string' && s.trim().length > 0;
/** Instants compared as instants ("…+07:00" and "…Z" alike); an unreadable time allows nothing. */
const instant = (iso: string) => Date.parse(iso);
const before = (at: string, deadline: string) => instant(at) < instant(deadline);
const reached = (at: string, deadline: string) => instant(at) >= instant(deadline);
const windowOpen = (c: SubmissionContext, at: string) => !!c.deadlines.disputeWindow && before(at, c.deadlines.disputeWindow);
// Snapshots stored before agencies were tracked have neither list.
const agenciesOf = (c: SubmissionContext) => c.agencies ?? [];
const assessorsOf = (c: SubmissionContext) => c.assessors ?? [];
const doneOf = (c: SubmissionContext) => c.agenciesDone ?? [];

export const submissionMachine = setup({
  types: {
    context: {} as SubmissionContext,
    events: {} as SubmissionEvent,
    tags: {} as SubmissionTag,
    input: {} as Omit<SubmissionContext, 'returned' | 'disputed' | 'agenciesDone' | 'closedUnsubmitted'>,
  },
  guards: {
    isUnitHead: ({ context, event }) => user(event.by)?.role === 'UNIT_HEAD' && user(event.by)?.unitId === context.unitId,
    /** Submitting (and resubmitting) is the head's, or the deputy's the head named; disputes and acceptance stay the head's. */
    maySubmit: ({ context, event }) => {
      const u = user(event.by);
      return !!u && u.unitId === context.unitId && (u.role === 'UNIT_HEAD' || (u.role === 'UNIT_OFFICER' && u.deputyHead === true));
    },
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
    /** Reporting or assessing: an agency that has a part in this submission (dispute threads). */
    isAgencyOfSubmission: ({ context, event }) => {
      const u = user(event.by);
      return u?.role === 'SOURCE_AGENCY' && (agenciesOf(context).includes(u.unitId) || assessorsOf(context).includes(u.unitId));
    },
    unitAwaited: ({ context }) => context.returned?.unitAwaited === true,
    agencyAwaited: ({ context, event }) => (context.returned?.awaiting ?? []).includes(user(event.by)?.unitId ?? -1),
    /** The unit's resend is the last one awaited. */
    onlyUnitLeft: ({ context }) => !(context.returned?.awaiting ?? []).length,
    /** This agency's resend is the last one awaited. */
    onlyThisAgencyLeft: ({ context, event }) =>
      !context.returned?.unitAwaited && (context.returned?.awaiting ?? []).every((id) => id === user(event.by)?.unitId),
    agencyPartDone: ({ context, event }) => doneOf(context).includes(user(event.by)?.unitId ?? -1),
    everyAgencyDone: ({ context }) => agenciesOf(context).every((id) => doneOf(context).includes(id)),
    periodOpen: ({ context, event }) => !context.deadlines.opensAt || reached(event.at, context.deadlines.opensAt),
    beforeDataEntryDeadline: ({ context, event }) => before(event.at, context.deadlines.dataEntry),
    dataEntryDeadlinePassed: ({ context, event }) => reached(event.at, context.deadlines.dataEntry),
    closeIsExplained: ({ event }) => event.type === 'CLOSE_UNSUBMITTED' && filled(event.reason),
    correctionIsGrounded: ({ event }) => event.type === 'REOPEN_FOR_CORRECTION' && filled(event.reason) && event.cyclePublished === true,
    returnIsExplained: ({ event }) =>
      event.type === 'RETURN' && event.indicators.length > 0 && filled(event.reason) && (event.unitAwaited !== false || (event.awaiting ?? []).length > 0),
    disputeIsExplained: ({ context, event }) =>
      event.type === 'DISPUTE' && event.indicators.length > 0 && filled(event.explanation) && windowOpen(context, event.at),
    beforeDisputeDeadline: ({ context, event }) => windowOpen(context, event.at),
    disputeWindowClosed: ({ context, event }) => event.by.kind === 'SYSTEM' && !!context.deadlines.disputeWindow && reached(event.at, context.deadlines.disputeWindow),
  },
  actions: {
    recordReturn: assign({
      returned: ({ event }) =>
        event.type === 'RETURN'
          ? { indicators: event.indicators, reason: event.reason.trim(), unitAwaited: event.unitAwaited !== false, awaiting: [...new Set(event.awaiting ?? [])] }
          : null,
    }),
    clearReturn: assign({ returned: null }),
    markUnitResent: assign({ returned: ({ context }) => (context.returned ? { ...context.returned, unitAwaited: false } : null) }),
    markAgencyResent: assign({
      returned: ({ context, event }) => (context.returned ? { ...context.returned, awaiting: (context.returned.awaiting ?? []).filter((id) => id !== user(event.by)?.unitId) } : null),
    }),
    recordClosure: assign({
      closedUnsubmitted: ({ event }) =>
        event.type === 'CLOSE_UNSUBMITTED' && event.by.kind === 'USER' ? { reason: event.reason.trim(), at: event.at, byUserId: event.by.userId } : null,
    }),
    /** The dispute window opens the day the result is sent (Điều 5b), counted in working days. */
    openDisputeWindow: assign({
      deadlines: ({ context, event }) => ({ ...context.deadlines, disputeWindow: endOfWorkingDays(event.at, context.disputeWorkingDays ?? 5) }),
    }),
    markAgencyDone: assign({ agenciesDone: ({ context, event }) => [...doneOf(context), user(event.by)!.unitId] }),
    unmarkAgencyDone: assign({ agenciesDone: ({ context, event }) => doneOf(context).filter((id) => id !== user(event.by)!.unitId) }),
    recordCorrection: assign({
      corrections: ({ context, event }) =>
        event.type === 'REOPEN_FOR_CORRECTION' && event.by.kind === 'USER'
          ? [...(context.corrections ?? []), { reason: event.reason.trim(), at: event.at, byUserId: event.by.userId }]
          : (context.corrections ?? []),
    }),
    closeCorrection: assign({
      corrections: ({ context, event }) => (context.corrections ?? []).map((c, i, all) => (i === all.length - 1 && !c.closedAt ? { ...c, closedAt: event.at } : c)),
    }),
    recordDispute: assign({
      disputed: ({ event }) => (event.type === 'DISPUTE' ? { indicators: event.indicators, explanation: event.explanation.trim() } : null),
    }),
  },
}).createMachine({
  id: 'submission',
  context: ({ input }) => ({ ...input, agenciesDone: [], returned: null, disputed: null, closedUnsubmitted: null }),
  initial: 'draft',
  // Tags say what a state means to the services and screens (entry open, result sent, ...), so
  // that nobody outside this file reads a state's name: see SUBMISSION_TAGS.
  states: {
    draft: {
      type: 'parallel',
      tags: ['openForEntry'],
      states: {
        unitPart: {
          initial: 'editing',
          states: {
            editing: { on: { UNIT_PART_COMPLETE: { target: 'complete', guard: 'isUnitStaff' } } },
            complete: { tags: ['unitPartComplete'], on: { UNIT_PART_INCOMPLETE: { target: 'editing', guard: 'isUnitStaff' } } },
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
            complete: { tags: ['agencyPartComplete'], on: { AGENCY_PART_INCOMPLETE: { target: 'editing', guard: 'isAssignedAgency', actions: 'unmarkAgencyDone' } } },
          },
        },
      },
      on: {
        SUBMIT: {
          target: 'submitted',
          guard: and(['maySubmit', 'periodOpen', 'beforeDataEntryDeadline', stateIn({ draft: { unitPart: 'complete', agencyPart: 'complete' } })]),
        },
        // Điều 5c: what is missing scores 0, but nothing is closed silently: the reviewer closes it, with the reason.
        CLOSE_UNSUBMITTED: { target: 'submitted', guard: and(['isIndependentReviewer', 'dataEntryDeadlinePassed', 'closeIsExplained']), actions: 'recordClosure' },
      },
    },
    submitted: {
      tags: ['locked', 'waitsForReviewer', 'awaitsVerification'],
      on: {
        START_VERIFICATION: { target: 'underVerification', guard: 'isIndependentReviewer' },
        // Taken back to draft, as other provinces' systems allow: nobody has started on it and entry is still open.
        WITHDRAW: { target: 'draft', guard: and(['maySubmit', 'beforeDataEntryDeadline']) },
      },
    },
    underVerification: {
      tags: ['locked', 'underReview', 'awaitsVerification'],
      on: {
        RETURN: { target: 'returned', guard: and(['isIndependentReviewer', 'returnIsExplained']), actions: 'recordReturn' },
        RECORD_VERIFICATION: { target: 'underVerification', guard: 'isIndependentReviewer' },
        VERIFY: { target: 'verified', guard: and(['isIndependentReviewer', 'everyIndicatorVerified']), actions: 'openDisputeWindow' },
      },
    },
    // Back to the reviewer once everyone the return named has resent their part.
    returned: {
      tags: ['returnedToSuppliers'],
      on: {
        RESUBMIT: [
          { target: 'underVerification', guard: and(['maySubmit', 'unitAwaited', 'onlyUnitLeft']), actions: 'clearReturn' },
          { guard: and(['maySubmit', 'unitAwaited']), actions: 'markUnitResent' },
        ],
        AGENCY_RESUBMIT: [
          { target: 'underVerification', guard: and(['isAgencyOfSubmission', 'agencyAwaited', 'onlyThisAgencyLeft']), actions: 'clearReturn' },
          { guard: and(['isAgencyOfSubmission', 'agencyAwaited']), actions: 'markAgencyResent' },
        ],
      },
    },
    verified: {
      tags: ['locked', 'resultSent', 'disputeWindowOpen'],
      on: {
        DISPUTE: { target: 'disputed', guard: and(['isUnitHead', 'disputeIsExplained']), actions: 'recordDispute' },
        ACCEPT: { target: 'final', guard: and(['isUnitHead', 'beforeDisputeDeadline']) },
        DISPUTE_WINDOW_CLOSED: { target: 'final', guard: 'disputeWindowClosed' },
      },
    },
    disputed: {
      tags: ['locked', 'resultSent', 'disputeOpen', 'waitsForReviewer', 'awaitsResolution'],
      on: {
        DISPUTE_MESSAGE: { target: 'disputed', guard: or(['isUnitStaff', 'isIndependentReviewer', 'isAgencyOfSubmission']) },
        RECORD_RESOLUTION: { target: 'disputed', guard: 'isIndependentReviewer' },
        RESOLVE_DISPUTE: { target: 'disputeResolved', guard: and(['isIndependentReviewer', 'everyDisputeResolved']) },
      },
    },
    disputeResolved: { tags: ['locked', 'resultSent', 'awaitsResolution'], on: { FINALIZE: { target: 'final', guard: or(['isIndependentReviewer', 'isSystem']) } } },
    // Not a final state node: a published result can still be reopened for a correction.
    final: {
      tags: ['locked', 'resultSent', 'final'],
      on: { REOPEN_FOR_CORRECTION: { target: 'correcting', guard: and(['isIndependentReviewer', 'correctionIsGrounded']), actions: 'recordCorrection' } },
    },
    // The reviewer records the corrected verified points; the published version stays as it was until the chair publishes the correction.
    correcting: {
      tags: ['locked', 'resultSent', 'underReview', 'underCorrection'],
      on: {
        RECORD_VERIFICATION: { target: 'correcting', guard: 'isIndependentReviewer' },
        CORRECTION_DONE: { target: 'final', guard: 'isIndependentReviewer', actions: 'closeCorrection' },
      },
    },
  },
});
