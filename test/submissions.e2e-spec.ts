import { completeAgencyParts, count, createTestApp, expectErrorShape, secondInstance, TestApp, tokenFor, unitIdByCode } from './support/test-app.js';

const deadlines = {
  dataEntry: '2099-01-15T23:59:59+07:00',
  verification: '2099-02-15T23:59:59+07:00',
  disputeWindow: '2099-02-28T23:59:59+07:00',
  disputeResolution: '2099-03-15T23:59:59+07:00',
};
const cycle = { code: 'DTI-2099', year: 2099, name: 'Đánh giá DTI năm 2099', frameworks: [{ unitKind: 'DISTRICT', code: 'district' }], periods: ['Q1', 'Q2'], deadlines };

describe('cycles and submission moves', () => {
  let t: TestApp;
  const as: Record<string, Record<string, string>> = {};
  let cycleId: number;
  const submissionOf = async (unitCode: string, period = 'Q1') =>
    Number((await t.db.query(`SELECT id FROM submissions WHERE unitId = ? AND period = ?`, [await unitIdByCode(t, unitCode), period]))[0].id);
  const move = (who: string, id: number, body: object) => t.http.post(`/api/submissions/${id}/events`).set(as[who]).send(body);

  beforeAll(async () => {
    t = await createTestApp();
    for (const u of ['admin', 'canbo.bienhoa', 'lanhdao.bienhoa', 'lanhdao.longkhanh', 'daumoi.congan', 'thamdinh.sotttt', 'canbo.soyte']) {
      as[u] = { Authorization: `Bearer ${await tokenFor(t, u)}` };
    }
  });
  afterAll(() => t.close());

  it('refuses to open a cycle for a non-admin, with bad input, or with deadlines out of order, writing nothing', async () => {
    expectErrorShape((await t.http.post('/api/cycles').set(as['canbo.soyte']).send(cycle)).body, 403, 'ACCESS.FORBIDDEN_ROLE');
    const bad = await t.http.post('/api/cycles').set(as.admin).send({ ...cycle, periods: ['Q5'], extra: 1 });
    expectErrorShape(bad.body, 400, 'REQUEST.VALIDATION_FAILED');
    const order = await t.http.post('/api/cycles').set(as.admin).send({ ...cycle, deadlines: { ...deadlines, dataEntry: '2099-12-31T00:00:00Z' } });
    expectErrorShape(order.body, 400, 'CYCLE.DEADLINES_OUT_OF_ORDER');
    const wrongKind = await t.http.post('/api/cycles').set(as.admin).send({ ...cycle, frameworks: [{ unitKind: 'DISTRICT', code: 'department' }] });
    expectErrorShape(wrongKind.body, 400, 'CYCLE.FRAMEWORK_KIND_MISMATCH');
    expect(await count(t, 'assessment_cycles')).toBe(0);
    expect(await count(t, 'submissions')).toBe(0);
  });

  it('opens a cycle: one draft per district and period, and freezes the framework version', async () => {
    const res = await t.http.post('/api/cycles').set(as.admin).send(cycle);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ code: 'DTI-2099', submissions: 22, frameworks: [{ unitKind: 'DISTRICT', code: 'district', version: 1 }] });
    // stored in UTC: 23:59:59 in Vietnam is 16:59:59Z
    expect(res.body.deadlines.dataEntry).toBe('2099-01-15T16:59:59.000Z');
    cycleId = res.body.id;
    const frameworks = await t.http.get('/api/frameworks').set(as.admin);
    expect(frameworks.body.find((f: { code: string }) => f.code === 'district').isFrozen).toBe(true);
  });

  it("shows a unit only its own submissions, and another unit's answers 404", async () => {
    const own = await t.http.get(`/api/cycles/${cycleId}/submissions`).set(as['lanhdao.bienhoa']);
    const bienHoa = await unitIdByCode(t, 'TP-BIEN-HOA');
    expect(own.body).toHaveLength(2);
    expect(own.body.every((s: { unitId: number; status: string }) => s.unitId === bienHoa && s.status === 'draft')).toBe(true);
    const reviewerView = await t.http.get(`/api/cycles/${cycleId}/submissions`).set(as['thamdinh.sotttt']);
    expect(reviewerView.body).toHaveLength(22);
    const other = await t.http.get(`/api/submissions/${await submissionOf('TP-LONG-KHANH')}`).set(as['lanhdao.bienhoa']);
    expectErrorShape(other.body, 404, 'SUBMISSION.NOT_FOUND');
    const otherMove = await move('lanhdao.bienhoa', await submissionOf('TP-LONG-KHANH'), { type: 'SUBMIT' });
    expectErrorShape(otherMove.body, 404, 'SUBMISSION.NOT_FOUND');
  });

  it('moves a submission through the statechart and refuses illegal moves with what is allowed now', async () => {
    const id = await submissionOf('TP-BIEN-HOA');
    const early = await move('lanhdao.bienhoa', id, { type: 'SUBMIT' });
    expectErrorShape(early.body, 409, 'SUBMISSION.ILLEGAL_TRANSITION');
    expect(early.body.details).toMatchObject({ status: 'draft', possible: expect.arrayContaining(['SUBMIT', 'UNIT_PART_COMPLETE']) });
    expect((await move('canbo.bienhoa', id, { type: 'UNIT_PART_COMPLETE' })).status).toBe(201);
    // the district framework assigns data to eleven agencies: one done is not the agencies' part done
    const congan = await move('daumoi.congan', id, { type: 'AGENCY_PART_COMPLETE' });
    expect(congan.body).toMatchObject({ state: { value: { draft: { unitPart: 'complete', agencyPart: 'editing' } } } });
    expect(congan.body.state.context.agencies).toHaveLength(11);
    expectErrorShape((await move('lanhdao.bienhoa', id, { type: 'SUBMIT' })).body, 409, 'SUBMISSION.ILLEGAL_TRANSITION');
    await completeAgencyParts(t, id);
    expectErrorShape((await move('canbo.bienhoa', id, { type: 'SUBMIT' })).body, 409, 'SUBMISSION.ILLEGAL_TRANSITION');
    expect((await move('lanhdao.bienhoa', id, { type: 'SUBMIT' })).body.status).toBe('submitted');
    expect((await move('thamdinh.sotttt', id, { type: 'START_VERIFICATION' })).body.status).toBe('underVerification');
    expectErrorShape((await move('thamdinh.sotttt', id, { type: 'RETURN', indicators: ['6.3.3'] })).body, 409, 'SUBMISSION.ILLEGAL_TRANSITION');
    const returned = await move('thamdinh.sotttt', id, { type: 'RETURN', indicators: ['6.3.3'], reason: 'Thiếu báo cáo của Trung tâm HCC' });
    expect(returned.body).toMatchObject({ status: 'returned', state: { context: { returned: { indicators: ['6.3.3'] } } } });
    const log = await t.http.get(`/api/audit?entityType=submission&entityId=${id}`).set(as.admin);
    expect(log.body.map((e: { action: string }) => e.action)).toEqual([
      'SUBMISSION.UNIT_PART_COMPLETE',
      ...Array(11).fill('SUBMISSION.AGENCY_PART_COMPLETE'),
      'SUBMISSION.SUBMIT',
      'SUBMISSION.START_VERIFICATION',
      'SUBMISSION.RETURN',
    ]);
    expect(log.body.at(-1)).toMatchObject({ reason: 'Thiếu báo cáo của Trung tâm HCC', before: { status: 'underVerification' } });
  });

  it('answers bad event bodies with 400 and changes nothing', async () => {
    const id = await submissionOf('TP-BIEN-HOA', 'Q2');
    for (const body of [{ type: 'DATA_ENTRY_DEADLINE_PASSED' }, { type: 'RETURN', indicators: ['../x'] }, { type: 'SUBMIT', by: 'SYSTEM' }]) {
      expectErrorShape((await move('lanhdao.bienhoa', id, body)).body, 400, 'REQUEST.VALIDATION_FAILED');
    }
    expect((await t.db.query(`SELECT version FROM submissions WHERE id = ?`, [id]))[0].version).toBe(1);
  });

  it('applies exactly one of two concurrent moves on one submission', async () => {
    const id = await submissionOf('H-XUAN-LOC');
    const token = { Authorization: `Bearer ${await tokenFor(t, 'daumoi.congan')}` };
    const results = await Promise.all(
      [0, 1, 2, 3].map(() => t.http.post(`/api/submissions/${id}/events`).set(token).send({ type: 'AGENCY_PART_COMPLETE' })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
    expect((await t.db.query(`SELECT version FROM submissions WHERE id = ?`, [id]))[0].version).toBe(2);
    expect(await count(t, `audit_entries WHERE entityType = 'submission' AND entityId = '${id}'`)).toBe(1);
  });

  it('applies exactly one of concurrent moves sent to two app instances on one database', async () => {
    const second = await secondInstance(t);
    try {
      const id = await submissionOf('H-CAM-MY');
      const token = { Authorization: `Bearer ${await tokenFor(t, 'daumoi.congan')}` };
      const results = await Promise.all(
        [t.http, second.http, t.http, second.http].map((http) => http.post(`/api/submissions/${id}/events`).set(token).send({ type: 'AGENCY_PART_COMPLETE' })),
      );
      expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
      expect((await t.db.query(`SELECT version FROM submissions WHERE id = ?`, [id]))[0].version).toBe(2);
      expect(await count(t, `audit_entries WHERE entityType = 'submission' AND entityId = '${id}'`)).toBe(1);
    } finally {
      await second.close();
    }
  });

  it("conflict of interest: the reviewing agency's own submission is verified only by a reviewer the admin designates", async () => {
    const res = await t.http.post('/api/cycles').set(as.admin).send({ ...cycle, code: 'DTI-2099-SO', frameworks: [{ unitKind: 'DEPARTMENT', code: 'department' }], periods: ['YEAR'] });
    expect(res.status).toBe(201);
    const sotttt = await unitIdByCode(t, 'SO-TTTT');
    const committee = await unitIdByCode(t, 'BCD-CDS');
    const newUser = (username: string, role: string, unitId: number) =>
      t.http.post('/api/users').set(as.admin).send({ username, fullName: username, password: 'mot-mat-khau-dai', role, unitId });
    const head = await newUser('lanhdao.sotttt', 'UNIT_HEAD', sotttt);
    expect(head.status).toBe(201);
    // the committee's reviewer (a demo account): independent of STTTT
    const [{ id: outsider }] = await t.db.query(`SELECT id FROM users WHERE username = 'thamdinh.bcd' AND unitId = ?`, [committee]);
    as['lanhdao.sotttt'] = { Authorization: `Bearer ${await tokenFor(t, 'lanhdao.sotttt', 'mot-mat-khau-dai')}` };
    as['thamdinh.bcd'] = { Authorization: `Bearer ${await tokenFor(t, 'thamdinh.bcd')}` };
    const own = Number((await t.db.query(`SELECT id FROM submissions WHERE unitId = ? AND cycleId = ?`, [sotttt, res.body.id]))[0].id);
    await completeAgencyParts(t, own);
    for (const [who, type] of [['lanhdao.sotttt', 'UNIT_PART_COMPLETE'], ['lanhdao.sotttt', 'SUBMIT']]) {
      expect((await move(who, own, { type })).status).toBe(201);
    }
    // STTTT's own reviewer may not verify STTTT
    expectErrorShape((await move('thamdinh.sotttt', own, { type: 'START_VERIFICATION' })).body, 409, 'SUBMISSION.ILLEGAL_TRANSITION');
    // the designated person must be an independent reviewer
    const notReviewer = await t.http.post(`/api/submissions/${own}/designated-reviewer`).set(as.admin).send({ reviewerId: head.body.id, reason: 'Hồ sơ của cơ quan thẩm định' });
    expectErrorShape(notReviewer.body, 400, 'SUBMISSION.REVIEWER_NOT_INDEPENDENT');
    const forbidden = await t.http.post(`/api/submissions/${own}/designated-reviewer`).set(as['thamdinh.sotttt']).send({ reviewerId: Number(outsider), reason: 'x'.repeat(5) });
    expectErrorShape(forbidden.body, 403, 'ACCESS.FORBIDDEN_ROLE');
    const designated = await t.http.post(`/api/submissions/${own}/designated-reviewer`).set(as.admin).send({ reviewerId: Number(outsider), reason: 'Hồ sơ của cơ quan thẩm định' });
    expect(designated.status).toBe(200);
    expect((await move('thamdinh.bcd', own, { type: 'START_VERIFICATION' })).body.status).toBe('underVerification');
    const history = await t.http.get(`/api/submissions/${own}/history`).set(as['lanhdao.sotttt']);
    expect(history.body.map((e: { action: string }) => e.action)).toContain('SUBMISSION.REVIEWER_DESIGNATED');
    expectErrorShape((await t.http.get(`/api/submissions/${own}/history`).set(as['lanhdao.bienhoa'])).body, 404, 'SUBMISSION.NOT_FOUND');
  });
});

