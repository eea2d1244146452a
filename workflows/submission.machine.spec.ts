import { decide, PersistedState, start } from './persisted-machine.js';
import { SubmissionEvent, submissionMachine } from './submission.machine.js';

const input = {
  unitId: 10,
  designatedReviewerId: null,
  agencies: [50],
  deadlines: { dataEntry: '2025-01-15T16:59:59Z', disputeWindow: '2025-02-28T16:59:59Z' },
};
const head = { kind: 'USER' as const, userId: 1, role: 'UNIT_HEAD', unitId: 10 };
const officer = { kind: 'USER' as const, userId: 2, role: 'UNIT_OFFICER', unitId: 10 };
const otherHead = { kind: 'USER' as const, userId: 3, role: 'UNIT_HEAD', unitId: 11 };
const reviewer = { kind: 'USER' as const, userId: 4, role: 'REVIEWER', unitId: 99 };
const agency = { kind: 'USER' as const, userId: 5, role: 'SOURCE_AGENCY', unitId: 50 };
const system = { kind: 'SYSTEM' as const };
const early = '2025-01-10T00:00:00Z';
const late = '2025-03-01T00:00:00Z';

type Ev = SubmissionEvent extends infer E ? (E extends SubmissionEvent ? Omit<E, 'at'> & { at?: string } : never) : never;
function run(events: Ev[], from: PersistedState = start(submissionMachine, input)): PersistedState {
  return events.reduce((state, e) => {
    const d = decide(submissionMachine, state, { at: early, ...e } as SubmissionEvent);
    if (!d.allowed) throw new Error(`${e.type} refused in ${d.status}`);
    return d.next;
  }, from);
}
const statusOf = (s: PersistedState) => (typeof s.value === 'string' ? s.value : Object.keys(s.value as object)[0]);
const ready = () => run([{ type: 'UNIT_PART_COMPLETE', by: officer }, { type: 'AGENCY_PART_COMPLETE', by: agency }]);

