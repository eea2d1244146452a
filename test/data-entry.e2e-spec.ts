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

  it('a source agency enters only the indicators it supplies, for the units they apply to', async () => {
    // district 8.1 (Công an tỉnh): 50/100 × 15 = 7.5
    const police = await put('daumoi.congan', '8.1', { values: { a: 50, b: 100 } });
    expect(police.body).toMatchObject({ indicator: { points: 7.5 }, total: 47.5 });
    // district 4.7 (Sở Nội vụ): yes → 10
    expect((await put('daumoi.sonoivu', '4.7', { values: { has_staff: true } })).body.total).toBe(57.5);
    expectErrorShape((await put('daumoi.congan', '1.1', { values: { programmes: 4 } })).body, 403, 'SUBMISSION.NOT_YOUR_PART');
    expectErrorShape((await put('canbo.bienhoa', '8.1', { values: { a: 99, b: 100 } })).body, 403, 'SUBMISSION.NOT_YOUR_PART');
    expectErrorShape((await put('daumoi.congan', '8.1', { notApplicable: 'Không có' })).body, 403, 'SUBMISSION.NOT_YOUR_PART');
  });

  it("shows a source agency its part across every unit it supplies, and nothing it does not supply", async () => {
    const mine = await t.http.get(`/api/cycles/${cycleId}/my-part`).set(as['daumoi.congan']);
    expect(mine.status).toBe(200);
    expect(mine.body).toHaveLength(11); // the eleven districts, one quarter
    const bienHoa = mine.body.find((p: { unit: { code: string } }) => p.unit.code === 'TP-BIEN-HOA');
    expect(bienHoa).toMatchObject({ submissionId: id, partDone: false, missing: 0, indicators: [{ code: '8.1', variables: [{ key: 'a', value: 50 }, { key: 'b', value: 100 }] }] });
    const longKhanh = mine.body.find((p: { unit: { code: string } }) => p.unit.code === 'TP-LONG-KHANH');
    expect(longKhanh).toMatchObject({ missing: 2, indicators: [{ code: '8.1', variables: [{ value: null }, { value: null }] }] });
    // Bưu điện supplies nothing in the district framework: it sees no district submission at all
    as['daumoi.buudien'] = { Authorization: `Bearer ${await tokenFor(t, 'daumoi.buudien')}` };
    expect((await t.http.get(`/api/cycles/${cycleId}/my-part`).set(as['daumoi.buudien'])).body).toEqual([]);
    expect((await t.http.get(`/api/cycles/${cycleId}/submissions`).set(as['daumoi.buudien'])).body).toEqual([]);
    expectErrorShape((await t.http.get(`/api/submissions/${id}`).set(as['daumoi.buudien'])).body, 404, 'SUBMISSION.NOT_FOUND');
    expectErrorShape((await t.http.get(`/api/cycles/${cycleId}/my-part`).set(as['thamdinh.sotttt'])).body, 403, 'ACCESS.FORBIDDEN_ROLE');
  });

  it('refuses to open a cycle whose framework assigns data to an agency that is not an active unit', async () => {
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
    expectErrorShape((await put('canbo.bienhoa', '9.9', { values: {} })).body, 404, 'SUBMISSION.INDICATOR_NOT_FOUND');
    // district 8.1: a (people with a digital identity) is part of b (the population): the framework refuses a > b
    const above = await put('daumoi.congan', '8.1', { values: { a: 150 } });
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
    const log = await t.http.get(`/api/audit?entityType=submission&entityId=${id}`).set(as.admin);
    const entries = log.body.filter((e: { action: string }) => e.action === 'SUBMISSION.VALUES_ENTERED');
    expect(entries).toHaveLength(5);
    expect(entries[0]).toMatchObject({ actorRole: 'UNIT_OFFICER', after: { indicator: '1.1', values: { programmes: 3 }, comment: 'Theo kế hoạch 12/KH-UBND' } });
  });

  it('freezes the data once submitted', async () => {
    await completeAgencyParts(t, id);
    for (const [who, type] of [['canbo.bienhoa', 'UNIT_PART_COMPLETE'], ['lanhdao.bienhoa', 'SUBMIT']]) {
      expect((await t.http.post(`/api/submissions/${id}/events`).set(as[who]).send({ type })).status).toBe(201);
    }
    expectErrorShape((await put('canbo.bienhoa', '1.1', { values: { programmes: 4 } })).body, 409, 'SUBMISSION.NOT_EDITABLE');
  });
});
