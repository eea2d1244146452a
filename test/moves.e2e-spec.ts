import { count, createTestApp, cycleFor, expectErrorShape, TestApp, tokenFor, unitIdByCode } from './support/test-app.js';

const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
type Move = { type: string; label: string; reason: string; indicators: boolean };
const types = (body: { allowed: Move[] }) => body.allowed.map((m) => m.type);

/**
 * What the statechart and the access policy allow each person now, as every submission answer
 * says (`allowed`, `tags`); the withdrawal before the deadline; and the writes that carry nothing
 * or land on another party's item (issue 25's held-out probe). Department framework (Appendix I):
 * 9.1 is Sở TTTT's ("Sở TTTT cung cấp"), 2.1 the department's own.
 */
describe('the moves each person may make, and writes with nothing or someone else’s to write', () => {
  let t: TestApp;
  let id: number;
  const as: Record<string, Record<string, string>> = {};
  const get = async (who: string) => (await t.http.get(`/api/submissions/${id}`).set(as[who])).body;
  const move = (who: string, body: object) => t.http.post(`/api/submissions/${id}/events`).set(as[who]).send(body);

  beforeAll(async () => {
    t = await createTestApp({ DEADLINE_JOB: 'off' });
    for (const u of ['admin', 'canbo.soyte', 'lanhdao.soyte', 'daumoi.sotttt', 'thamdinh.sotttt', 'chutich', 'daumoi.congan']) as[u] = { Authorization: `Bearer ${await tokenFor(t, u)}` };
    const opened = await t.http.post('/api/cycles').set(as.admin).send(cycleFor(2098, { frameworks: [{ unitKind: 'DEPARTMENT', code: 'department' }] }));
    expect(opened.status).toBe(201);
    [{ id }] = await t.db.query(`SELECT id FROM submissions WHERE cycleId = ? AND unitId = ?`, [opened.body.id, await unitIdByCode(t, 'SO-YT')]);
    id = Number(id);
  });
  afterAll(() => t.close());

  it('tells each person the moves open to them, with the label and what each asks for', async () => {
    const officer = await get('canbo.soyte');
    expect(officer).toMatchObject({ status: 'draft', statusLabel: 'Đang nhập liệu', tags: ['openForEntry'] });
    expect(officer.allowed).toEqual([{ type: 'UNIT_PART_COMPLETE', label: 'Xác nhận hoàn thành phần của đơn vị', reason: 'none', indicators: false }]);
    expect(types(await get('daumoi.sotttt'))).toEqual(['AGENCY_PART_COMPLETE']);
    // The deadline has not passed: the reviewer cannot close it yet; the admin and the chair have no move.
    for (const who of ['thamdinh.sotttt', 'admin', 'chutich']) expect(types(await get(who))).toEqual([]);
    const listed = await t.http.get(`/api/cycles/${officer.cycleId}/submissions`).set(as['lanhdao.soyte']);
    expect(listed.body.map(types)).toEqual([['UNIT_PART_COMPLETE']]);
    const cycles = await t.http.get('/api/cycles').set(as['thamdinh.sotttt']);
    expect(cycles.body[0]).toMatchObject({ statusLabel: 'Đang thu thập, thẩm định', tags: ['collecting'] });
    expect(types(cycles.body[0])).toEqual(['CONSOLIDATE']);
    expect(types((await t.http.get('/api/cycles').set(as.chutich)).body[0])).toEqual([]);
    // The agency's own list offers its send on each row.
    const part = await t.http.get(`/api/cycles/${officer.cycleId}/my-part`).set(as['daumoi.sotttt']);
    expect(part.body.find((r: { submissionId: number }) => r.submissionId === id).allowed.map((m: Move) => m.type)).toEqual(['AGENCY_PART_COMPLETE']);
  });

  it('refuses the unit’s evidence on an item another agency supplies, as it refuses the unit’s value', async () => {
    const upload = (who: string, code: string) => t.http.post(`/api/submissions/${id}/indicators/${code}/evidence`).set(as[who]).attach('file', pdf, { filename: 'Báo cáo.pdf', contentType: 'application/pdf' });
    const value = await t.http.put(`/api/submissions/${id}/indicators/9.1`).set(as['canbo.soyte']).send({ values: { points: 60 } });
    expectErrorShape(value.body, 403, 'SUBMISSION.NOT_YOUR_PART');
    expectErrorShape((await upload('canbo.soyte', '9.1')).body, 403, 'SUBMISSION.NOT_YOUR_PART');
    expect(await count(t, `evidence WHERE submissionId = ${id}`)).toBe(0);
    expect((await upload('daumoi.sotttt', '9.1')).status).toBe(201);
    expect((await upload('canbo.soyte', '2.1')).status).toBe(201);
  });

  it('answers a write with nothing to write with 400, and records nothing', async () => {
    const audit = await count(t, 'audit_entries');
    const unitId = await unitIdByCode(t, 'SO-YT');
    const [{ id: userId }] = await t.db.query(`SELECT id FROM users WHERE username = 'canbo.soyte'`);
    for (const [path, body] of [
      [`/api/submissions/${id}/indicators/2.1`, {}],
      [`/api/submissions/${id}/indicators/2.1`, { values: {} }],
      [`/api/submissions/${id}/agency-figures/2.1`, {}],
    ] as const) {
      const who = path.includes('agency-figures') ? 'daumoi.congan' : 'canbo.soyte';
      expectErrorShape((await t.http.put(path).set(as[who]).send(body)).body, 400, 'REQUEST.NOTHING_TO_WRITE');
    }
    expectErrorShape((await t.http.put(`/api/submissions/${id}/indicators/2.1`).set(as['canbo.soyte']).send({ values: null })).body, 400, 'REQUEST.VALIDATION_FAILED');
    expectErrorShape((await t.http.put(`/api/submissions/${id}/indicators/2.1`).set(as['canbo.soyte']).send({ unknown: 1 })).body, 400, 'REQUEST.VALIDATION_FAILED');
    expectErrorShape((await t.http.put(`/api/submissions/${id}/agency-figures/2.1`).set(as['daumoi.congan']).send({ values: null })).body, 400, 'REQUEST.VALIDATION_FAILED');
    expectErrorShape((await t.http.patch(`/api/units/${unitId}`).set(as.admin).send({})).body, 400, 'REQUEST.NOTHING_TO_WRITE');
    expectErrorShape((await t.http.patch(`/api/users/${userId}`).set(as.admin).send({})).body, 400, 'REQUEST.NOTHING_TO_WRITE');
    expect(await count(t, 'audit_entries')).toBe(audit);
  });

  it('lets the head withdraw a submitted report before the deadline, until a reviewer starts on it', async () => {
    expect((await t.http.put(`/api/submissions/${id}/indicators/9.1`).set(as['daumoi.sotttt']).send({ values: { points: 55 } })).status).toBe(200);
    expect((await move('daumoi.sotttt', { type: 'AGENCY_PART_COMPLETE' })).body).toMatchObject({ allowed: [{ type: 'AGENCY_PART_INCOMPLETE' }] });
    expect((await move('canbo.soyte', { type: 'UNIT_PART_COMPLETE' })).body.tags).toEqual(['agencyPartComplete', 'openForEntry', 'unitPartComplete']);
    expect(types(await get('lanhdao.soyte'))).toEqual(['UNIT_PART_INCOMPLETE', 'SUBMIT']);
    expect((await move('lanhdao.soyte', { type: 'SUBMIT' })).body).toMatchObject({ status: 'submitted', tags: ['awaitsVerification', 'locked', 'waitsForReviewer'] });
    expect(types(await get('lanhdao.soyte'))).toEqual(['WITHDRAW']);
    expect(types(await get('canbo.soyte'))).toEqual([]);
    expect(types(await get('thamdinh.sotttt'))).toEqual(['START_VERIFICATION']);
    expectErrorShape((await move('canbo.soyte', { type: 'WITHDRAW' })).body, 409, 'SUBMISSION.ILLEGAL_TRANSITION');
    const back = await move('lanhdao.soyte', { type: 'WITHDRAW', reason: 'Bổ sung kế hoạch mới ban hành' });
    expect(back.body).toMatchObject({ status: 'draft', tags: ['agencyPartComplete', 'openForEntry'] });
    const trail = await t.http.get(`/api/submissions/${id}/history`).set(as['lanhdao.soyte']);
    expect(trail.body.at(-1)).toMatchObject({ action: 'SUBMISSION.WITHDRAW', reason: 'Bổ sung kế hoạch mới ban hành', before: { status: 'submitted' }, after: { status: 'draft' } });
    // Entry is open again; then submitted once more, and once the reviewer starts, no withdrawal.
    expect((await t.http.put(`/api/submissions/${id}/indicators/2.1`).set(as['canbo.soyte']).send({ values: { issued: true } })).status).toBe(200);
    for (const [who, type] of [['canbo.soyte', 'UNIT_PART_COMPLETE'], ['lanhdao.soyte', 'SUBMIT'], ['thamdinh.sotttt', 'START_VERIFICATION']]) expect((await move(who, { type })).status).toBe(201);
    expect(types(await get('lanhdao.soyte'))).toEqual([]);
    const late = await move('lanhdao.soyte', { type: 'WITHDRAW' });
    expectErrorShape(late.body, 409, 'SUBMISSION.ILLEGAL_TRANSITION');
    expect(late.body.message).toContain('Đang thẩm định');
    expect(types(await get('thamdinh.sotttt'))).toEqual(['RETURN', 'RECORD_VERIFICATION', 'VERIFY']);
  });
});
