import { completeAgencyParts, createTestApp, cycleFor, expectErrorShape, TestApp, tokenFor, unitIdByCode } from './support/test-app.js';

const cycle = cycleFor(2097);

describe('verification and disputes', () => {
  let t: TestApp;
  let id: number;
  let evidenceBefore: number;
  const as: Record<string, Record<string, string>> = {};
  const verify = (who: string, code: string, body: object) => t.http.put(`/api/submissions/${id}/verification/${code}`).set(as[who]).send(body);
  const view = async (who: string) =>
    new Map((await t.http.get(`/api/submissions/${id}/verification`).set(as[who])).body.indicators.map((i: { code: string }) => [i.code, i]));

  beforeAll(async () => {
    t = await createTestApp();
    for (const u of ['admin', 'canbo.bienhoa', 'lanhdao.bienhoa', 'lanhdao.longkhanh', 'daumoi.congan', 'thamdinh.sotttt']) as[u] = { Authorization: `Bearer ${await tokenFor(t, u)}` };
    expect((await t.http.post('/api/cycles').set(as.admin).send(cycle)).status).toBe(201);
    id = Number((await t.db.query(`SELECT id FROM submissions WHERE unitId = ?`, [await unitIdByCode(t, 'TP-BIEN-HOA')]))[0].id);
    // district 1.1: 3 programmes × 5 = 15; 8.1 (the district reports it, Appendix II): 50/100 × 15 = 7.5
    await t.http.put(`/api/submissions/${id}/indicators/1.1`).set(as['canbo.bienhoa']).send({ values: { programmes: 3 } });
    await t.http.put(`/api/submissions/${id}/indicators/8.1`).set(as['canbo.bienhoa']).send({ values: { a: 50, b: 100 } });
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
    const plan = await t.http.post(`/api/submissions/${id}/indicators/1.1/evidence`).set(as['canbo.bienhoa']).attach('file', pdf, { filename: 'Kế hoạch.pdf', contentType: 'application/pdf' });
    expect(plan.status).toBe(201);
    evidenceBefore = plan.body.id;
    await completeAgencyParts(t, id);
    for (const [who, type] of [['canbo.bienhoa', 'UNIT_PART_COMPLETE'], ['lanhdao.bienhoa', 'SUBMIT'], ['thamdinh.sotttt', 'START_VERIFICATION']]) {
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
    // beside the score, what the unit entered (3 programmes), for the reviewer to check one against the other
    expect((await view('thamdinh.sotttt')).get('1.1')).toMatchObject({ values: { programmes: 3 }, notApplicable: null, self: { points: 15 }, verified: { verifiedPoints: 10 } });
    expect((await view('thamdinh.sotttt')).get('8.1')).toMatchObject({ values: { a: 50, b: 100 }, self: { points: 7.5 } });
    expect((await view('lanhdao.bienhoa')).get('1.1')).toMatchObject({ self: { points: 15 }, verified: null });
    // nor the agencies that supply or assess the unit's figures
    expect((await view('daumoi.congan')).get('1.1')).toMatchObject({ self: { points: 15 }, verified: null, final: null });
    // nor through the history: the reviewer's verdicts show there once the result is sent
    const actions = async (who: string) => (await t.http.get(`/api/submissions/${id}/history`).set(as[who])).body.map((e: { action: string }) => e.action);
    expect(await actions('thamdinh.sotttt')).toContain('SUBMISSION.SCORE_VERIFIED');
    expect(await actions('lanhdao.bienhoa')).not.toContain('SUBMISSION.SCORE_VERIFIED');
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
    expect((await view('daumoi.congan')).get('1.1')).toMatchObject({ verified: { verifiedPoints: 10 } });
    const sent = (await t.http.get(`/api/submissions/${id}/history`).set(as['lanhdao.bienhoa'])).body.map((e: { action: string }) => e.action);
    expect(sent).toEqual(expect.arrayContaining(['SUBMISSION.SCORE_VERIFIED', 'SUBMISSION.UNCHANGED_ACCEPTED']));
    expectErrorShape((await verify('thamdinh.sotttt', '8.1', { accept: true })).body, 409, 'SUBMISSION.ILLEGAL_TRANSITION');
    // another unit sees neither the verification nor the history: as if the submission did not exist
    for (const path of ['verification', 'history']) {
      expectErrorShape((await t.http.get(`/api/submissions/${id}/${path}`).set(as['lanhdao.longkhanh'])).body, 404, 'SUBMISSION.NOT_FOUND');
    }
    const history = await t.http.get(`/api/submissions/${id}/history`).set(as['lanhdao.bienhoa']);
    const actions = history.body.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['SUBMISSION.SCORE_VERIFIED', 'SUBMISSION.UNCHANGED_ACCEPTED', 'SUBMISSION.VERIFY']));
  });

  const disputes = (who: string, path = '', body?: object, method: 'post' | 'put' | 'get' = 'post') =>
    t.http[method](`/api/submissions/${id}/disputes${path}`).set(as[who]).send(body);

  it('a dispute names scored indicators with an explanation; anything else is refused and changes nothing', async () => {
    expectErrorShape((await disputes('lanhdao.bienhoa', '', { indicators: ['9.9'], explanation: 'Sai' })).body, 404, 'SUBMISSION.INDICATOR_NOT_FOUND');
    expectErrorShape((await disputes('lanhdao.bienhoa', '', { indicators: [], explanation: 'Sai' })).body, 400, 'REQUEST.VALIDATION_FAILED');
    expectErrorShape((await disputes('canbo.bienhoa', '', { indicators: ['1.1'], explanation: 'Sai' })).body, 403, 'ACCESS.FORBIDDEN_ROLE');
    expect((await t.http.get(`/api/submissions/${id}`).set(as['lanhdao.bienhoa'])).body.status).toBe('verified');
    const res = await disputes('lanhdao.bienhoa', '', { indicators: ['1.1', '8.1'], explanation: 'Đã có kế hoạch cho chương trình thứ ba' });
    expect(res.body.status).toBe('disputed');
  });

  it('keeps one thread per disputed indicator between the unit, the reviewer and the assessing agency, closed to others', async () => {
    expect((await disputes('canbo.bienhoa', '/1.1/messages', { body: 'Gửi kèm Kế hoạch 45/KH-UBND' })).status).toBe(201);
    // the documents stay while the dispute is open: the unit may add, not take away
    const remove = (evidenceId: number) => t.http.delete(`/api/submissions/${id}/evidence/${evidenceId}`).set(as['canbo.bienhoa']);
    expectErrorShape((await remove(evidenceBefore)).body, 409, 'EVIDENCE.KEPT_DURING_DISPUTE');
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
    const added = await t.http.post(`/api/submissions/${id}/indicators/1.1/evidence`).set(as['canbo.bienhoa']).attach('file', pdf, { filename: 'Kế hoạch bổ sung.pdf', contentType: 'application/pdf' });
    expect(added.status).toBe(201);
    expectErrorShape((await remove(added.body.id)).body, 409, 'EVIDENCE.KEPT_DURING_DISPUTE');
    expect((await disputes('thamdinh.sotttt', '/1.1/messages', { body: 'Đã nhận, đang xem xét' })).status).toBe(201);
    expectErrorShape((await disputes('lanhdao.longkhanh', '/1.1/messages', { body: 'x' })).body, 404, 'SUBMISSION.NOT_FOUND');
    expectErrorShape((await disputes('canbo.bienhoa', '/2.1/messages', { body: 'x' })).body, 404, 'SUBMISSION.NOT_DISPUTED');
    // Công an tỉnh assesses 8.1 (Appendix III): it takes part in that thread, not in 1.1's
    expect((await disputes('daumoi.congan', '/8.1/messages', { body: 'Số liệu định danh của Công an tỉnh đến 31/12: 50 người' })).status).toBe(201);
    expectErrorShape((await disputes('daumoi.congan', '/1.1/messages', { body: 'x' })).body, 403, 'SUBMISSION.NOT_YOUR_PART');
    const list = await disputes('lanhdao.bienhoa', '', undefined, 'get');
    expect(list.body.map((d: { indicatorCode: string; outcome: string }) => [d.indicatorCode, d.outcome])).toEqual([['1.1', 'OPEN'], ['8.1', 'OPEN']]);
    expect(list.body[0].messages.map((m: { authorRole: string }) => m.authorRole)).toEqual(['UNIT_OFFICER', 'REVIEWER']);
    expect(list.body[1].messages.map((m: { authorRole: string }) => m.authorRole)).toEqual(['SOURCE_AGENCY']);
  });

  it('resolves each indicator: upheld with a new final score, or rejected, always with a reason; closes only when all are done', async () => {
    expectErrorShape((await disputes('thamdinh.sotttt', '/close')).body, 409, 'SUBMISSION.ILLEGAL_TRANSITION');
    expectErrorShape((await disputes('lanhdao.bienhoa', '/1.1/resolution', { outcome: 'UPHELD', points: 15, reason: 'x'.repeat(5) }, 'put')).body, 403, 'ACCESS.FORBIDDEN_ROLE');
    expectErrorShape((await disputes('thamdinh.sotttt', '/1.1/resolution', { outcome: 'UPHELD', reason: 'Chấp nhận' }, 'put')).body, 400, 'SUBMISSION.UPHELD_NEEDS_POINTS');
    expectErrorShape((await disputes('thamdinh.sotttt', '/1.1/resolution', { outcome: 'UPHELD', points: 21, reason: 'Chấp nhận' }, 'put')).body, 400, 'SUBMISSION.POINTS_OUT_OF_RANGE');
    expect((await disputes('thamdinh.sotttt', '/1.1/resolution', { outcome: 'UPHELD', points: 15, reason: 'Kế hoạch thứ ba hợp lệ' }, 'put')).body).toMatchObject({ outcome: 'UPHELD', finalPoints: 15 });
    expect((await disputes('thamdinh.sotttt', '/8.1/resolution', { outcome: 'REJECTED', reason: 'Số liệu Công an tỉnh là số chính thức' }, 'put')).body).toMatchObject({ outcome: 'REJECTED', finalPoints: null });
    expect((await disputes('thamdinh.sotttt', '/close')).body.status).toBe('disputeResolved');
  });

  it('shows self, verified and final side by side, then finalizes', async () => {
    const unitView = await view('lanhdao.bienhoa');
    // 1.1: self 15, verified 10, dispute upheld → final 15; 8.1: rejected → final = verified 7.5
    expect(unitView.get('1.1')).toMatchObject({ self: { points: 15 }, verified: { verifiedPoints: 10 }, final: 15 });
    expect(unitView.get('8.1')).toMatchObject({ self: { points: 7.5 }, verified: { verifiedPoints: 7.5 }, final: 7.5 });
    const done = await t.http.post(`/api/submissions/${id}/events`).set(as['thamdinh.sotttt']).send({ type: 'FINALIZE' });
    expect(done.body.status).toBe('final');
    const actions = (await t.http.get(`/api/submissions/${id}/history`).set(as['lanhdao.bienhoa'])).body.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['SUBMISSION.DISPUTE', 'SUBMISSION.DISPUTE_UPHELD', 'SUBMISSION.DISPUTE_REJECTED', 'SUBMISSION.RESOLVE_DISPUTE', 'SUBMISSION.FINALIZE']));
  });
});