describe('submission statechart', () => {
  it('walks the whole path: draft → submitted → under verification → returned → resubmitted → verified → disputed → resolved → final', () => {
    let s = run([{ type: 'SUBMIT', by: head }, { type: 'START_VERIFICATION', by: reviewer }], ready());
    expect(statusOf(s)).toBe('underVerification');
    s = run([{ type: 'RETURN', by: reviewer, indicators: ['6.3.2'], reason: 'Thiếu tài liệu kiểm chứng' }], s);
    expect(s).toMatchObject({ value: 'returned', context: { returned: { indicators: ['6.3.2'], reason: 'Thiếu tài liệu kiểm chứng' } } });
    s = run([{ type: 'RESUBMIT', by: head }, { type: 'VERIFY', by: reviewer, complete: true }], s);
    expect(s).toMatchObject({ value: 'verified', context: { returned: null } });
    s = run([{ type: 'DISPUTE', by: head, indicators: ['4.1'], explanation: 'Số liệu đã cập nhật' }], s);
    expect(statusOf(s)).toBe('disputed');
    s = run([{ type: 'RESOLVE_DISPUTE', by: reviewer, complete: true }, { type: 'FINALIZE', by: reviewer }], s);
    expect(statusOf(s)).toBe('final');
  });

  it('needs both parts complete before the head submits, and only the head of the unit', () => {
    const partial = run([{ type: 'UNIT_PART_COMPLETE', by: officer }]);
    expect(decide(submissionMachine, partial, { type: 'SUBMIT', by: head, at: early })).toMatchObject({ allowed: false, status: 'draft' });
    expect(decide(submissionMachine, ready(), { type: 'SUBMIT', by: officer, at: early }).allowed).toBe(false);
    expect(decide(submissionMachine, ready(), { type: 'SUBMIT', by: otherHead, at: early }).allowed).toBe(false);
    expect(decide(submissionMachine, ready(), { type: 'SUBMIT', by: head, at: early }).allowed).toBe(true);
  });

  it('completes the agencies\' part only when every assigned agency has declared its own part done', () => {
    const second = { kind: 'USER' as const, userId: 6, role: 'SOURCE_AGENCY', unitId: 51 };
    const stranger = { kind: 'USER' as const, userId: 7, role: 'SOURCE_AGENCY', unitId: 52 };
    const two = start(submissionMachine, { ...input, agencies: [50, 51] });
    const agencyPart = (s: PersistedState) => (s.value as { draft: { agencyPart: string } }).draft.agencyPart;
    expect(decide(submissionMachine, two, { type: 'AGENCY_PART_COMPLETE', by: stranger, at: early }).allowed).toBe(false);
    expect(decide(submissionMachine, two, { type: 'AGENCY_PART_COMPLETE', by: officer, at: early }).allowed).toBe(false);
    const one = run([{ type: 'AGENCY_PART_COMPLETE', by: agency }], two);
    expect(agencyPart(one)).toBe('editing');
    expect(one.context).toMatchObject({ agenciesDone: [50] });
    expect(decide(submissionMachine, one, { type: 'AGENCY_PART_COMPLETE', by: agency, at: early }).allowed).toBe(false);
    const both = run([{ type: 'AGENCY_PART_COMPLETE', by: second }], one);
    expect(agencyPart(both)).toBe('complete');
    const reopened = run([{ type: 'AGENCY_PART_INCOMPLETE', by: agency }], both);
    expect(agencyPart(reopened)).toBe('editing');
    expect(reopened.context).toMatchObject({ agenciesDone: [51] });
    expect(agencyPart(start(submissionMachine, { ...input, agencies: [] }))).toBe('complete');
  });

  it('lets only the system move a draft on at the data-entry deadline, not before it', () => {
    const draft = start(submissionMachine, input);
    expect(decide(submissionMachine, draft, { type: 'DATA_ENTRY_DEADLINE_PASSED', by: system, at: early }).allowed).toBe(false);
    expect(decide(submissionMachine, draft, { type: 'DATA_ENTRY_DEADLINE_PASSED', by: head, at: late }).allowed).toBe(false);
    expect(decide(submissionMachine, draft, { type: 'DATA_ENTRY_DEADLINE_PASSED', by: system, at: late })).toMatchObject({ allowed: true, status: 'submitted' });
    expect(decide(submissionMachine, ready(), { type: 'SUBMIT', by: head, at: late }).allowed).toBe(false);
  });

  it('refuses a reviewer of the same unit (conflict of interest) and accepts only the designated one when set', () => {
    const submitted = run([{ type: 'SUBMIT', by: head }], ready());
    const sameUnitReviewer = { ...reviewer, unitId: 10 };
    expect(decide(submissionMachine, submitted, { type: 'START_VERIFICATION', by: sameUnitReviewer, at: early }).allowed).toBe(false);
    const designated = { ...submitted, context: { ...(submitted.context as object), designatedReviewerId: 77 } };
    expect(decide(submissionMachine, designated, { type: 'START_VERIFICATION', by: reviewer, at: early }).allowed).toBe(false);
    const chosen = { kind: 'USER' as const, userId: 77, role: 'REVIEWER', unitId: 60 };
    expect(decide(submissionMachine, designated, { type: 'START_VERIFICATION', by: chosen, at: early }).allowed).toBe(true);
  });

  it('refuses a return without indicators or reason, and a dispute without explanation or past the window', () => {
    const verifying = run([{ type: 'SUBMIT', by: head }, { type: 'START_VERIFICATION', by: reviewer }], ready());
    expect(decide(submissionMachine, verifying, { type: 'RETURN', by: reviewer, indicators: [], reason: 'x', at: early }).allowed).toBe(false);
    expect(decide(submissionMachine, verifying, { type: 'RETURN', by: reviewer, indicators: ['1.1'], reason: '  ', at: early }).allowed).toBe(false);
    const verified = run([{ type: 'VERIFY', by: reviewer, complete: true }], verifying);
    const dispute = (explanation: string, at: string) => decide(submissionMachine, verified, { type: 'DISPUTE', by: head, indicators: ['1.1'], explanation, at });
    expect(dispute('', early).allowed).toBe(false);
    expect(dispute('Có văn bản mới', late).allowed).toBe(false);
    expect(dispute('Có văn bản mới', early).allowed).toBe(true);
  });

  it('closes the dispute window by itself only once it has passed, and lets the unit accept earlier', () => {
    const verified = run([{ type: 'SUBMIT', by: head }, { type: 'START_VERIFICATION', by: reviewer }, { type: 'VERIFY', by: reviewer, complete: true }], ready());
    expect(decide(submissionMachine, verified, { type: 'DISPUTE_WINDOW_CLOSED', by: system, at: early }).allowed).toBe(false);
    expect(decide(submissionMachine, verified, { type: 'DISPUTE_WINDOW_CLOSED', by: system, at: late })).toMatchObject({ allowed: true, status: 'final' });
    expect(decide(submissionMachine, verified, { type: 'ACCEPT', by: head, at: early })).toMatchObject({ allowed: true, status: 'final' });
  });

  it('says what the current state accepts when a move is refused', () => {
    const d = decide(submissionMachine, start(submissionMachine, input), { type: 'VERIFY', by: reviewer, complete: true, at: early });
    expect(d).toMatchObject({ allowed: false, status: 'draft' });
    expect(d.allowed || d.possible).toEqual(expect.arrayContaining(['SUBMIT', 'UNIT_PART_COMPLETE', 'DATA_ENTRY_DEADLINE_PASSED']));
  });

  it('survives a JSON round trip of the persisted state, as the database stores it', () => {
    const s = JSON.parse(JSON.stringify(run([{ type: 'SUBMIT', by: head }], ready())));
    expect(decide(submissionMachine, s, { type: 'START_VERIFICATION', by: reviewer, at: early })).toMatchObject({ allowed: true, status: 'underVerification' });
  });

  it('a designated reviewer must still be an independent reviewer: never the unit itself', () => {
    const submitted = run([{ type: 'SUBMIT', by: head }], ready());
    const designatedHead = { ...submitted, context: { ...(submitted.context as object), designatedReviewerId: head.userId } };
    expect(decide(submissionMachine, designatedHead, { type: 'START_VERIFICATION', by: head, at: early }).allowed).toBe(false);
  });

  it('compares deadlines as instants, whatever the offset or precision', () => {
    const vn = { ...input, deadlines: { ...input.deadlines, dataEntry: '2025-01-15T23:59:59+07:00' } };
    const draft = start(submissionMachine, vn);
    // 18:00Z is 01:00 on the 16th in Vietnam: an hour late
    expect(decide(submissionMachine, draft, { type: 'DATA_ENTRY_DEADLINE_PASSED', by: system, at: '2025-01-15T18:00:00.000Z' }).allowed).toBe(true);
    expect(decide(submissionMachine, draft, { type: 'DATA_ENTRY_DEADLINE_PASSED', by: system, at: '2025-01-15T16:59:58.999Z' }).allowed).toBe(false);
    expect(decide(submissionMachine, draft, { type: 'DATA_ENTRY_DEADLINE_PASSED', by: system, at: 'not a time' }).allowed).toBe(false);
  });

  it('verifies only when every indicator has a verified score, and only an independent reviewer records them', () => {
    const verifying = run([{ type: 'SUBMIT', by: head }, { type: 'START_VERIFICATION', by: reviewer }], ready());
    expect(decide(submissionMachine, verifying, { type: 'VERIFY', by: reviewer, complete: false, at: early }).allowed).toBe(false);
    expect(decide(submissionMachine, verifying, { type: 'RECORD_VERIFICATION', by: reviewer, at: early })).toMatchObject({ allowed: true, status: 'underVerification' });
    expect(decide(submissionMachine, verifying, { type: 'RECORD_VERIFICATION', by: head, at: early }).allowed).toBe(false);
    const submitted = run([{ type: 'SUBMIT', by: head }], ready());
    expect(decide(submissionMachine, submitted, { type: 'RECORD_VERIFICATION', by: reviewer, at: early }).allowed).toBe(false);
  });

  it('in a dispute: the unit and the reviewer write in the threads, only the reviewer resolves, and only once every item has an outcome', () => {
    const disputed = run(
      [{ type: 'SUBMIT', by: head }, { type: 'START_VERIFICATION', by: reviewer }, { type: 'VERIFY', by: reviewer, complete: true }, { type: 'DISPUTE', by: head, indicators: ['1.1'], explanation: 'Có văn bản mới' }],
      ready(),
    );
    expect(decide(submissionMachine, disputed, { type: 'DISPUTE_MESSAGE', by: officer, at: early }).allowed).toBe(true);
    expect(decide(submissionMachine, disputed, { type: 'DISPUTE_MESSAGE', by: reviewer, at: early }).allowed).toBe(true);
    expect(decide(submissionMachine, disputed, { type: 'DISPUTE_MESSAGE', by: otherHead, at: early }).allowed).toBe(false);
    expect(decide(submissionMachine, disputed, { type: 'RECORD_RESOLUTION', by: head, at: early }).allowed).toBe(false);
    expect(decide(submissionMachine, disputed, { type: 'RESOLVE_DISPUTE', by: reviewer, complete: false, at: early }).allowed).toBe(false);
    expect(decide(submissionMachine, disputed, { type: 'RESOLVE_DISPUTE', by: reviewer, complete: true, at: early })).toMatchObject({ allowed: true, status: 'disputeResolved' });
  });
});