describe('deadlines', () => {
  let t: TestApp;
  let admin: Record<string, string>;
  beforeAll(async () => {
    // The job is run by hand here, so the minute tick cannot move anything between two steps.
    t = await createTestApp({ DEADLINE_JOB: 'off' });
    admin = { Authorization: `Bearer ${await tokenFor(t, 'admin')}` };
  });
  afterAll(() => t.close());

  it('move drafts past the data-entry deadline to submitted by themselves, once, recorded as the system', async () => {
    const past = { dataEntry: '2020-01-15T16:59:59Z', verification: '2099-02-15T16:59:59Z', disputeWindow: '2099-02-28T16:59:59Z', disputeResolution: '2099-03-15T16:59:59Z' };
    const res = await t.http.post('/api/cycles').set(admin).send({ ...cycle, code: 'DTI-2020', deadlines: past, periods: ['YEAR'] });
    expect(res.status).toBe(201);
    expectErrorShape((await t.http.post('/api/deadlines/run').set({ Authorization: `Bearer ${await tokenFor(t, 'thamdinh.sotttt')}` })).body, 403, 'ACCESS.FORBIDDEN_ROLE');
    expect((await t.http.post('/api/deadlines/run').set(admin)).status).toBe(200);
    const statuses = await t.db.query(`SELECT status FROM submissions WHERE cycleId = ?`, [res.body.id]);
    expect(statuses.map((r: { status: string }) => r.status)).toEqual(Array(11).fill('submitted'));
    // run again: nothing moves twice
    expect((await t.http.post('/api/deadlines/run').set(admin)).body).toEqual({ moved: 0 });
    const moves = await t.db.query(`SELECT actorId, actorRole FROM audit_entries WHERE action = 'SUBMISSION.DATA_ENTRY_DEADLINE_PASSED'`);
    expect(moves).toHaveLength(11);
    expect(moves.every((m: { actorId: number | null }) => m.actorId === null)).toBe(true);
  });

  it('an extension for one unit, with a reason, keeps that unit in draft while the others move on', async () => {
    const past = { dataEntry: '2021-01-15T16:59:59Z', verification: '2099-02-15T16:59:59Z', disputeWindow: '2099-02-28T16:59:59Z', disputeResolution: '2099-03-15T16:59:59Z' };
    const res = await t.http.post('/api/cycles').set(admin).send({ ...cycle, code: 'DTI-2021', deadlines: past, periods: ['YEAR'] });
    const ids = await t.db.query(`SELECT id, unitId FROM submissions WHERE cycleId = ? ORDER BY id`, [res.body.id]);
    const extended = Number(ids[0].id);
    const extend = (body: object, who = admin) => t.http.post(`/api/submissions/${extended}/deadline-extension`).set(who).send(body);
    expectErrorShape((await extend({ dataEntry: '2020-01-01T00:00:00Z', reason: 'Sớm hơn' })).body, 400, 'SUBMISSION.EXTENSION_NOT_LATER');
    expectErrorShape((await extend({ reason: 'Không nêu thời hạn' })).body, 400, 'SUBMISSION.EXTENSION_NOT_LATER');
    expectErrorShape((await extend({ dataEntry: '2099-01-31T23:59:59+07:00' })).body, 400, 'REQUEST.VALIDATION_FAILED');
    const head = { Authorization: `Bearer ${await tokenFor(t, 'lanhdao.bienhoa')}` };
    expectErrorShape((await extend({ dataEntry: '2099-01-31T23:59:59+07:00', reason: 'Gia hạn' }, head)).body, 403, 'ACCESS.FORBIDDEN_ROLE');
    const ok = await extend({ dataEntry: '2099-01-31T23:59:59+07:00', reason: 'Đơn vị sáp nhập, cần thêm thời gian' });
    expect(ok.body.state.context.deadlines.dataEntry).toBe('2099-01-31T16:59:59.000Z');
    await t.http.post('/api/deadlines/run').set(admin);
    const statuses = await t.db.query(`SELECT id, status FROM submissions WHERE cycleId = ? ORDER BY id`, [res.body.id]);
    expect(statuses.map((r: { status: string }) => r.status)).toEqual(['draft', ...Array(10).fill('submitted')]);
    const log = await t.db.query(`SELECT reason FROM audit_entries WHERE action = 'SUBMISSION.DEADLINE_EXTENDED' AND entityId = ?`, [String(extended)]);
    expect(log).toEqual([{ reason: 'Đơn vị sáp nhập, cần thêm thời gian' }]);
  });
});
