import { completeAgencyParts, createTestApp, cycleFor, expectErrorShape, TestApp, tokenFor, unitIdByCode } from './support/test-app.js';

/**
 * One department and one district submission through the whole path, scores asserted at every
 * step. Expected points are hand-computed from the seed tables (Decision 3473/QĐ-UBND):
 * department 2.1 "Đã ban hành: Điểm tối đa" (30); 3.2 "Tỷ lệ = a/b. Điểm = Tỷ lệ*Điểm tối đa" (30);
 * district 1.1 "+5 điểm/chương trình, tối đa 20"; 6.6.1 "đạt kết quả: 10 điểm; đã duyệt chủ trương hoặc
 * đang triển khai: 5 điểm" (40); 8.1 ratio × 15, reported by the district ("Huyện/thành phố cung
 * cấp", Appendix II) and assessed by Công an tỉnh (Appendix III), who gives its own figure beside it.
 */
const scenarios = [
  {
    label: 'department Sở Y tế', unitCode: 'SO-YT', kind: 'DEPARTMENT', framework: 'department', officer: 'canbo.soyte', head: 'lanhdao.soyte',
    own: [['2.1', { issued: true }, 30], ['3.2', { a: 45, b: 60 }, 22.5]] as const,
    // 9.1 (Sở TTTT) is an improvement rule: pending without last year's value, so it adds nothing yet
    agency: { user: 'daumoi.sotttt', unitCode: 'SO-TTTT', code: '9.1', values: { points: 60 }, points: null, reports: true },
    returned: { code: '3.2', values: { a: 60, b: 60 }, points: 30 },
    changed: { code: '2.1', verified: 15, upheld: 30 },
    rejected: '3.2',
  },
  {
    label: 'district Biên Hòa', unitCode: 'TP-BIEN-HOA', kind: 'DISTRICT', framework: 'district', officer: 'canbo.bienhoa', head: 'lanhdao.bienhoa',
    own: [['1.1', { programmes: 3 }, 15], ['6.6.1', { achieved: 1, approved_or_in_progress: 2 }, 20]] as const,
    agency: { user: 'daumoi.congan', unitCode: 'CA-TINH', code: '8.1', values: { a: 40, b: 100 }, points: 6, reports: false },
    returned: { code: '1.1', values: { programmes: 5 }, points: 20 },
    changed: { code: '6.6.1', verified: 10, upheld: 15 },
    rejected: '8.1',
  },
];

