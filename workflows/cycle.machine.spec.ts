import { cycleMachine, CycleEvent } from './cycle.machine.js';
import { decide, PersistedState, start } from './persisted-machine.js';

const reviewer = { kind: 'USER' as const, userId: 4, role: 'REVIEWER', unitId: 1 };
const chair = { kind: 'USER' as const, userId: 9, role: 'CHAIR', unitId: 2 };
const head = { kind: 'USER' as const, userId: 1, role: 'UNIT_HEAD', unitId: 10 };
const at = '2025-03-20T00:00:00Z';
type Ev = CycleEvent extends infer E ? (E extends CycleEvent ? Omit<E, 'at'> : never) : never;
const run = (events: Ev[], from: PersistedState = start(cycleMachine, undefined)) =>
  events.reduce((s, e) => {
    const d = decide(cycleMachine, s, { ...e, at } as CycleEvent);
    if (!d.allowed) throw new Error(`${e.type} refused in ${d.status}`);
    return d.next;
  }, from);
const can = (s: PersistedState, e: Ev) => decide(cycleMachine, s, { ...e, at } as CycleEvent).allowed;

describe('cycle statechart', () => {
  it('collecting → consolidated → awaiting approval → approved → published, and a correction after', () => {
    const partly = run([{ type: 'CONSOLIDATE', by: reviewer, everyKindConsolidated: false }]);
    expect(partly.value).toBe('collecting');
    const s = run([{ type: 'CONSOLIDATE', by: reviewer, everyKindConsolidated: true }, { type: 'SEND_TO_CHAIR', by: reviewer, runs: { DISTRICT: 3 }, unfinished: 0 }], partly);
    expect(s).toMatchObject({ value: 'awaitingApproval', context: { proposed: { DISTRICT: 3 } } });
    const published = run([{ type: 'APPROVE', by: chair, unfinished: 0 }, { type: 'PUBLISH', by: reviewer, unfinished: 0 }], s);
    expect(published.value).toBe('published');
    const fix = { type: 'PUBLISH_CORRECTION' as const, reason: 'Sửa điểm 6.3.2', unfinished: 0, reconsolidated: true };
    expect(can(published, { ...fix, by: chair, reason: '' })).toBe(false);
    expect(can(published, { ...fix, by: reviewer })).toBe(false);
    expect(can(published, { ...fix, by: chair })).toBe(true);
    // A correction corrects something: every reopened result final again, and a run that moves a total.
    expect(can(published, { ...fix, by: chair, unfinished: 1 })).toBe(false);
    expect(can(published, { ...fix, by: chair, reconsolidated: false })).toBe(false);
  });

  it('the chair sends it back only with a reason; the reviewer proposes again', () => {
    const waiting = run([{ type: 'CONSOLIDATE', by: reviewer, everyKindConsolidated: true }, { type: 'SEND_TO_CHAIR', by: reviewer, runs: { DISTRICT: 1 }, unfinished: 0 }]);
    expect(can(waiting, { type: 'SEND_BACK', by: chair, reason: '  ' })).toBe(false);
    const back = run([{ type: 'SEND_BACK', by: chair, reason: 'Rà soát lại chỉ số 4.1' }], waiting);
    expect(back).toMatchObject({ value: 'consolidated', context: { sentBack: { reason: 'Rà soát lại chỉ số 4.1' } } });
    expect(run([{ type: 'SEND_TO_CHAIR', by: reviewer, runs: { DISTRICT: 2 }, unfinished: 0 }], back).context).toEqual({ proposed: { DISTRICT: 2 }, sentBack: null });
  });

  it('lets only the chair approve, nobody publish before approval, and no unit move the cycle', () => {
    const waiting = run([{ type: 'CONSOLIDATE', by: reviewer, everyKindConsolidated: true }, { type: 'SEND_TO_CHAIR', by: reviewer, runs: { DISTRICT: 1 }, unfinished: 0 }]);
    expect(can(waiting, { type: 'APPROVE', by: reviewer, unfinished: 0 })).toBe(false);
    expect(can(waiting, { type: 'PUBLISH', by: chair, unfinished: 0 })).toBe(false);
    expect(can(start(cycleMachine, undefined), { type: 'CONSOLIDATE', by: head, everyKindConsolidated: true })).toBe(false);
    expect(decide(cycleMachine, waiting, { type: 'PUBLISH', by: chair, unfinished: 0, at } as CycleEvent)).toMatchObject({ allowed: false, possible: ['APPROVE', 'SEND_BACK'] });
  });

  it('sends, approves and publishes only a year whose every submission is final', () => {
    const consolidated = run([{ type: 'CONSOLIDATE', by: reviewer, everyKindConsolidated: true }]);
    expect(can(consolidated, { type: 'SEND_TO_CHAIR', by: reviewer, runs: { DISTRICT: 1 }, unfinished: 3 })).toBe(false);
    const waiting = run([{ type: 'SEND_TO_CHAIR', by: reviewer, runs: { DISTRICT: 1 }, unfinished: 0 }], consolidated);
    expect(can(waiting, { type: 'APPROVE', by: chair, unfinished: 1 })).toBe(false);
    const approved = run([{ type: 'APPROVE', by: chair, unfinished: 0 }], waiting);
    expect(can(approved, { type: 'PUBLISH', by: chair, unfinished: 2 })).toBe(false);
  });
});
