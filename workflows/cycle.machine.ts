import { and, assign, or, setup } from 'xstate';

/**
 * How a year ends (Decision, Điều 6-7): the reviewer (STTTT) consolidates the scores and proposes
 * the ranking, the chair approves it or sends it back with a reason, and the approved ranking is
 * published. After publication a correction is a new published version, decided by the chair.
 * Plain TypeScript, like the submission machine: the cycle service restores, asks, applies, persists.
 */
type Actor = { kind: 'USER'; userId: number; role: string; unitId: number } | { kind: 'SYSTEM' };
type By = { by: Actor; at: string };

export interface CycleContext {
  /** The chair's last send-back, shown to the reviewer until the next proposal. */
  sentBack: { reason: string; at: string } | null;
  /** The consolidation runs (one per unit kind) the chair is asked to approve, or approved. */
  proposed: Record<string, number> | null;
}

export type CycleEvent =
  /** `everyKindConsolidated`: every unit kind of the cycle has a consolidation (the service counts). */
  | ({ type: 'CONSOLIDATE'; everyKindConsolidated: boolean } & By)
  /** `unfinished`: submissions of the cycle not final yet (the service counts); only a finished year is ranked. */
  | ({ type: 'SEND_TO_CHAIR'; runs: Record<string, number>; unfinished: number } & By)
  | ({ type: 'SEND_BACK'; reason: string } & By)
  | ({ type: 'APPROVE'; unfinished: number } & By)
  | ({ type: 'PUBLISH'; unfinished: number } & By)
  /** `unfinished`: submissions still under correction; `reconsolidated`: a run newer than the last published version exists. */
  | ({ type: 'PUBLISH_CORRECTION'; reason: string; unfinished: number; reconsolidated: boolean } & By);

/** What the cycle's states mean, as tags: what services and screens read instead of state names. */
export const CYCLE_TAGS = ['collecting', 'consolidated', 'withChair', 'approved', 'published'] as const;
export type CycleTag = (typeof CYCLE_TAGS)[number];

const role = (by: Actor) => (by.kind === 'USER' ? by.role : null);
const filled = (s: string | undefined) => typeof s === 'string' && s.trim().length > 0;

export const cycleMachine = setup({
  types: { context: {} as CycleContext, events: {} as CycleEvent, tags: {} as CycleTag },
  guards: {
    isReviewer: ({ event }) => role(event.by) === 'REVIEWER' || event.by.kind === 'SYSTEM',
    isChair: ({ event }) => role(event.by) === 'CHAIR',
    everyKindConsolidated: ({ event }) => event.type === 'CONSOLIDATE' && event.everyKindConsolidated,
    everySubmissionFinal: ({ event }) => 'unfinished' in event && event.unfinished === 0,
    reconsolidated: ({ event }) => event.type === 'PUBLISH_CORRECTION' && event.reconsolidated,
    reasonGiven: ({ event }) => (event.type === 'SEND_BACK' || event.type === 'PUBLISH_CORRECTION') && filled(event.reason),
  },
  actions: {
    recordProposal: assign({ proposed: ({ event }) => (event.type === 'SEND_TO_CHAIR' ? event.runs : null), sentBack: null }),
    recordSendBack: assign({ sentBack: ({ event }) => (event.type === 'SEND_BACK' ? { reason: event.reason.trim(), at: event.at } : null) }),
  },
}).createMachine({
  id: 'cycle',
  context: { sentBack: null, proposed: null },
  initial: 'collecting',
  states: {
    collecting: {
      tags: ['collecting'],
      on: { CONSOLIDATE: [{ target: 'consolidated', guard: and(['isReviewer', 'everyKindConsolidated']) }, { target: 'collecting', guard: 'isReviewer' }] },
    },
    consolidated: {
      tags: ['consolidated'],
      on: {
        CONSOLIDATE: { target: 'consolidated', guard: 'isReviewer' },
        SEND_TO_CHAIR: { target: 'awaitingApproval', guard: and(['isReviewer', 'everySubmissionFinal']), actions: 'recordProposal' },
      },
    },
    awaitingApproval: {
      tags: ['withChair'],
      on: {
        APPROVE: { target: 'approved', guard: and(['isChair', 'everySubmissionFinal']) },
        SEND_BACK: { target: 'consolidated', guard: and(['isChair', 'reasonGiven']), actions: 'recordSendBack' },
      },
    },
    // STTTT posts the approved ranking on the portal, or the chair does it directly.
    approved: { tags: ['approved'], on: { PUBLISH: { target: 'published', guard: and([or(['isReviewer', 'isChair']), 'everySubmissionFinal']) } } },
    published: {
      tags: ['published'],
      on: {
        // A late correction: re-consolidated by the reviewer, published as a new version by the chair.
        CONSOLIDATE: { target: 'published', guard: 'isReviewer' },
        // Only a correction that corrects something: every reopened result final again and consolidated anew.
        PUBLISH_CORRECTION: { target: 'published', guard: and(['isChair', 'reasonGiven', 'everySubmissionFinal', 'reconsolidated']) },
      },
    },
  },
});