describe.each(scenarios)('the whole path: $label', (sc) => {
  let t: TestApp;
  let id: number;
  const as: Record<string, Record<string, string>> = {};
  const move = async (who: string, type: string, extra: object = {}) => {
    const res = await t.http.post(`/api/submissions/${id}/events`).set(as[who]).send({ type, ...extra });
    expect({ type, status: res.status }).toEqual({ type, status: 201 });
    return res.body.status;
  };
  const total = async (who = sc.head) => (await t.http.get(`/api/submissions/${id}/score`).set(as[who])).body;

  beforeAll(async () => {
    t = await createTestApp({ DEADLINE_JOB: 'off' });
    as.admin = { Authorization: `Bearer ${await tokenFor(t, 'admin')}` };
    for (const u of [sc.officer, sc.head, 'thamdinh.sotttt']) as[u] = { Authorization: `Bearer ${await tokenFor(t, u)}` };
    as[sc.agency.user] = { Authorization: `Bearer ${await tokenFor(t, sc.agency.user)}` };
    const res = await t.http.post('/api/cycles').set(as.admin).send(cycleFor(2095, { frameworks: [{ unitKind: sc.kind, code: sc.framework }] }));
    expect(res.status).toBe(201);
    id = Number((await t.db.query(`SELECT id FROM submissions WHERE unitId = ? AND cycleId = ?`, [await unitIdByCode(t, sc.unitCode), res.body.id]))[0].id);
  });
  afterAll(() => t.close());

  it('draft: the unit and the source agency fill their parts; the self-assessment follows each save', async () => {
    let expected = 0;
    for (const [code, values, points] of sc.own) {
      expected += points;
      const res = await t.http.put(`/api/submissions/${id}/indicators/${code}`).set(as[sc.officer]).send({ values });
      expect(res.body).toMatchObject({ indicator: { code, points }, total: expected });
    }
    // Department 9.1 is reported by Sở TTTT itself; district 8.1 by the district, Công an tỉnh giving its own figure beside it.
    const reporter = sc.agency.reports ? sc.agency.user : sc.officer;
    const entered = await t.http.put(`/api/submissions/${id}/indicators/${sc.agency.code}`).set(as[reporter]).send({ values: sc.agency.values });
    expect(entered.body.indicator.points).toBe(sc.agency.points);
    expect(entered.body.total).toBe(expected + (sc.agency.points ?? 0));
    if (!sc.agency.reports) {
      const figure = await t.http.put(`/api/submissions/${id}/agency-figures/${sc.agency.code}`).set(as[sc.agency.user]).send({ values: { a: 38 }, note: 'Số liệu định danh đến 31/12' });
      expect(figure.status).toBe(200);
    }
    await move(sc.officer, 'UNIT_PART_COMPLETE');
    if (sc.agency.reports) await move(sc.agency.user, 'AGENCY_PART_COMPLETE');
    await completeAgencyParts(t, id); // the framework's other agencies, if any
    expect(await move(sc.head, 'SUBMIT')).toBe('submitted');
  });

  it('returned for one indicator: the unit changes only that one, resubmits, and the score follows', async () => {
    const before = (await total()).total;
    await move('thamdinh.sotttt', 'START_VERIFICATION');
    expect(await move('thamdinh.sotttt', 'RETURN', { indicators: [sc.returned.code], reason: 'Bổ sung tài liệu kiểm chứng' })).toBe('returned');
    const other = sc.own.find(([code]) => code !== sc.returned.code)!;
    expectErrorShape((await t.http.put(`/api/submissions/${id}/indicators/${other[0]}`).set(as[sc.officer]).send({ values: other[1] })).body, 409, 'SUBMISSION.NOT_EDITABLE');
    const res = await t.http.put(`/api/submissions/${id}/indicators/${sc.returned.code}`).set(as[sc.officer]).send({ values: sc.returned.values });
    const old = sc.own.find(([code]) => code === sc.returned.code)![2];
    expect(res.body).toMatchObject({ indicator: { points: sc.returned.points }, total: before - old + sc.returned.points });
    expect(await move(sc.head, 'RESUBMIT')).toBe('underVerification');
  });

  it('verified: one indicator changed with a reason, the rest accepted as they are', async () => {
    const changed = await t.http.put(`/api/submissions/${id}/verification/${sc.changed.code}`).set(as['thamdinh.sotttt']).send({ points: sc.changed.verified, reason: 'Chưa đủ căn cứ' });
    expect(changed.body.verifiedPoints).toBe(sc.changed.verified);
    await t.http.post(`/api/submissions/${id}/verification/accept-unchanged`).set(as['thamdinh.sotttt']);
    expect((await t.http.post(`/api/submissions/${id}/verify`).set(as['thamdinh.sotttt'])).body.status).toBe('verified');
  });

  it('disputed: one indicator upheld with a new final score, one rejected; then final', async () => {
    const opened = await t.http.post(`/api/submissions/${id}/disputes`).set(as[sc.head]).send({ indicators: [sc.changed.code, sc.rejected], explanation: 'Đề nghị xem xét lại' });
    expect(opened.body.status).toBe('disputed');
    const resolve = (code: string, body: object) => t.http.put(`/api/submissions/${id}/disputes/${code}/resolution`).set(as['thamdinh.sotttt']).send(body);
    expect((await resolve(sc.changed.code, { outcome: 'UPHELD', points: sc.changed.upheld, reason: 'Căn cứ bổ sung hợp lệ' })).status).toBe(200);
    expect((await resolve(sc.rejected, { outcome: 'REJECTED', reason: 'Giữ nguyên kết quả thẩm định' })).status).toBe(200);
    expect((await t.http.post(`/api/submissions/${id}/disputes/close`).set(as['thamdinh.sotttt'])).body.status).toBe('disputeResolved');
    expect(await move('thamdinh.sotttt', 'FINALIZE')).toBe('final');
    const view = new Map((await t.http.get(`/api/submissions/${id}/verification`).set(as[sc.head])).body.indicators.map((i: { code: string }) => [i.code, i]));
    expect(view.get(sc.changed.code)).toMatchObject({ verified: { verifiedPoints: sc.changed.verified }, final: sc.changed.upheld });
    const rejected = view.get(sc.rejected) as { self: { points: number | null }; final: number | null };
    expect(rejected.final).toBe(rejected.self.points);
  });
});
