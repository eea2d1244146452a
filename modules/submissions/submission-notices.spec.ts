import { Role } from '../../src/access/role.enum.js';
import { start } from '../../workflows/persisted-machine.js';
import { SubmissionContext, submissionMachine } from '../../workflows/submission.machine.js';
import { recipientsAmong } from '../notifications/recipients.js';
import { noticeFor, WHO_IS_TOLD } from './submission-notices.js';

// A small province: Biên Hòa (10) reports; STTTT (20) holds the reviewing duty; the steering
// committee's office (30) has a reviewer too; Công an (50) reports a variable, Cục Thống kê (51) assesses one.
const people = [
  ['canbo.bienhoa', Role.UNIT_OFFICER, 10],
  ['lanhdao.bienhoa', Role.UNIT_HEAD, 10],
  ['thamdinh.sotttt', Role.REVIEWER, 20],
  ['thamdinh2.sotttt', Role.REVIEWER, 20],
  ['canbo.sotttt', Role.UNIT_OFFICER, 20],
  ['thamdinh.bcd', Role.REVIEWER, 30],
  ['daumoi.congan', Role.SOURCE_AGENCY, 50],
  ['daumoi.cuctk', Role.SOURCE_AGENCY, 51],
  ['chutich', Role.CHAIR, 90],
  ['admin', Role.ADMIN, 20],
  ['nghiviec.bienhoa', Role.UNIT_OFFICER, 10, false],
].map(([username, role, unitId, isActive], i) => ({ id: i + 1, username: username as string, role: role as Role, unitId: unitId as number, isActive: isActive !== false }));
const id = (username: string) => people.find((p) => p.username === username)!.id;

const UNIT = ['canbo.bienhoa', 'lanhdao.bienhoa'];
const REVIEWERS = ['thamdinh.sotttt', 'thamdinh2.sotttt'];
/** The table of docs/notifications.md, written out by hand: who reads each move on Biên Hòa's report. */
const EXPECTED: Record<string, string[]> = {
  UNIT_PART_COMPLETE: ['lanhdao.bienhoa'],
  UNIT_PART_INCOMPLETE: [],
  AGENCY_PART_COMPLETE: UNIT,
  AGENCY_PART_INCOMPLETE: UNIT,
  SUBMIT: REVIEWERS,
  WITHDRAW: REVIEWERS,
  CLOSE_UNSUBMITTED: UNIT,
  START_VERIFICATION: UNIT,
  RETURN: [...UNIT, 'daumoi.congan'],
  RESUBMIT: REVIEWERS,
  AGENCY_RESUBMIT: [...UNIT, ...REVIEWERS],
  RECORD_VERIFICATION: [],
  VERIFY: UNIT,
  DISPUTE: REVIEWERS,
  ACCEPT: UNIT,
  DISPUTE_WINDOW_CLOSED: UNIT,
  DISPUTE_MESSAGE: [...UNIT, ...REVIEWERS, 'daumoi.congan', 'daumoi.cuctk'],
  RECORD_RESOLUTION: [],
  RESOLVE_DISPUTE: UNIT,
  FINALIZE: UNIT,
  REOPEN_FOR_CORRECTION: UNIT,
  CORRECTION_DONE: [...UNIT, 'chutich'],
};

const context = (unitId: number, designatedReviewerId: number | null = null): SubmissionContext => ({
  ...(start(submissionMachine, { unitId, designatedReviewerId, agencies: [50], assessors: [51], deadlines: { dataEntry: '2099-01-15T16:59:59Z', disputeWindow: '2099-02-20T16:59:59Z' } }).context as SubmissionContext),
  returned: { indicators: ['3.1'], reason: 'Bổ sung văn bản', unitAwaited: true, awaiting: [50] },
});
const told = (type: string, unitId = 10, extra: { designated?: number; actor?: string } = {}) => {
  const notice = noticeFor(type, {
    submissionId: 7, unitId, unitName: 'UBND thành phố Biên Hòa', period: 'YEAR', cycleName: 'DTI 2099', indicators: ['3.1'], reason: 'lý do',
    context: context(unitId, extra.designated ?? null), reviewingUnitId: 20, threadAgencies: [50, 51],
  });
  return notice ? recipientsAmong(people, notice.to, extra.actor ? id(extra.actor) : undefined).map((p) => p.username).sort() : [];
};

describe('who is told of each move on a submission', () => {
  it('has a line for every event of the statechart, and nothing else', () => {
    expect(Object.keys(WHO_IS_TOLD).sort()).toEqual([...submissionMachine.events].sort());
    expect(Object.keys(EXPECTED).sort()).toEqual([...submissionMachine.events].sort());
  });

  it.each([...submissionMachine.events])('%s: exactly the people of the table, none missing, none extra', (type) => {
    expect(told(type)).toEqual([...EXPECTED[type]].sort());
  });

  it('never tells the submitting unit’s own people as reviewers: the reviewing agency’s report goes to the others’ reviewers', () => {
    expect(told('SUBMIT', 20)).toEqual(['thamdinh.bcd']);
    expect(told('DISPUTE', 20, { designated: id('thamdinh.bcd') })).toEqual(['thamdinh.bcd']);
    // a designated reviewer is the only reviewer told, wherever the duty sits
    expect(told('SUBMIT', 10, { designated: id('thamdinh.bcd') })).toEqual(['thamdinh.bcd']);
  });

  it('tells nobody of their own move, and no deactivated account', () => {
    expect(told('DISPUTE_MESSAGE', 10, { actor: 'lanhdao.bienhoa' })).not.toContain('lanhdao.bienhoa');
    expect(told('VERIFY')).not.toContain('nghiviec.bienhoa');
  });
});
