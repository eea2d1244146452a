import { AnyMachineSnapshot, AnyStateMachine, EventFromLogic, getNextTransitions, initialTransition, transition } from 'xstate';

/** What is stored with an entity: enough to rebuild the machine's snapshot exactly. */
export interface PersistedState<TContext = unknown> {
  value: unknown;
  context: TContext;
}

export type Decision =
  | { allowed: true; next: PersistedState; status: string }
  | { allowed: false; status: string; possible: string[] };

const persist = (snapshot: AnyMachineSnapshot): PersistedState => ({ value: snapshot.value, context: snapshot.context });

/** The first state of a new entity's machine. */
export function start(machine: AnyStateMachine, input: unknown): PersistedState {
  const [snapshot] = initialTransition(machine, input as never);
  return persist(snapshot as AnyMachineSnapshot);
}

/**
 * Restore the persisted snapshot, ask the machine whether the event is allowed (guards
 * included), and return the next state to persist, or what this state accepts at all.
 */
export function decide<M extends AnyStateMachine>(machine: M, persisted: PersistedState, event: EventFromLogic<M>): Decision {
  const snapshot = machine.resolveState({ value: persisted.value as never, context: persisted.context as never }) as AnyMachineSnapshot;
  const status = statusName(snapshot.value);
  if (!snapshot.can(event)) {
    const possible = [...new Set(getNextTransitions(snapshot).map((t) => t.eventType))].filter((t) => t && !t.startsWith('xstate.'));
    return { allowed: false, status, possible };
  }
  const [next] = transition(machine, snapshot as never, event);
  return { allowed: true, next: persist(next as AnyMachineSnapshot), status: statusName((next as AnyMachineSnapshot).value) };
}

/** What the persisted state means, as the machine's tags say (sorted, for stable answers). */
export function tagsOf(machine: AnyStateMachine, persisted: PersistedState): string[] {
  const snapshot = machine.resolveState({ value: persisted.value as never, context: persisted.context as never }) as AnyMachineSnapshot;
  return [...snapshot.tags].sort();
}

/** A state value as one name: `{ draft: { unitPart: 'complete', … } }` reads as `draft`. */
export function statusName(value: unknown): string {
  return typeof value === 'string' ? value : Object.keys(value as object)[0];
}

/**
 * The moves this state would accept from this person: each of the state's events is asked
 * with a plausible payload (`probe`), so that what depends only on who and when is answered.
 */
export function allowedEvents<M extends AnyStateMachine>(machine: M, persisted: PersistedState, probe: (type: string) => EventFromLogic<M>): string[] {
  const snapshot = machine.resolveState({ value: persisted.value as never, context: persisted.context as never }) as AnyMachineSnapshot;
  const types = [...new Set(getNextTransitions(snapshot).map((t) => t.eventType))].filter((t) => !t.startsWith('xstate.') && t !== '*');
  return types.filter((type) => snapshot.can(probe(type)));
}
