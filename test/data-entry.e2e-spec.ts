import { completeAgencyParts, count, createTestApp, cycleFor, expectErrorShape, TestApp, tokenFor, unitIdByCode } from './support/test-app.js';

const cycle = cycleFor(2098);

describe('data entry and the self-assessment score', () => {
  let t: TestApp;
  let id: number;
  let cycleId: number;
  const as: Record<string, Record<string, string>> = {};
  const put = (who: string, code: string, body: object, submission = id) =>
    t.http.put(`/api/submissions/${submission}/indicators/${code}`).set(as[who]).send(body);

  beforeAll(async () => {
    t = await createTestApp();
    for (const u of ['admin', 'canbo.bienhoa', 'lanhdao.bienhoa', 'canbo.longkhanh', 'daumoi.congan', 'daumoi.sonoivu', 'thamdinh.sotttt']) {
      as[u] = { Authorization: `Bearer ${await tokenFor(t, u)}` };
    }
    const opened = await t.http.post('/api/cycles').set(as.admin).send(cycle);
    expect(opened.status).toBe(201);
    cycleId = opened.body.id;
    id = Number((await t.db.query(`SELECT id FROM submissions WHERE unitId = ?`, [await unitIdByCode(t, 'TP-BIEN-HOA')]))[0].id);
  });
  afterAll(() => t.close());

  it("the unit enters its own indicators and gets the recomputed score with the trace", async () => {
    // district 1.1 "+5 điểm/chương trình, tối đa 20": 3 programmes → 15
    const first = await put('canbo.bienhoa', '1.1', { values: { programmes: 3 }, comment: 'Theo kế hoạch 12/KH-UBND' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ indicator: { code: '1.1', points: 15, trace: '3 × 5 = 15 → 15/20 điểm' }, total: 15 });
    // district 6.6.1 "đạt kết quả: 10 điểm; đã duyệt chủ trương hoặc đang triển khai: 5 điểm": 2 × 10 + 1 × 5 = 25
    const second = await put('canbo.bienhoa', '6.6.1', { values: { achieved: 2, approved_or_in_progress: 1 } });
    expect(second.body).toMatchObject({ indicator: { points: 25 }, total: 40 });
  });

  it('the district enters every indicator Appendix II says it reports, also those an agency assesses (Appendix III)', async () => {
    // district 8.1 "Tỷ lệ = a/b; Điểm: Tỷ lệ*Điểm tối đa": 50/100 × 15 = 7.5 (Công an tỉnh assesses it)
    const own = await put('canbo.bienhoa', '8.1', { values: { a: 50, b: 100 } });
    expect(own.body).toMatchObject({ indicator: { points: 7.5 }, total: 47.5 });
    // district 4.7 (Sở Nội vụ assesses): yes → 10
    expect((await put('canbo.bienhoa', '4.7', { values: { has_staff: true } })).body.total).toBe(57.5);
    // the assessing agency never writes the unit's own values
    expectErrorShape((await put('daumoi.congan', '8.1', { values: { a: 40 } })).body, 403, 'SUBMISSION.NOT_YOUR_PART');
    expectErrorShape((await put('daumoi.congan', '8.1', { notApplicable: 'Không có' })).body, 403, 'SUBMISSION.NOT_YOUR_PART');
  });

  it('an assessing agency gives its own figure and note for each district over one grid; the reviewer sees both and the difference', async () => {
    const figure = (who: string, code: string, body: object, submission = id) => t.http.put(`/api/submissions/${submission}/agency-figures/${code}`).set(as[who]).send(body);
    const given = await figure('daumoi.congan', '8.1', { values: { a: 45 }, note: 'Theo số liệu định danh của Công an tỉnh đến 31/12' });
    expect(given.status).toBe(200);
    expect(given.body).toMatchObject({ indicatorCode: '8.1', values: { a: 45 }, note: 'Theo số liệu định danh của Công an tỉnh đến 31/12' });
    expectErrorShape((await figure('daumoi.congan', '1.1', { values: { programmes: 1 } })).body, 403, 'AGENCY_FIGURE.NOT_ASSESSOR');
    expectErrorShape((await figure('daumoi.congan', '8.1', { values: { zzz: 1 } })).body, 403, 'AGENCY_FIGURE.NOT_YOUR_VARIABLES');
    expectErrorShape((await figure('daumoi.congan', '8.1', { values: { a: -3 } })).body, 400, 'AGENCY_FIGURE.INVALID_VALUES');
    expectErrorShape((await figure('canbo.bienhoa', '8.1', { values: { a: 45 } })).body, 403, 'ACCESS.FORBIDDEN_ROLE');
    const grid = await t.http.get(`/api/cycles/${cycleId}/agency-grid`).set(as['daumoi.congan']);
    expect(grid.body.agency.code).toBe('CA-TINH');
    expect(grid.body.rows).toHaveLength(11); // the eleven districts, the year's report
    const bienHoa = grid.body.rows.find((r: { unit: { code: string } }) => r.unit.code === 'TP-BIEN-HOA');
    expect(bienHoa.indicators).toEqual([expect.objectContaining({ code: '8.1', variables: [expect.objectContaining({ key: 'a' }), expect.objectContaining({ key: 'b' })], values: { a: 45 } })]);
    // side by side: self 50/100 × 15 = 7.5; agency a = 45 with the unit's b = 100: 45/100 × 15 = 6.75
    const side = await t.http.get(`/api/submissions/${id}/agency-figures`).set(as['thamdinh.sotttt']);
    const row = side.body.indicators.find((i: { code: string }) => i.code === '8.1');
    expect(row.self).toMatchObject({ values: { a: 50, b: 100 }, points: 7.5 });
    expect(row.agencies).toEqual([expect.objectContaining({ agency: expect.objectContaining({ code: 'CA-TINH' }), points: 6.75, difference: -0.75, differences: { a: -5 } })]);
    expect(row.suggestedPoints).toBe(6.75);
    // the unit is not shown the agencies' figures through this route
    expectErrorShape((await t.http.get(`/api/submissions/${id}/agency-figures`).set(as['canbo.bienhoa'])).body, 403, 'ACCESS.FORBIDDEN_ROLE');
  });

  it('shows an assessing agency its own figures beside the unit\'s, never another agency\'s', async () => {
    // district 5.8.1 is assessed by both Sở Tài chính and Sở Kế hoạch và Đầu tư
    for (const who of ['daumoi.sotc', 'daumoi.sokhdt']) as[who] = { Authorization: `Bearer ${await tokenFor(t, who)}` };
    for (const [who, a] of [['daumoi.sotc', 1000], ['daumoi.sokhdt', 2000]] as const) {
      expect((await t.http.put(`/api/submissions/${id}/agency-figures/5.8.1`).set(as[who]).send({ values: { a } })).status).toBe(200);
    }
    const agenciesOf = async (who: string) =>
      (await t.http.get(`/api/submissions/${id}/agency-figures`).set(as[who])).body.indicators.find((i: { code: string }) => i.code === '5.8.1').agencies.map((x: { agency: { code: string } }) => x.agency.code).sort();
    expect(await agenciesOf('thamdinh.sotttt')).toEqual(['SO-KHDT', 'SO-TC']);
    expect(await agenciesOf('daumoi.sotc')).toEqual(['SO-TC']);
    expect(await agenciesOf('daumoi.sokhdt')).toEqual(['SO-KHDT']);
  });

  it('shows a unit what it owes in its own part, and an agency with no part sees no submission at all', async () => {
    const mine = await t.http.get(`/api/cycles/${cycleId}/my-part`).set(as['canbo.bienhoa']);
    expect(mine.body).toHaveLength(1);
    expect(mine.body[0].indicators.length).toBe(77);
    // Bưu điện assesses nothing in the district framework: it sees no district submission at all
    as['daumoi.buudien'] = { Authorization: `Bearer ${await tokenFor(t, 'daumoi.buudien')}` };
    expect((await t.http.get(`/api/cycles/${cycleId}/my-part`).set(as['daumoi.buudien'])).body).toEqual([]);
    expect((await t.http.get(`/api/cycles/${cycleId}/submissions`).set(as['daumoi.buudien'])).body).toEqual([]);
    expectErrorShape((await t.http.get(`/api/submissions/${id}`).set(as['daumoi.buudien'])).body, 404, 'SUBMISSION.NOT_FOUND');
    expectErrorShape((await t.http.get(`/api/cycles/${cycleId}/my-part`).set(as['thamdinh.sotttt'])).body, 403, 'ACCESS.FORBIDDEN_ROLE');
  });

  it('refuses to open a cycle whose framework names an agency (reporting or assessing) that is not an active unit', async () => {
    const cucThue = await unitIdByCode(t, 'CUC-THUE');
    expect((await t.http.post(`/api/units/${cucThue}/deactivate`).set(as.admin).send({ reason: 'Thử nghiệm' })).status).toBeLessThan(300);
    const before = await count(t, 'submissions');
    const res = await t.http.post('/api/cycles').set(as.admin).send(cycleFor(2097));
    expectErrorShape(res.body, 400, 'CYCLE.SUPPLIER_NOT_REGISTERED');
    expect(res.body.details).toMatchObject({ framework: 'district', missing: ['CUC-THUE'] });
    expect(await count(t, 'submissions')).toBe(before);
    expect((await t.http.post(`/api/units/${cucThue}/activate`).set(as.admin).send({ reason: 'Thử nghiệm' })).status).toBeLessThan(300);
  });

  it('declaring an indicator not applicable scores its maximum, flagged for the reviewer where the seed lists no such case', async () => {
    const res = await put('canbo.bienhoa', '1.2', { notApplicable: 'Không tổ chức hội nghị trong kỳ' });
    expect(res.body).toMatchObject({ indicator: { points: 20, status: 'NOT_APPLICABLE', flags: ['NOT_APPLICABLE_UNLISTED'] }, total: 77.5 });
  });

  it('refuses invalid values with every problem named, and writes nothing', async () => {
    const before = await count(t, 'audit_entries');
    const res = await put('canbo.bienhoa', '1.1', { values: { programmes: -1 } });
    expectErrorShape(res.body, 400, 'SUBMISSION.INVALID_VALUES');
    const many = await put('canbo.bienhoa', '1.3', { values: { participations: 2.5, zzz: 1 } });
    expect(many.body.details).toEqual(['1.3.participations: phải là số nguyên không âm', '1.3.zzz: không phải biến của chỉ số này']);
    expectErrorShape((await put('canbo.bienhoa', '9.9', { values: { a: 1 } })).body, 404, 'SUBMISSION.INDICATOR_NOT_FOUND');
    // district 8.1: a (people with a digital identity) is part of b (the population): the framework refuses a > b
    const above = await put('canbo.bienhoa', '8.1', { values: { a: 150 } });
    expectErrorShape(above.body, 400, 'SUBMISSION.INVALID_VALUES');
    expect(above.body.details).toEqual(['8.1: a = 150 lớn hơn b = 100; theo bộ chỉ số, tử số là một phần của mẫu số nên tỷ lệ không thể vượt 100%']);
    expectErrorShape((await put('canbo.bienhoa', '1.1', { values: 'abc' })).body, 400, 'REQUEST.VALIDATION_FAILED');
    expect(await count(t, 'audit_entries')).toBe(before);
    expect((await t.http.get(`/api/submissions/${id}/score`).set(as['lanhdao.bienhoa'])).body.total).toBe(77.5);
  });

  it("keeps other units and other roles out", async () => {
    expectErrorShape((await put('canbo.longkhanh', '1.1', { values: { programmes: 1 } })).body, 404, 'SUBMISSION.NOT_FOUND');
    expectErrorShape((await put('thamdinh.sotttt', '1.1', { values: { programmes: 1 } })).body, 403, 'ACCESS.FORBIDDEN_ROLE');
    const score = await t.http.get(`/api/submissions/${id}/score`).set(as['canbo.longkhanh']);
    expectErrorShape(score.body, 404, 'SUBMISSION.NOT_FOUND');
  });

  it('records every entry in the audit log with before and after', async () => {
    const log = await t.http.get(`/api/audit?order=asc&pageSize=200&entityType=submission&entityId=${id}`).set(as.admin);
    const entries = log.body.items.filter((e: { action: string }) => e.action === 'SUBMISSION.VALUES_ENTERED');
    expect(entries).toHaveLength(5);
    expect(entries[0]).toMatchObject({ actorRole: 'UNIT_OFFICER', after: { indicator: '1.1', values: { programmes: 3 }, comment: 'Theo kế hoạch 12/KH-UBND' } });
  });

  it('writes no audit entry for a save that changes nothing (the same values, in any order)', async () => {
    const entries = async () => (await t.http.get(`/api/audit?pageSize=200&action=SUBMISSION.VALUES_ENTERED&entityType=submission&entityId=${id}`).set(as.admin)).body.total;
    const before = await entries();
    // 6.6.1 was saved as { achieved: 2, approved_or_in_progress: 1 } above
    const again = await put('canbo.bienhoa', '6.6.1', { values: { approved_or_in_progress: 1, achieved: 2 } });
    expect(again.status).toBe(200);
    expect(again.body.indicator.points).toBe(25);
    expect(await entries()).toBe(before);
    expect((await put('canbo.bienhoa', '6.6.1', { values: { achieved: 1 } })).status).toBe(200);
    expect(await entries()).toBe(before + 1);
  });

  it('serves the score stored at the last save rather than scoring on every read, and a save stores it anew', async () => {
    const score = () => t.http.get(`/api/submissions/${id}/score`).set(as['canbo.bienhoa']);
    const before = await score();
    const [row] = await t.db.query(`SELECT score FROM submission_scores WHERE submissionId = ?`, [id]);
    const stored = typeof row.score === 'string' ? JSON.parse(row.score) : row.score;
    expect(stored.total).toBe(before.body.total);
    // Marked in the database only: a read that scored again would not show the mark.
    await t.db.query(`UPDATE submission_scores SET score = ? WHERE submissionId = ?`, [JSON.stringify({ ...stored, total: 999.99 }), id]);
    expect((await score()).body.total).toBe(999.99);
    // A save scores the whole submission again from its values (district 1.1: 4 programmes → 20).
    expect((await put('canbo.bienhoa', '1.1', { values: { programmes: 4 } })).body.indicator.points).toBe(20);
    const after = (await score()).body;
    expect(after.total).not.toBe(999.99);
    expect(after.total).toBe(Math.round((before.body.total + 5) * 100) / 100);
  });

  it('freezes the data once submitted', async () => {
    await completeAgencyParts(t, id);
    for (const [who, type] of [['canbo.bienhoa', 'UNIT_PART_COMPLETE'], ['lanhdao.bienhoa', 'SUBMIT']]) {
      expect((await t.http.post(`/api/submissions/${id}/events`).set(as[who]).send({ type })).status).toBe(201);
    }
    expectErrorShape((await put('canbo.bienhoa', '1.1', { values: { programmes: 4 } })).body, 409, 'SUBMISSION.NOT_EDITABLE');
  });
});
