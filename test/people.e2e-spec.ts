import { createTestApp, cycleFor, DEMO_PASSWORD, expectErrorShape, TestApp, tokenFor, unitIdByCode } from './support/test-app.js';

/** Issue "every role's path": people change their own password; a unit head names a deputy who may submit. */
describe('own password and the unit head\'s deputy', () => {
  let t: TestApp;
  const as: Record<string, Record<string, string>> = {};
  const audit = async (entityType: string, entityId: number, action: string) =>
    (await t.http.get(`/api/audit?order=asc&pageSize=200&entityType=${entityType}&entityId=${entityId}`).set(as.admin)).body.items.filter((e: { action: string }) => e.action === action);

  beforeAll(async () => {
    t = await createTestApp({ DEADLINE_JOB: 'off' });
    for (const u of ['admin', 'canbo.bienhoa', 'lanhdao.bienhoa', 'canbo.longkhanh', 'lanhdao.longkhanh']) as[u] = { Authorization: `Bearer ${await tokenFor(t, u)}` };
  });
  afterAll(() => t.close());

  it('changes one\'s own password only with the current one, audited, and the new one signs in', async () => {
    const change = (body: object) => t.http.post('/api/auth/password').set(as['canbo.longkhanh']).send(body);
    expectErrorShape((await change({ currentPassword: 'sai-mat-khau', newPassword: 'mat-khau-moi-2096' })).body, 400, 'AUTH.WRONG_CURRENT_PASSWORD');
    expectErrorShape((await change({ currentPassword: DEMO_PASSWORD, newPassword: 'ngan' })).body, 400, 'REQUEST.VALIDATION_FAILED');
    expectErrorShape((await change({ currentPassword: DEMO_PASSWORD, newPassword: DEMO_PASSWORD })).body, 400, 'AUTH.SAME_PASSWORD');
    expect((await t.http.post('/api/auth/password').send({ currentPassword: DEMO_PASSWORD, newPassword: 'mat-khau-moi-2096' })).status).toBe(401);
    const ok = await change({ currentPassword: DEMO_PASSWORD, newPassword: 'mat-khau-moi-2096' });
    expect(ok.status).toBe(200);
    expect((await t.http.post('/api/auth/login').send({ username: 'canbo.longkhanh', password: DEMO_PASSWORD })).status).toBe(401);
    expect(await tokenFor(t, 'canbo.longkhanh', 'mat-khau-moi-2096')).toEqual(expect.any(String));
    const [{ id: me }] = await t.db.query(`SELECT id FROM users WHERE username = 'canbo.longkhanh'`);
    const entries = await audit('user', Number(me), 'USER.PASSWORD_CHANGED');
    expect(entries).toHaveLength(1);
    expect(JSON.stringify(entries)).not.toContain('mat-khau-moi-2096');
  });

  it('lets the unit head name one of the unit\'s officers to submit in the head\'s absence, and nobody else', async () => {
    const bienHoa = await unitIdByCode(t, 'TP-BIEN-HOA');
    const [{ id: officer }] = await t.db.query(`SELECT id FROM users WHERE username = 'canbo.bienhoa'`);
    const [{ id: otherOfficer }] = await t.db.query(`SELECT id FROM users WHERE username = 'canbo.longkhanh'`);
    const [{ id: head }] = await t.db.query(`SELECT id FROM users WHERE username = 'lanhdao.bienhoa'`);
    const name = (who: string, userId: number | null, unitId = bienHoa) => t.http.put(`/api/units/${unitId}/deputy-head`).set(as[who]).send({ userId });
    expectErrorShape((await name('canbo.bienhoa', Number(officer))).body, 403, 'ACCESS.FORBIDDEN_ROLE');
    expect((await name('lanhdao.longkhanh', Number(officer))).status).toBe(403); // another unit's head
    expectErrorShape((await name('lanhdao.bienhoa', Number(otherOfficer))).body, 400, 'USER.DEPUTY_NOT_AN_OFFICER');
    expectErrorShape((await name('lanhdao.bienhoa', Number(head))).body, 400, 'USER.DEPUTY_NOT_AN_OFFICER');
    const named = await name('lanhdao.bienhoa', Number(officer));
    expect(named.status).toBe(200);
    expect(named.body.find((u: { username: string }) => u.username === 'canbo.bienhoa')).toMatchObject({ isDeputyHead: true });
    expect(await audit('unit', bienHoa, 'USER.DEPUTY_HEAD_SET')).toHaveLength(1);

    const cycle = await t.http.post('/api/cycles').set(as.admin).send(cycleFor(2096));
    expect(cycle.status).toBe(201);
    const [{ id: mine }] = await t.db.query(`SELECT id FROM submissions WHERE unitId = ? AND cycleId = ?`, [bienHoa, cycle.body.id]);
    const [{ id: theirs }] = await t.db.query(`SELECT id FROM submissions WHERE unitId = ? AND cycleId = ?`, [await unitIdByCode(t, 'TP-LONG-KHANH'), cycle.body.id]);
    const move = (who: string, id: number, type: string) => t.http.post(`/api/submissions/${id}/events`).set(as[who]).send({ type });
    expect((await move('canbo.bienhoa', Number(mine), 'UNIT_PART_COMPLETE')).status).toBe(201);
    const submitted = await move('canbo.bienhoa', Number(mine), 'SUBMIT');
    expect(submitted.body.status).toBe('submitted');
    // Long Khánh's officer was never named: submitting stays its head's
    as['canbo.longkhanh'] = { Authorization: `Bearer ${await tokenFor(t, 'canbo.longkhanh', 'mat-khau-moi-2096')}` };
    expect((await move('canbo.longkhanh', Number(theirs), 'UNIT_PART_COMPLETE')).status).toBe(201);
    expectErrorShape((await move('canbo.longkhanh', Number(theirs), 'SUBMIT')).body, 409, 'SUBMISSION.ILLEGAL_TRANSITION');
    // ended by the head: the officer can no longer submit
    expect((await name('lanhdao.bienhoa', null)).body.every((u: { isDeputyHead: boolean }) => !u.isDeputyHead)).toBe(true);
  });
});
