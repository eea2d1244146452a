import { closeDisputeWindows, count, createTestApp, cycleFor, expectErrorShape, periodDates, secondInstance, TestApp, tokenFor, unitIdByCode } from './support/test-app.js';

// Quý I, 6 tháng, 9 tháng, Năm of 2099; 23:59:59 in Việt Nam for the first deadline.
const cycle = cycleFor(2099, { schedule: 'QUARTERLY' });
cycle.periods[0].dataEntry = '2099-04-10T23:59:59+07:00';

describe('cycles and submission moves', () => {
  let t: TestApp;
  const as: Record<string, Record<string, string>> = {};
  let cycleId: number;
  const submissionOf = async (unitCode: string, period = 'Q1', cycle = cycleId) =>
    Number((await t.db.query(`SELECT id FROM submissions WHERE unitId = ? AND period = ? AND cycleId = ?`, [await unitIdByCode(t, unitCode), period, cycle]))[0].id);
  const move = (who: string, id: number, body: object) => t.http.post(`/api/submissions/${id}/events`).set(as[who]).send(body);

  beforeAll(async () => {
    t = await createTestApp();
    for (const u of ['admin', 'canbo.bienhoa', 'lanhdao.bienhoa', 'lanhdao.longkhanh', 'daumoi.congan', 'thamdinh.sotttt', 'canbo.soyte']) {
      as[u] = { Authorization: `Bearer ${await tokenFor(t, u)}` };
    }
  });
  afterAll(() => t.close());

  it('refuses to open a cycle for a non-admin, with bad input, periods outside its schedule or dates out of order, writing nothing', async () => {
    expectErrorShape((await t.http.post('/api/cycles').set(as['canbo.soyte']).send(cycle)).body, 403, 'ACCESS.FORBIDDEN_ROLE');
    const bad = await t.http.post('/api/cycles').set(as.admin).send({ ...cycle, periods: [{ ...cycle.periods[0], period: 'Q5' }], extra: 1 });
    expectErrorShape(bad.body, 400, 'REQUEST.VALIDATION_FAILED');
    const twoKinds = await t.http.post('/api/cycles').set(as.admin).send({ ...cycle, frameworks: [...cycle.frameworks, { unitKind: 'DEPARTMENT', code: 'department' }] });
    expectErrorShape(twoKinds.body, 400, 'REQUEST.VALIDATION_FAILED');
    const p = cycle.periods;
    for (const periods of [[p[0], p[0], p[2], p[3]], [p[1], p[0], p[2], p[3]], p.slice(0, 3)]) {
      const res = await t.http.post('/api/cycles').set(as.admin).send({ ...cycle, periods });
      expectErrorShape(res.body, 400, 'CYCLE.PERIODS_NOT_IN_SCHEDULE');
      expect(res.body.message).toContain('Quý I, 6 tháng, 9 tháng, Năm');
    }
    expectErrorShape((await t.http.post('/api/cycles').set(as.admin).send({ ...cycle, schedule: 'YEARLY' })).body, 400, 'CYCLE.PERIODS_NOT_IN_SCHEDULE');
    const order = await t.http.post('/api/cycles').set(as.admin).send({ ...cycle, periods: [{ ...p[0], dataEntry: '2099-04-30T00:00:00Z' }, ...p.slice(1)] });
    expectErrorShape(order.body, 400, 'CYCLE.DEADLINES_OUT_OF_ORDER');
    const backwards = await t.http.post('/api/cycles').set(as.admin).send({ ...cycle, periods: [p[0], periodDates(2099, 'H1', 3), p[2], p[3]] });
    expectErrorShape(backwards.body, 400, 'CYCLE.DEADLINES_OUT_OF_ORDER');
    const wrongKind = await t.http.post('/api/cycles').set(as.admin).send({ ...cycle, frameworks: [{ unitKind: 'DISTRICT', code: 'department' }] });
    expectErrorShape(wrongKind.body, 400, 'CYCLE.FRAMEWORK_KIND_MISMATCH');
    expect(await count(t, 'assessment_cycles')).toBe(0);
    expect(await count(t, 'submissions')).toBe(0);
  });

  it('opens a cycle: one draft per district and reporting period with its own dates, and freezes the framework version', async () => {
    const res = await t.http.post('/api/cycles').set(as.admin).send(cycle);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ code: 'DTI-2099', schedule: 'QUARTERLY', periods: ['Q1', 'H1', 'Q3', 'YEAR'], submissions: 44, frameworks: [{ unitKind: 'DISTRICT', code: 'district', version: 1 }] });
    expect(res.body.settings).toEqual({ disputeWorkingDays: 5, evidenceRequired: false });
    // stored in UTC: 23:59:59 in Vietnam is 16:59:59Z
    expect(res.body.deadlines.Q1.dataEntry).toBe('2099-04-10T16:59:59.000Z');
    cycleId = res.body.id;
    const [row] = await t.db.query(`SELECT state FROM submissions WHERE cycleId = ? AND period = 'H1' ORDER BY id LIMIT 1`, [cycleId]);
    const context = (typeof row.state === 'string' ? JSON.parse(row.state) : row.state).context;
    expect(context.deadlines).toEqual({ opensAt: '2020-01-01T00:00:00.000Z', dataEntry: '2099-07-10T16:59:59.000Z', disputeWindow: null });
    const frameworks = await t.http.get('/api/frameworks').set(as.admin);
    expect(frameworks.body.find((f: { code: string }) => f.code === 'district').isFrozen).toBe(true);
  });

  it('holds one cycle per year and framework', async () => {
    const again = await t.http.post('/api/cycles').set(as.admin).send({ ...cycle, code: 'DTI-2099-B' });
    expectErrorShape(again.body, 409, 'CYCLE.ALREADY_EXISTS');
    expect(await count(t, 'assessment_cycles')).toBe(1);
  });

  it('lets the admin move one period’s dates, with a reason, audited; the period’s drafts and everyone concerned follow', async () => {
    const patch = (body: object, who = 'admin', period = 'H1') => t.http.patch(`/api/cycles/${cycleId}/periods/${period}`).set(as[who]).send(body);
    expectErrorShape((await patch({ dataEntry: '2099-07-15T23:59:59+07:00', reason: 'Gia hạn' }, 'thamdinh.sotttt')).body, 403, 'ACCESS.FORBIDDEN_ROLE');
    expectErrorShape((await patch({ dataEntry: '2099-07-15T23:59:59+07:00' })).body, 400, 'REQUEST.VALIDATION_FAILED');
    expectErrorShape((await patch({ reason: 'Không đổi gì' })).body, 400, 'CYCLE.NOTHING_TO_CHANGE');
    expectErrorShape((await patch({ dataEntry: '2099-07-25T23:59:59+07:00', reason: 'Quá hạn thẩm định' })).body, 400, 'CYCLE.DEADLINES_OUT_OF_ORDER');
    expectErrorShape((await patch({ dataEntry: '2099-07-15T23:59:59+07:00', reason: 'Gia hạn' }, 'admin', 'Q4')).body, 404, 'CYCLE.PERIOD_NOT_IN_CYCLE');
    const ok = await patch({ dataEntry: '2099-07-15T23:59:59+07:00', reason: 'Gia hạn theo Công văn 123/STTTT' });
    expect(ok.status).toBe(200);
    expect(ok.body.deadlines.H1.dataEntry).toBe('2099-07-15T16:59:59.000Z');
    expect(ok.body.deadlines.Q1.dataEntry).toBe('2099-04-10T16:59:59.000Z');
    const rows = await t.db.query(`SELECT state FROM submissions WHERE cycleId = ? AND period = 'H1'`, [cycleId]);
    const dates = rows.map((r: { state: unknown }) => (typeof r.state === 'string' ? JSON.parse(r.state) : (r.state as { context: unknown })).context.deadlines.dataEntry);
    expect(new Set(dates)).toEqual(new Set(['2099-07-15T16:59:59.000Z']));
    const [entry] = await t.db.query(`SELECT reason FROM audit_entries WHERE action = 'CYCLE.DEADLINES_CHANGED'`);
    expect(entry.reason).toBe('Gia hạn theo Công văn 123/STTTT');
    const told = await t.http.get('/api/notifications').set(as['canbo.bienhoa']);
    expect(told.body.unread).toBeGreaterThanOrEqual(1);
    expect(told.body.items[0]).toMatchObject({ kind: 'CYCLE.DEADLINES_CHANGED', link: `/cycles/${cycleId}` });
    expect(told.body.items[0].title).toContain('6 tháng');
  });

  it("shows a unit only its own submissions, and another unit's answers 404", async () => {
    const own = await t.http.get(`/api/cycles/${cycleId}/submissions`).set(as['lanhdao.bienhoa']);
    const bienHoa = await unitIdByCode(t, 'TP-BIEN-HOA');
    expect(own.body).toHaveLength(4);
    expect(own.body.every((s: { unitId: number; status: string }) => s.unitId === bienHoa && s.status === 'draft')).toBe(true);
    const reviewerView = await t.http.get(`/api/cycles/${cycleId}/submissions`).set(as['thamdinh.sotttt']);
    expect(reviewerView.body).toHaveLength(44);
    const other = await t.http.get(`/api/submissions/${await submissionOf('TP-LONG-KHANH')}`).set(as['lanhdao.bienhoa']);
    expectErrorShape(other.body, 404, 'SUBMISSION.NOT_FOUND');
    const otherMove = await move('lanhdao.bienhoa', await submissionOf('TP-LONG-KHANH'), { type: 'SUBMIT' });
    expectErrorShape(otherMove.body, 404, 'SUBMISSION.NOT_FOUND');
  });

  it('moves a submission through the statechart and refuses illegal moves, saying in Vietnamese what this person may do now', async () => {
    const id = await submissionOf('TP-BIEN-HOA');
    const early = await move('lanhdao.bienhoa', id, { type: 'SUBMIT' });
    expectErrorShape(early.body, 409, 'SUBMISSION.ILLEGAL_TRANSITION');
    expect(early.body.details).toMatchObject({ status: 'draft', allowed: ['UNIT_PART_COMPLETE'] });
    expect(early.body.message).toContain('Đang nhập liệu');
    expect(early.body.message).toContain('Xác nhận hoàn thành phần của đơn vị');
    expect(early.body.message).not.toMatch(/xstate|UNIT_PART|\bSUBMIT\b/);
    expect((await move('canbo.bienhoa', id, { type: 'UNIT_PART_COMPLETE' })).status).toBe(201);
    // Appendix II: the district reports every indicator itself; agencies assess, they do not block it
    const officerSubmit = await move('canbo.bienhoa', id, { type: 'SUBMIT' });
    expectErrorShape(officerSubmit.body, 409, 'SUBMISSION.ILLEGAL_TRANSITION');
    expect(officerSubmit.body.message).toContain('Mở lại phần của đơn vị');
    const submitted = await move('lanhdao.bienhoa', id, { type: 'SUBMIT' });
    expect(submitted.body.status).toBe('submitted');
    expect(submitted.body.state.context.agencies).toEqual([]);
    expect(submitted.body.state.context.assessors.length).toBeGreaterThanOrEqual(10);
    expect((await move('thamdinh.sotttt', id, { type: 'START_VERIFICATION' })).body.status).toBe('underVerification');
    expectErrorShape((await move('thamdinh.sotttt', id, { type: 'RETURN', indicators: ['6.3.3'] })).body, 409, 'SUBMISSION.ILLEGAL_TRANSITION');
    expectErrorShape((await move('thamdinh.sotttt', id, { type: 'RETURN', indicators: ['9.9.9'], reason: 'x' })).body, 404, 'SUBMISSION.INDICATOR_NOT_FOUND');
    const returned = await move('thamdinh.sotttt', id, { type: 'RETURN', indicators: ['6.3.3'], reason: 'Thiếu báo cáo của Trung tâm HCC' });
    expect(returned.body).toMatchObject({ status: 'returned', state: { context: { returned: { indicators: ['6.3.3'], unitAwaited: true, awaiting: [] } } } });
    const log = await t.http.get(`/api/audit?order=asc&pageSize=200&entityType=submission&entityId=${id}`).set(as.admin);
    expect(log.body.items.map((e: { action: string }) => e.action)).toEqual(['SUBMISSION.UNIT_PART_COMPLETE', 'SUBMISSION.SUBMIT', 'SUBMISSION.START_VERIFICATION', 'SUBMISSION.RETURN']);
    expect(log.body.items.at(-1)).toMatchObject({ reason: 'Thiếu báo cáo của Trung tâm HCC', before: { status: 'underVerification' } });
    // the unit hears of the return, with the reason; the reviewer who returned it does not
    const told = await t.http.get('/api/notifications').set(as['canbo.bienhoa']);
    expect(told.body.items.find((n: { kind: string }) => n.kind === 'SUBMISSION.RETURN')).toMatchObject({ link: `/submissions/${id}`, body: expect.stringContaining('Thiếu báo cáo của Trung tâm HCC') });
    expect((await t.http.get('/api/notifications').set(as['thamdinh.sotttt'])).body.items.some((n: { kind: string }) => n.kind === 'SUBMISSION.RETURN')).toBe(false);
    expect((await move('lanhdao.bienhoa', id, { type: 'RESUBMIT' })).body.status).toBe('underVerification');
  });

  it('answers bad event bodies with 400 and changes nothing', async () => {
    const id = await submissionOf('TP-BIEN-HOA', 'Q3');
    for (const body of [{ type: 'DISPUTE_WINDOW_CLOSED' }, { type: 'RETURN', indicators: ['../x'] }, { type: 'RETURN', to: ['../x'] }, { type: 'SUBMIT', by: 'SYSTEM' }]) {
      expectErrorShape((await move('lanhdao.bienhoa', id, body)).body, 400, 'REQUEST.VALIDATION_FAILED');
    }
    expect((await t.db.query(`SELECT version FROM submissions WHERE id = ?`, [id]))[0].version).toBe(1);
  });

  it('applies exactly one of two concurrent moves on one submission', async () => {
    const id = await submissionOf('TP-LONG-KHANH');
    const token = { Authorization: `Bearer ${await tokenFor(t, 'canbo.longkhanh')}` };
    const results = await Promise.all(
      [0, 1, 2, 3].map(() => t.http.post(`/api/submissions/${id}/events`).set(token).send({ type: 'UNIT_PART_COMPLETE' })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
    expect((await t.db.query(`SELECT version FROM submissions WHERE id = ?`, [id]))[0].version).toBe(2);
    expect(await count(t, `audit_entries WHERE entityType = 'submission' AND entityId = '${id}'`)).toBe(1);
  });

  it('applies exactly one of concurrent moves sent to two app instances on one database', async () => {
    const second = await secondInstance(t);
    try {
      const id = await submissionOf('TP-LONG-KHANH', 'Q3');
      const token = { Authorization: `Bearer ${await tokenFor(t, 'canbo.longkhanh')}` };
      const results = await Promise.all(
        [t.http, second.http, t.http, second.http].map((http) => http.post(`/api/submissions/${id}/events`).set(token).send({ type: 'UNIT_PART_COMPLETE' })),
      );
      expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
      expect((await t.db.query(`SELECT version FROM submissions WHERE id = ?`, [id]))[0].version).toBe(2);
      expect(await count(t, `audit_entries WHERE entityType = 'submission' AND entityId = '${id}'`)).toBe(1);
    } finally {
      await second.close();
    }
  });

  it("conflict of interest: the reviewing agency's own submission is verified only by a reviewer the admin designates", async () => {
    const res = await t.http.post('/api/cycles').set(as.admin).send(cycleFor(2099, { code: 'DTI-2099-SO', frameworks: [{ unitKind: 'DEPARTMENT', code: 'department' }] }));
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
    // Appendix I 9.1 is STTTT's own monitoring: its agency account declares that part done
    as['daumoi.sotttt'] = { Authorization: `Bearer ${await tokenFor(t, 'daumoi.sotttt')}` };
    expect((await move('daumoi.sotttt', own, { type: 'AGENCY_PART_COMPLETE' })).status).toBe(201);
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
  const past = (year: number) => cycleFor(year, { periods: [{ period: 'YEAR', opensAt: `${year}-01-01T00:00:00Z`, dataEntry: `${year}-01-15T16:59:59Z`, verification: '2099-02-15T16:59:59Z', disputeResolution: '2099-03-15T16:59:59Z' }] });

  it('never closes a draft by the clock: the reviewer closes a unit that did not submit, with the reason, after the deadline', async () => {
    const res = await t.http.post('/api/cycles').set(admin).send(past(2020));
    expect(res.status).toBe(201);
    expectErrorShape((await t.http.post('/api/deadlines/run').set({ Authorization: `Bearer ${await tokenFor(t, 'thamdinh.sotttt')}` })).body, 403, 'ACCESS.FORBIDDEN_ROLE');
    expect((await t.http.post('/api/deadlines/run').set(admin)).body).toEqual({ moved: 0 });
    const statuses = await t.db.query(`SELECT id, status FROM submissions WHERE cycleId = ? ORDER BY id`, [res.body.id]);
    expect(statuses.map((r: { status: string }) => r.status)).toEqual(Array(11).fill('draft'));
    const [{ id: bienHoa }] = await t.db.query(`SELECT s.id FROM submissions s JOIN units u ON u.id = s.unitId WHERE s.cycleId = ? AND u.code = 'TP-BIEN-HOA'`, [res.body.id]);
    const id = Number(bienHoa);
    const reviewer: Record<string, string> = { Authorization: `Bearer ${await tokenFor(t, 'thamdinh.sotttt')}` };
    const close = (body: object, who = reviewer) => t.http.post(`/api/submissions/${id}/events`).set(who).send(body);
    // the head can no longer submit after the deadline
    const head = { Authorization: `Bearer ${await tokenFor(t, 'lanhdao.bienhoa')}` };
    const officer = { Authorization: `Bearer ${await tokenFor(t, 'canbo.bienhoa')}` };
    expect((await close({ type: 'UNIT_PART_COMPLETE' }, officer)).status).toBe(201);
    const late = await close({ type: 'SUBMIT' }, head);
    expectErrorShape(late.body, 409, 'SUBMISSION.ILLEGAL_TRANSITION');
    expect(late.body.details.allowed).toEqual(['UNIT_PART_INCOMPLETE']);
    // nor enter anything more: the draft is closed as it stands, or the admin extends the deadline
    const lateEntry = await t.http.put(`/api/submissions/${id}/indicators/1.1`).set(officer).send({ values: { programmes: 4 } });
    expectErrorShape(lateEntry.body, 409, 'SUBMISSION.DATA_ENTRY_CLOSED');
    expectErrorShape((await close({ type: 'CLOSE_UNSUBMITTED' })).body, 409, 'SUBMISSION.ILLEGAL_TRANSITION');
    expectErrorShape((await close({ type: 'CLOSE_UNSUBMITTED', reason: 'không nộp' }, admin)).body, 409, 'SUBMISSION.ILLEGAL_TRANSITION');
    const closed = await close({ type: 'CLOSE_UNSUBMITTED', reason: 'Đơn vị không nộp hồ sơ tự đánh giá' });
    expect(closed.body).toMatchObject({ status: 'submitted', state: { context: { closedUnsubmitted: { reason: 'Đơn vị không nộp hồ sơ tự đánh giá' } } } });
    const [entry] = await t.db.query(`SELECT actorRole, reason FROM audit_entries WHERE action = 'SUBMISSION.CLOSE_UNSUBMITTED'`);
    expect(entry).toEqual({ actorRole: 'REVIEWER', reason: 'Đơn vị không nộp hồ sơ tự đánh giá' });
  });

  it('makes a verified report final when its dispute window closes, and tells the unit, as the system', async () => {
    const res = await t.http.post('/api/cycles').set(admin).send(cycleFor(2085));
    expect(res.status).toBe(201);
    expect(await closeDisputeWindows(t, res.body.id)).toBe(11);
    expect((await t.http.post('/api/deadlines/run').set(admin)).body).toEqual({ moved: 11 });
    const [{ id }] = await t.db.query(`SELECT s.id FROM submissions s JOIN units u ON u.id = s.unitId WHERE s.cycleId = ? AND u.code = 'TP-BIEN-HOA'`, [res.body.id]);
    const told = await t.http.get('/api/notifications').set({ Authorization: `Bearer ${await tokenFor(t, 'lanhdao.bienhoa')}` });
    expect(told.body.items.find((n: { link: string }) => n.link === `/submissions/${Number(id)}`)).toMatchObject({ kind: 'SUBMISSION.DISPUTE_WINDOW_CLOSED', title: expect.stringContaining('Hồ sơ đã hoàn thành'), body: expect.stringContaining('Hết thời hạn giải trình') });
    const [entry] = await t.db.query(`SELECT actorId FROM audit_entries WHERE action = 'SUBMISSION.DISPUTE_WINDOW_CLOSED' AND entityId = ?`, [String(id)]);
    expect(entry.actorId).toBeNull();
  });

  it('an extension for one unit, with a reason, lets that unit still submit while the others wait for the reviewer', async () => {
    const res = await t.http.post('/api/cycles').set(admin).send(past(2021));
    const ids = await t.db.query(`SELECT s.id FROM submissions s JOIN units u ON u.id = s.unitId WHERE s.cycleId = ? AND u.code = 'TP-BIEN-HOA'`, [res.body.id]);
    const extended = Number(ids[0].id);
    const extend = (body: object, who = admin) => t.http.post(`/api/submissions/${extended}/deadline-extension`).set(who).send(body);
    expectErrorShape((await extend({ dataEntry: '2020-01-01T00:00:00Z', reason: 'Sớm hơn' })).body, 400, 'SUBMISSION.EXTENSION_NOT_LATER');
    expectErrorShape((await extend({ reason: 'Không nêu thời hạn' })).body, 400, 'SUBMISSION.EXTENSION_NOT_LATER');
    // the dispute window opens only when the result is sent: nothing to extend yet
    expectErrorShape((await extend({ disputeWindow: '2099-01-31T23:59:59+07:00', reason: 'Sớm' })).body, 400, 'SUBMISSION.EXTENSION_NOT_LATER');
    expectErrorShape((await extend({ dataEntry: '2099-01-31T23:59:59+07:00' })).body, 400, 'REQUEST.VALIDATION_FAILED');
    const head = { Authorization: `Bearer ${await tokenFor(t, 'lanhdao.bienhoa')}` };
    expectErrorShape((await extend({ dataEntry: '2099-01-31T23:59:59+07:00', reason: 'Gia hạn' }, head)).body, 403, 'ACCESS.FORBIDDEN_ROLE');
    const ok = await extend({ dataEntry: '2099-01-31T23:59:59+07:00', reason: 'Đơn vị sáp nhập, cần thêm thời gian' });
    expect(ok.body.state.context.deadlines.dataEntry).toBe('2099-01-31T16:59:59.000Z');
    const officer = { Authorization: `Bearer ${await tokenFor(t, 'canbo.bienhoa')}` };
    expect((await t.http.post(`/api/submissions/${extended}/events`).set(officer).send({ type: 'UNIT_PART_COMPLETE' })).status).toBe(201);
    expect((await t.http.post(`/api/submissions/${extended}/events`).set(head).send({ type: 'SUBMIT' })).body.status).toBe('submitted');
    const log = await t.db.query(`SELECT reason FROM audit_entries WHERE action = 'SUBMISSION.DEADLINE_EXTENDED' AND entityId = ?`, [String(extended)]);
    expect(log).toEqual([{ reason: 'Đơn vị sáp nhập, cần thêm thời gian' }]);
  });
});
