import { AnyStateMachine, EventFromLogic, getNextTransitions, initialTransition, SnapshotFrom, transition } from 'xstate';

/** What is stored with an entity: enough to rebuild the machine's snapshot exactly. */
export interface PersistedState<TContext = unknown> {
  value: unknown;
  context: TContext;
}

export type Decision<M extends AnyStateMachine> =
  | { allowed: true; next: PersistedState<SnapshotFrom<M>['context']>; status: string }
  | { allowed: false; status: string; possible: string[] };

/** The first state of a new entity's machine. */
export function start<M extends AnyStateMachine>(machine: M, input: unknown): PersistedState<SnapshotFrom<M>['context']> {
  const [snapshot] = initialTransition(machine, input as never);
  return { value: snapshot.value, context: snapshot.context };
}

/**
 * Restore the persisted snapshot, ask the machine whether the event is allowed (guards
 * included), and return the next state to persist, or what this state accepts at all.
 */
export function decide<M extends AnyStateMachine>(machine: M, persisted: PersistedState, event: EventFromLogic<M>): Decision<M> {
  const snapshot = machine.resolveState({ value: persisted.value as never, context: persisted.context as never });
  const status = statusName(snapshot.value);
  if (!snapshot.can(event)) {
    const possible = [...new Set(getNextTransitions(snapshot).map((t) => t.eventType))].filter((t) => !t.startsWith('xstate.'));
    return { allowed: false, status, possible };
  }
  const [next] = transition(machine, snapshot, event);
  return { allowed: true, next: { value: next.value, context: next.context }, status: statusName(next.value) };
}

/** A state value as one string: `draft.unitPart.complete+agencyPart.editing` reads as `draft`. */
export function statusName(value: unknown): string {
  return typeof value === 'string' ? value : Object.keys(value as object)[0];
}
