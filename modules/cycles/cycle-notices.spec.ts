import { Role } from '../../src/access/role.enum.js';
import { cycleMachine } from '../../workflows/cycle.machine.js';
import { recipientsAmong } from '../notifications/recipients.js';
import { CYCLE_WHO_IS_TOLD, cycleNotice } from './cycle-notices.js';

const people = [
  ['canbo.bienhoa', Role.UNIT_OFFICER, 10],
  ['lanhdao.longkhanh', Role.UNIT_HEAD, 11],
  ['canbo.soyte', Role.UNIT_OFFICER, 40],
  ['thamdinh.sotttt', Role.REVIEWER, 20],
  ['thamdinh.bcd', Role.REVIEWER, 30],
  ['daumoi.congan', Role.SOURCE_AGENCY, 50],
  ['chutich', Role.CHAIR, 90],
  ['admin', Role.ADMIN, 20],
].map(([username, role, unitId], i) => ({ id: i + 1, username: username as string, role: role as Role, unitId: unitId as number, isActive: true }));

/** docs/notifications.md, the cycle's part, for a districts' cycle (Biên Hòa 10, Long Khánh 11): Sở Y tế is not in it. */
const RANKED = ['canbo.bienhoa', 'lanhdao.longkhanh'];
const EXPECTED: Record<string, string[]> = {
  CONSOLIDATE: [],
  SEND_TO_CHAIR: ['chutich'],
  SEND_BACK: ['thamdinh.sotttt'],
  APPROVE: ['admin', 'thamdinh.sotttt'],
  PUBLISH: [...RANKED, 'admin', 'chutich', 'thamdinh.sotttt'],
  PUBLISH_CORRECTION: [...RANKED, 'admin', 'chutich', 'thamdinh.sotttt'],
};

describe('who is told of each move of the cycle', () => {
  it('has a line for every event of the cycle statechart', () => {
    expect(Object.keys(CYCLE_WHO_IS_TOLD).sort()).toEqual([...cycleMachine.events].sort());
    expect(Object.keys(EXPECTED).sort()).toEqual([...cycleMachine.events].sort());
  });

  it.each([...cycleMachine.events])('%s: exactly the people of the table', (type) => {
    const notice = cycleNotice(type, { cycleName: 'DTI 2099', reason: 'Rà soát', reviewingUnitId: 20, unitIds: [10, 11] });
    expect(notice ? recipientsAmong(people, notice.to).map((p) => p.username).sort() : []).toEqual([...EXPECTED[type]].sort());
  });

  it('the chair who publishes is not told of it; the reviewer who publishes neither', () => {
    const notice = cycleNotice('PUBLISH', { cycleName: 'DTI 2099', reason: null, reviewingUnitId: 20, unitIds: [10] })!;
    expect(recipientsAmong(people, notice.to, 7).map((p) => p.username)).not.toContain('chutich');
    expect(recipientsAmong(people, notice.to, 4).map((p) => p.username)).not.toContain('thamdinh.sotttt');
  });
});
