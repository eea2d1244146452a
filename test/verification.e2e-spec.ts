import { createTestApp, expectErrorShape, TestApp, tokenFor, unitIdByCode } from './support/test-app.js';

const cycle = {
  code: 'DTI-2097', year: 2097, name: 'Đánh giá DTI năm 2097', frameworks: [{ unitKind: 'DISTRICT', code: 'district' }], periods: ['Q1'],
  deadlines: { dataEntry: '2097-01-15T16:59:59Z', verification: '2097-02-15T16:59:59Z', disputeWindow: '2097-02-28T16:59:59Z', disputeResolution: '2097-03-15T16:59:59Z' },
};

describe('verification by the reviewing agency', () => {
  let t: TestApp;
  let id: number;
  const as: Record<string, Record<string, string>> = {};
  const verify = (who: string, code: string, body: object) => t.http.put(`/api/submissions/${id}/verification/${code}`).set(as[who]).send(body);
  const view = async (who: string) =>
    new Map((await t.http.get(`/api/submissions/${id}/verification`).set(as[who])).body.indicators.map((i: { code: string }) => [i.code, i]));

  beforeAll(async () => {
    t = await createTestApp();
    for (const u of ['admin', 'canbo.bienhoa', 'lanhdao.bienhoa', 'daumoi.congan', 'thamdinh.sotttt']) as[u] = { Authorization: `Bearer ${await tokenFor(t, u)}` };
    expect((await t.http.post('/api/cycles').set(as.admin).send(cycle)).status).toBe(201);
    id = Number((await t.db.query(`SELECT id FROM submissions WHERE unitId = ?`, [await unitIdByCode(t, 'TP-BIEN-HOA')]))[0].id);
    // district 1.1: 3 programmes × 5 = 15; 8.1 (Công an tỉnh): 50/100 × 15 = 7.5
    await t.http.put(`/api/submissions/${id}/indicators/1.1`).set(as['canbo.bienhoa']).send({ values: { programmes: 3 } });
    await t.http.put(`/api/submissions/${id}/indicators/8.1`).set(as['daumoi.congan']).send({ values: { a: 50, b: 100 } });
    for (const [who, type] of [['canbo.bienhoa', 'UNIT_PART_COMPLETE'], ['daumoi.congan', 'AGENCY_PART_COMPLETE'], ['lanhdao.bienhoa', 'SUBMIT'], ['thamdinh.sotttt', 'START_VERIFICATION']]) {
      expect((await t.http.post(`/api/submissions/${id}/events`).set(as[who]).send({ type })).status).toBe(201);
    }
  });
  afterAll(() => t.close());

  it('refuses a verified score without a reason, above the maximum, or both accepted and changed', async () => {
    expectErrorShape((await verify('thamdinh.sotttt', '1.1', { points: 10 })).body, 400, 'SUBMISSION.REASON_REQUIRED');
    expectErrorShape((await verify('thamdinh.sotttt', '1.1', { points: 25, reason: 'Quá điểm' })).body, 400, 'SUBMISSION.POINTS_OUT_OF_RANGE');
    expectErrorShape((await verify('thamdinh.sotttt', '1.1', { accept: true, points: 10 })).body, 400, 'SUBMISSION.VERIFICATION_NEEDS_CHOICE');
    expectErrorShape((await verify('thamdinh.sotttt', '1.1', { points: -1, reason: 'Âm' })).body, 400, 'REQUEST.VALIDATION_FAILED');
    expectErrorShape((await verify('lanhdao.bienhoa', '1.1', { accept: true })).body, 403, 'ACCESS.FORBIDDEN_ROLE');
  });

  it('sets a verified score with a reason, keeping the self score, hidden from the unit until verified', async () => {
    const res = await verify('thamdinh.sotttt', '1.1', { points: 10, reason: 'Chỉ 2 chương trình có kế hoạch kèm theo' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ selfPoints: 15, verifiedPoints: 10, accepted: false });
    expect((await view('thamdinh.sotttt')).get('1.1')).toMatchObject({ self: { points: 15 }, verified: { verifiedPoints: 10 } });
    expect((await view('lanhdao.bienhoa')).get('1.1')).toMatchObject({ self: { points: 15 }, verified: null });
  });

  it('verifies only once every indicator has a verdict; one click accepts the unchanged ones', async () => {
    const early = await t.http.post(`/api/submissions/${id}/verify`).set(as['thamdinh.sotttt']);
    expectErrorShape(early.body, 409, 'SUBMISSION.ILLEGAL_TRANSITION');
    const bulk = await t.http.post(`/api/submissions/${id}/verification/accept-unchanged`).set(as['thamdinh.sotttt']);
    // the district framework has 77 scored indicators; 1.1 already has a verdict
    expect(bulk.body).toEqual({ accepted: 76 });
    const done = await t.http.post(`/api/submissions/${id}/verify`).set(as['thamdinh.sotttt']);
    expect(done.body.status).toBe('verified');
  });

  it('shows the unit self and verified scores once verified, and takes no more verdicts', async () => {
    const unitView = await view('lanhdao.bienhoa');
    expect(unitView.get('1.1')).toMatchObject({ self: { points: 15 }, verified: { verifiedPoints: 10, reason: 'Chỉ 2 chương trình có kế hoạch kèm theo' } });
    expect(unitView.get('8.1')).toMatchObject({ self: { points: 7.5 }, verified: { verifiedPoints: 7.5, accepted: true } });
    expectErrorShape((await verify('thamdinh.sotttt', '8.1', { accept: true })).body, 409, 'SUBMISSION.ILLEGAL_TRANSITION');
    const history = await t.http.get(`/api/submissions/${id}/history`).set(as['lanhdao.bienhoa']);
    const actions = history.body.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['SUBMISSION.SCORE_VERIFIED', 'SUBMISSION.UNCHANGED_ACCEPTED', 'SUBMISSION.VERIFY']));
  });
});
