import { allowedEvents, decide, PersistedState, start, tagsOf } from './persisted-machine.js';
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
    // the officer the head named as deputy submits in the head's absence, but neither disputes nor accepts
    const deputy = { ...officer, deputyHead: true };
    expect(decide(submissionMachine, ready(), { type: 'SUBMIT', by: deputy, at: early }).allowed).toBe(true);
    expect(decide(submissionMachine, ready(), { type: 'SUBMIT', by: { ...otherHead, role: 'UNIT_OFFICER', deputyHead: true }, at: early }).allowed).toBe(false);
    const verified = run([{ type: 'SUBMIT', by: deputy }, { type: 'START_VERIFICATION', by: reviewer }, { type: 'VERIFY', by: reviewer, complete: true }], ready());
    expect(decide(submissionMachine, verified, { type: 'ACCEPT', by: deputy, at: early }).allowed).toBe(false);
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

  it('closes a draft that was never submitted only by the reviewer, with a reason, once the deadline has passed', () => {
    const draft = start(submissionMachine, input);
    const close = (by: typeof reviewer | typeof head | typeof system, at: string, reason = 'Không nộp') =>
      decide(submissionMachine, draft, { type: 'CLOSE_UNSUBMITTED', by, at, reason } as SubmissionEvent);
    expect(close(reviewer, early).allowed).toBe(false);
    expect(close(head, late).allowed).toBe(false);
    expect(close(system, late).allowed).toBe(false);
    expect(close(reviewer, late, '  ').allowed).toBe(false);
    const closed = close(reviewer, late);
    expect(closed).toMatchObject({ allowed: true, status: 'submitted', next: { context: { closedUnsubmitted: { reason: 'Không nộp', byUserId: 4 } } } });
    expect(decide(submissionMachine, ready(), { type: 'SUBMIT', by: head, at: late }).allowed).toBe(false);
  });

  it('refuses a submission before its reporting period opens', () => {
    const notYet = run([{ type: 'UNIT_PART_COMPLETE', by: officer }, { type: 'AGENCY_PART_COMPLETE', by: agency }], start(submissionMachine, { ...input, deadlines: { ...input.deadlines, opensAt: '2025-01-12T00:00:00Z' } }));
    expect(decide(submissionMachine, notYet, { type: 'SUBMIT', by: head, at: early }).allowed).toBe(false);
    expect(decide(submissionMachine, notYet, { type: 'SUBMIT', by: head, at: '2025-01-13T00:00:00Z' }).allowed).toBe(true);
  });

  it('opens the dispute window when the result is sent, for the cycle\'s number of working days', () => {
    const verifying = run([{ type: 'SUBMIT', by: head }, { type: 'START_VERIFICATION', by: reviewer }], ready());
    // Sent on Friday 10/01/2025: three working days end on Wednesday 15/01 at 23:59:59.999 in Việt Nam.
    const three = { ...verifying, context: { ...(verifying.context as object), disputeWorkingDays: 3 } };
    const verified = run([{ type: 'VERIFY', by: reviewer, complete: true, at: '2025-01-10T02:00:00Z' }], three);
    expect(verified.context).toMatchObject({ deadlines: { disputeWindow: '2025-01-15T16:59:59.999Z' } });
    expect(decide(submissionMachine, verified, { type: 'DISPUTE', by: head, indicators: ['1.1'], explanation: 'x', at: '2025-01-15T16:59:00Z' }).allowed).toBe(true);
    expect(decide(submissionMachine, verified, { type: 'DISPUTE', by: head, indicators: ['1.1'], explanation: 'x', at: '2025-01-15T17:00:00Z' }).allowed).toBe(false);
  });

  it('sends a return to whoever must correct, and back to the reviewer once each of them has resent', () => {
    const verifying = run([{ type: 'SUBMIT', by: head }, { type: 'START_VERIFICATION', by: reviewer }], ready());
    const both = run([{ type: 'RETURN', by: reviewer, indicators: ['8.1'], reason: 'Số liệu lệch', unitAwaited: true, awaiting: [50] }], verifying);
    expect(decide(submissionMachine, both, { type: 'AGENCY_RESUBMIT', by: { ...agency, unitId: 51 }, at: early }).allowed).toBe(false);
    const agencyDone = run([{ type: 'AGENCY_RESUBMIT', by: agency }], both);
    expect(statusOf(agencyDone)).toBe('returned');
    expect(decide(submissionMachine, agencyDone, { type: 'AGENCY_RESUBMIT', by: agency, at: early }).allowed).toBe(false);
    expect(statusOf(run([{ type: 'RESUBMIT', by: head }], agencyDone))).toBe('underVerification');
    const agencyOnly = run([{ type: 'RETURN', by: reviewer, indicators: ['8.1'], reason: 'Số liệu lệch', unitAwaited: false, awaiting: [50] }], verifying);
    expect(decide(submissionMachine, agencyOnly, { type: 'RESUBMIT', by: head, at: early }).allowed).toBe(false);
    expect(run([{ type: 'AGENCY_RESUBMIT', by: agency }], agencyOnly)).toMatchObject({ value: 'underVerification', context: { returned: null } });
    expect(decide(submissionMachine, verifying, { type: 'RETURN', by: reviewer, indicators: ['8.1'], reason: 'x', unitAwaited: false, awaiting: [], at: early }).allowed).toBe(false);
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
    expect(d.allowed || d.possible).toEqual(expect.arrayContaining(['SUBMIT', 'UNIT_PART_COMPLETE', 'CLOSE_UNSUBMITTED']));
    // the agency part's eventless ("always") transition is no move anyone can make
    expect(d.allowed || d.possible.every((e) => /^[A-Z_]+$/.test(e))).toBe(true);
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
    const close = (at: string) => decide(submissionMachine, draft, { type: 'CLOSE_UNSUBMITTED', by: reviewer, reason: 'Không nộp', at }).allowed;
    expect(close('2025-01-15T18:00:00.000Z')).toBe(true);
    expect(close('2025-01-15T16:59:58.999Z')).toBe(false);
    expect(close('not a time')).toBe(false);
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
    // Agencies that supply or assess the unit's indicators answer in the threads; others do not.
    expect(decide(submissionMachine, disputed, { type: 'DISPUTE_MESSAGE', by: agency, at: early }).allowed).toBe(true);
    const assessor = { kind: 'USER' as const, userId: 8, role: 'SOURCE_AGENCY', unitId: 53 };
    expect(decide(submissionMachine, disputed, { type: 'DISPUTE_MESSAGE', by: assessor, at: early }).allowed).toBe(false);
    const assessed = { ...disputed, context: { ...(disputed.context as object), assessors: [53] } };
    expect(decide(submissionMachine, assessed, { type: 'DISPUTE_MESSAGE', by: assessor, at: early }).allowed).toBe(true);
    expect(decide(submissionMachine, disputed, { type: 'RECORD_RESOLUTION', by: head, at: early }).allowed).toBe(false);
    expect(decide(submissionMachine, disputed, { type: 'RESOLVE_DISPUTE', by: reviewer, complete: false, at: early }).allowed).toBe(false);
    expect(decide(submissionMachine, disputed, { type: 'RESOLVE_DISPUTE', by: reviewer, complete: true, at: early })).toMatchObject({ allowed: true, status: 'disputeResolved' });
  });

  it('says what each state means in tags, so nobody outside reads its name', () => {
    expect(tagsOf(submissionMachine, start(submissionMachine, input))).toEqual(['openForEntry']);
    expect(tagsOf(submissionMachine, ready())).toEqual(['agencyPartComplete', 'openForEntry', 'unitPartComplete']);
    const submitted = run([{ type: 'SUBMIT', by: head }], ready());
    expect(tagsOf(submissionMachine, submitted)).toEqual(['awaitsVerification', 'locked', 'waitsForReviewer']);
    const verified = run([{ type: 'START_VERIFICATION', by: reviewer }, { type: 'VERIFY', by: reviewer, complete: true }], submitted);
    expect(tagsOf(submissionMachine, verified)).toEqual(['disputeWindowOpen', 'locked', 'resultSent']);
    expect(tagsOf(submissionMachine, run([{ type: 'ACCEPT', by: head }], verified))).toEqual(['final', 'locked', 'resultSent']);
  });

  it('lets the head (or deputy) withdraw a submitted report to draft until the deadline, not once a reviewer has started', () => {
    const submitted = run([{ type: 'SUBMIT', by: head }], ready());
    expect(decide(submissionMachine, submitted, { type: 'WITHDRAW', by: officer, at: early }).allowed).toBe(false);
    expect(decide(submissionMachine, submitted, { type: 'WITHDRAW', by: otherHead, at: early }).allowed).toBe(false);
    expect(decide(submissionMachine, submitted, { type: 'WITHDRAW', by: head, at: '2025-01-15T16:59:59Z' }).allowed).toBe(false);
    const back = run([{ type: 'WITHDRAW', by: { ...officer, deputyHead: true } }], submitted);
    // back in the draft with the unit's part open again; the agency's declared part stays declared
    expect(back.value).toEqual({ draft: { unitPart: 'editing', agencyPart: 'complete' } });
    expect(allowedEvents(submissionMachine, back, (type) => ({ type, by: head, at: early }) as SubmissionEvent)).toEqual(['UNIT_PART_COMPLETE']);
    const started = run([{ type: 'START_VERIFICATION', by: reviewer }], submitted);
    expect(decide(submissionMachine, started, { type: 'WITHDRAW', by: head, at: early })).toMatchObject({ allowed: false, status: 'underVerification' });
  });

  it('reopens a final result for a correction only after publication, by an independent reviewer with the basis, and closes it again', () => {
    const final = run([{ type: 'SUBMIT', by: head }, { type: 'START_VERIFICATION', by: reviewer }, { type: 'VERIFY', by: reviewer, complete: true }, { type: 'ACCEPT', by: head }], ready());
    const reopen = (by: typeof reviewer | typeof head, reason: string, cyclePublished: boolean) =>
      decide(submissionMachine, final, { type: 'REOPEN_FOR_CORRECTION', by, reason, cyclePublished, at: late }).allowed;
    expect(reopen(reviewer, 'QĐ 12/QĐ-UBND giải quyết khiếu nại', false)).toBe(false);
    expect(reopen(reviewer, '  ', true)).toBe(false);
    expect(reopen(head, 'QĐ 12/QĐ-UBND giải quyết khiếu nại', true)).toBe(false);
    expect(reopen({ ...reviewer, unitId: 10 }, 'QĐ 12/QĐ-UBND giải quyết khiếu nại', true)).toBe(false);
    const open = run([{ type: 'REOPEN_FOR_CORRECTION', by: reviewer, reason: 'QĐ 12/QĐ-UBND giải quyết khiếu nại', cyclePublished: true, at: late }], final);
    expect(tagsOf(submissionMachine, open)).toEqual(['locked', 'resultSent', 'underCorrection', 'underReview']);
    expect(decide(submissionMachine, open, { type: 'RECORD_VERIFICATION', by: reviewer, at: late }).allowed).toBe(true);
    expect(decide(submissionMachine, open, { type: 'CORRECTION_DONE', by: head, at: late }).allowed).toBe(false);
    const closed = run([{ type: 'CORRECTION_DONE', by: reviewer, at: late }], open);
    expect(closed.value).toBe('final');
    expect(closed.context).toMatchObject({ corrections: [{ reason: 'QĐ 12/QĐ-UBND giải quyết khiếu nại', at: late, byUserId: 4, closedAt: late }] });
  });
});
