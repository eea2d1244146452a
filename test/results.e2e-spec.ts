import { completeAgencyParts, count, createTestApp, cycleFor, expectErrorShape, finishCycle, TestApp, tokenFor, unitIdByCode } from './support/test-app.js';

/**
 * The year's end on the department framework (Decision 3473/QĐ-UBND, Appendix I), reported on the
 * quarterly schedule (Quý I, 6 tháng, 9 tháng, Năm; docs/periods.md):
 * 2.1 "Đã ban hành: Điểm tối đa" (30), "Quý, 6 tháng, năm", yearly "Trung bình" over the four reports;
 * 4.1 "Tỷ lệ=(a+b+c+d)/(e+f) … Điểm = (g*h)/k", k the highest ratio of all units (10), yearly "Kỳ cuối";
 * 9.1 "a >= 10%: Điểm tối đa" (50), "Năm" only, a the improvement over the year before (Sở TTTT reports it).
 *
 * Sở Y tế: 2.1 yes in all four, the 6-month report verified at 15 → (30 + 15 + 30 + 30)/4 = 26.25;
 * 4.1 8/20 = 40 % in Quý I but 2/20 = 10 % in the year's report ("Kỳ cuối" takes the year's);
 * 9.1 66 against 60 → +10 % → 50.
 * Sở Nội vụ: 2.1 no, yes, yes, yes → 22.5; 4.1 4/20 = 20 % (the best in the year's report).
 * Sở Tài chính: 2.1 yes, yes, yes, no → 22.5; 4.1 4/20 = 20 %.
 * 4.1: Y tế 10 × 10/20 = 5; Nội vụ and Tài chính 10. Totals: Y tế 81.25 (1st); Nội vụ 32.5 and
 * Tài chính 32.5 share the 2nd rank; the 14 other departments have 0 and share the 4th.
 */
describe('consolidation, approval and publication', () => {
  let t: TestApp;
  let cycleId: number;
  const as: Record<string, Record<string, string>> = {};
  const post = (who: string, path: string, body: object = {}) => t.http.post(`/api/cycles/${cycleId}${path}`).set(as[who]).send(body);
  const submissionOf = async (unitCode: string, period: string, cycle = cycleId) =>
    Number((await t.db.query(`SELECT id FROM submissions WHERE unitId = ? AND period = ? AND cycleId = ?`, [await unitIdByCode(t, unitCode), period, cycle]))[0].id);
  const put = async (who: string, unitCode: string, period: string, code: string, values: object, cycle = cycleId) =>
    t.http.put(`/api/submissions/${await submissionOf(unitCode, period, cycle)}/indicators/${code}`).set(as[who]).send({ values });
  const enter = async (who: string, unitCode: string, period: string, code: string, values: object, cycle = cycleId) => {
    const res = await put(who, unitCode, period, code, values, cycle);
    expect({ code, period, status: res.status }).toEqual({ code, period, status: 200 });
  };
  const staff = (a: number) => ({ a, b: 0, c: 0, d: 0, e: 20, f: 0 });
  const publicRanking = (year: number, query = '') => t.http.get(`/api/public/results/${year}/ranking?unitKind=DEPARTMENT${query}`);
  const ranks = (rows: { unitCode: string; rank: number; total: number }[], codes = ['SO-YT', 'SO-NV', 'SO-TC']) =>
    codes.map((c) => rows.find((r) => r.unitCode === c)).map((r) => [r!.unitCode, r!.total, r!.rank]);

  beforeAll(async () => {
    // Two units per batch: the relative rules' best and the ranking must come out the same across batches.
    t = await createTestApp({ DEADLINE_JOB: 'off', CONSOLIDATION_BATCH_UNITS: '2' });
    for (const u of ['admin', 'canbo.soyte', 'lanhdao.soyte', 'daumoi.sotttt', 'thamdinh.sotttt', 'chutich']) as[u] = { Authorization: `Bearer ${await tokenFor(t, u)}` };
    as['lanhdao.bienhoa'] = { Authorization: `Bearer ${await tokenFor(t, 'lanhdao.bienhoa')}` };
    // The year before: Sở TTTT recorded 60 points for Sở Y tế's 9.1; nobody submitted, every unit was
    // closed by the reviewer ("không nộp"), what the agency supplied kept; published as it stood.
    const before = await t.http.post('/api/cycles').set(as.admin).send(cycleFor(2093, { frameworks: [{ unitKind: 'DEPARTMENT', code: 'department' }] }));
    await enter('daumoi.sotttt', 'SO-YT', 'YEAR', '9.1', { points: 60 }, before.body.id);
    cycleId = before.body.id;
    await finishCycle(t, cycleId);
    expect((await post('thamdinh.sotttt', '/consolidations')).status).toBe(201);
    for (const [who, path] of [['thamdinh.sotttt', '/send-to-chair'], ['chutich', '/approve'], ['chutich', '/publish']]) expect((await post(who, path)).status).toBe(200);

    const opened = await t.http.post('/api/cycles').set(as.admin).send(cycleFor(2094, { frameworks: [{ unitKind: 'DEPARTMENT', code: 'department' }], schedule: 'QUARTERLY' }));
    cycleId = opened.body.id;
    const nv = await t.http.post('/api/users').set(as.admin).send({ username: 'canbo.sonoivu', fullName: 'Cán bộ Sở Nội vụ', password: 'mot-mat-khau-dai', role: 'UNIT_OFFICER', unitId: await unitIdByCode(t, 'SO-NV') });
    const tc = await t.http.post('/api/users').set(as.admin).send({ username: 'canbo.sotaichinh', fullName: 'Cán bộ Sở Tài chính', password: 'mot-mat-khau-dai', role: 'UNIT_OFFICER', unitId: await unitIdByCode(t, 'SO-TC') });
    expect([nv.status, tc.status]).toEqual([201, 201]);
    as.nv = { Authorization: `Bearer ${await tokenFor(t, 'canbo.sonoivu', 'mot-mat-khau-dai')}` };
    as.tc = { Authorization: `Bearer ${await tokenFor(t, 'canbo.sotaichinh', 'mot-mat-khau-dai')}` };
    const periods = ['Q1', 'H1', 'Q3', 'YEAR'];
    for (const [who, unit, issued, a] of [['canbo.soyte', 'SO-YT', [true, true, true, true], 2], ['nv', 'SO-NV', [false, true, true, true], 4], ['tc', 'SO-TC', [true, true, true, false], 4]] as const) {
      for (const [i, period] of periods.entries()) await enter(who, unit, period, '2.1', { issued: issued[i] });
      await enter(who, unit, 'YEAR', '4.1', staff(a));
    }
    await enter('canbo.soyte', 'SO-YT', 'Q1', '4.1', staff(8));
    await enter('daumoi.sotttt', 'SO-YT', 'YEAR', '9.1', { points: 66 });
    // 9.1 is collected in the year's report only ("Kỳ đánh giá: Năm")
    expectErrorShape((await put('daumoi.sotttt', 'SO-YT', 'Q1', '9.1', { points: 66 })).body, 409, 'SUBMISSION.NOT_IN_PERIOD');
    // Sở Y tế's 6-month report goes all the way to final, with 2.1 verified at 15.
    const id = await submissionOf('SO-YT', 'H1');
    const move = (who: string, type: string) => t.http.post(`/api/submissions/${id}/events`).set(as[who]).send({ type });
    expect((await move('canbo.soyte', 'UNIT_PART_COMPLETE')).status).toBe(201);
    await completeAgencyParts(t, id);
    for (const [who, type] of [['lanhdao.soyte', 'SUBMIT'], ['thamdinh.sotttt', 'START_VERIFICATION']]) expect((await move(who, type)).status).toBe(201);
    const verdict = await t.http.put(`/api/submissions/${id}/verification/2.1`).set(as['thamdinh.sotttt']).send({ points: 15, reason: 'Nghị quyết ban hành sau kỳ báo cáo' });
    expect(verdict.status).toBe(200);
    await t.http.post(`/api/submissions/${id}/verification/accept-unchanged`).set(as['thamdinh.sotttt']);
    expect((await t.http.post(`/api/submissions/${id}/verify`).set(as['thamdinh.sotttt'])).status).toBe(200);
    expect((await move('lanhdao.soyte', 'ACCEPT')).body.status).toBe('final');
  }, 120_000);
  afterAll(() => t.close());

  it('consolidates what is not final only as provisional: nothing goes to the chair, and the refusal names the units', async () => {
    const res = await post('thamdinh.sotttt', '/consolidations', { unitKind: 'DEPARTMENT' });
    expect(res.status).toBe(201);
    expect(res.body[0]).toMatchObject({ unitKind: 'DEPARTMENT', run: 1, units: 17 });
    expect(res.body[0].notFinal).toHaveLength(67); // 17 departments × 4 reports, one final
    const refused = await post('thamdinh.sotttt', '/send-to-chair');
    expectErrorShape(refused.body, 409, 'RESULTS.NOT_ALL_FINAL');
    // the first ten named with their report and state, the rest counted
    expect(refused.body.message).toContain('Sở Nội vụ (Quý I: Đang nhập liệu)');
    expect(refused.body.message).toContain('và 57 hồ sơ khác');
    expect(refused.body.details.notFinal).toHaveLength(67);
  });

  it('consolidates the finished year: final points, yearly aggregation by period, relative and improvement rules, ranks with ties', async () => {
    await finishCycle(t, cycleId);
    const res = await post('thamdinh.sotttt', '/consolidations', { unitKind: 'DEPARTMENT' });
    expect(res.body[0]).toMatchObject({ run: 2, notFinal: [] });
    const overview = await t.http.get(`/api/cycles/${cycleId}/results`).set(as['thamdinh.sotttt']);
    expect(overview.body.status).toBe('consolidated');
    const ranking = overview.body.runs[0].ranking;
    expect(ranks(ranking)).toEqual([['SO-YT', 81.25, 1], ['SO-NV', 32.5, 2], ['SO-TC', 32.5, 2]]);
    expect(ranking.filter((r: { rank: number }) => r.rank === 4)).toHaveLength(14);
    const yt = ranking.find((r: { unitCode: string }) => r.unitCode === 'SO-YT');
    const leaf = (code: string) => yt.indicators.find((i: { code: string }) => i.code === code);
    expect([leaf('2.1').points, leaf('4.1').points, leaf('9.1').points]).toEqual([26.25, 5, 50]);
    expect(yt.mains.find((m: { code: string }) => m.code === '9')).toMatchObject({ points: 50, maxPoints: 50 });
  });

  it('lets only the reviewer consolidate, with a known unit kind, on a cycle that exists', async () => {
    expectErrorShape((await post('lanhdao.bienhoa', '/consolidations')).body, 403, 'ACCESS.FORBIDDEN_ROLE');
    expectErrorShape((await post('chutich', '/consolidations')).body, 403, 'ACCESS.FORBIDDEN_ROLE');
    expectErrorShape((await post('thamdinh.sotttt', '/consolidations', { unitKind: 'ADMIN' })).body, 400, 'REQUEST.VALIDATION_FAILED');
    expectErrorShape((await post('thamdinh.sotttt', '/consolidations', { unitKind: 'DISTRICT' })).body, 400, 'RESULTS.UNIT_KIND_NOT_IN_CYCLE');
    const missing = await t.http.post('/api/cycles/99999/consolidations').set(as['thamdinh.sotttt']).send({});
    expectErrorShape(missing.body, 404, 'CYCLE.NOT_FOUND');
    expect(await count(t, `consolidations WHERE cycleId = ${cycleId}`)).toBe(2);
  });

  it('is repeatable: the same inputs give the same ranking and nothing moves', async () => {
    const again = await post('thamdinh.sotttt', '/consolidations');
    expect(again.body[0]).toMatchObject({ run: 3, movements: [] });
  });

  it('keeps the ranking to STTTT, the committee and the admin until it is published', async () => {
    expectErrorShape((await t.http.get(`/api/cycles/${cycleId}/results`).set(as['lanhdao.soyte'])).body, 403, 'ACCESS.FORBIDDEN_ROLE');
    expect((await t.http.get(`/api/cycles/${cycleId}/results`)).status).toBe(401);
    expectErrorShape((await publicRanking(2094)).body, 404, 'RESULTS.NOT_PUBLISHED');
    expect((await t.http.get('/api/public/results')).body.map((y: { year: number }) => y.year)).toEqual([2093]);
  });

  it('the chair sends it back with a reason; only the chair approves; nothing is public before publication', async () => {
    expectErrorShape((await post('chutich', '/approve')).body, 409, 'CYCLE.ILLEGAL_TRANSITION');
    expectErrorShape((await post('chutich', '/send-to-chair')).body, 403, 'ACCESS.FORBIDDEN_ROLE');
    expect((await post('thamdinh.sotttt', '/send-to-chair')).body).toMatchObject({ status: 'awaitingApproval' });
    expectErrorShape((await post('thamdinh.sotttt', '/send-back', { reason: 'Không phải việc của thẩm định' })).body, 403, 'ACCESS.FORBIDDEN_ROLE');
    expectErrorShape((await post('chutich', '/send-back', {})).body, 400, 'REQUEST.VALIDATION_FAILED');
    expect((await post('chutich', '/send-back', { reason: 'Rà soát lại chỉ số 4.1' })).body).toMatchObject({ status: 'consolidated', sentBack: { reason: 'Rà soát lại chỉ số 4.1' } });
    expect((await post('thamdinh.sotttt', '/send-to-chair')).status).toBe(200);
    expectErrorShape((await post('thamdinh.sotttt', '/approve')).body, 403, 'ACCESS.FORBIDDEN_ROLE');
    expectErrorShape((await post('lanhdao.bienhoa', '/approve')).body, 403, 'ACCESS.FORBIDDEN_ROLE');
    const approved = await post('chutich', '/approve');
    expect(approved.body).toMatchObject({ version: 1, publishedAt: null });
    // the approved version freezes the latest run (run 3), not an older one
    const overview = await t.http.get(`/api/cycles/${cycleId}/results`).set(as.chutich);
    expect(approved.body.runs).toEqual({ DEPARTMENT: overview.body.runs[0].id });
    expect(overview.body.runs[0].run).toBe(3);
    expectErrorShape((await publicRanking(2094)).body, 404, 'RESULTS.NOT_PUBLISHED');
    expectErrorShape((await t.http.get('/api/public/results/2094/units/SO-YT')).body, 404, 'RESULTS.NOT_PUBLISHED');
  });

  it('publishes the frozen snapshot: ranking and unit profile for anyone, without signing in', async () => {
    expectErrorShape((await post('lanhdao.bienhoa', '/publish')).body, 403, 'ACCESS.FORBIDDEN_ROLE');
    expect((await post('chutich', '/publish')).status).toBe(200);
    const pub = await publicRanking(2094);
    expect(pub.status).toBe(200);
    expect(pub.body).toMatchObject({ year: 2094, version: 1 });
    expect(ranks(pub.body.ranking)).toEqual([['SO-YT', 81.25, 1], ['SO-NV', 32.5, 2], ['SO-TC', 32.5, 2]]);
    expect(pub.body.ranking[0]).not.toHaveProperty('indicators');
    // every report the reviewer closed as never submitted is marked beside the unit, with the reason
    const marks = (code: string) => pub.body.ranking.find((r: { unitCode: string }) => r.unitCode === code).notSubmitted.map((n: { period: string }) => n.period);
    expect(marks('SO-NV')).toEqual(['Q1', 'H1', 'Q3', 'YEAR']);
    expect(marks('SO-YT')).toEqual(['Q1', 'Q3', 'YEAR']);
    expect(pub.body.ranking[0].notSubmitted[0]).toMatchObject({ reason: 'Đơn vị không nộp hồ sơ đúng hạn' });
    const profile = await t.http.get('/api/public/results/2094/units/SO-NV');
    // main 4 (Nhân lực, 100): Y tế 5, Nội vụ 10, Tài chính 10, the others 0 → average 25/17 = 1.47
    expect(profile.body).toMatchObject({ rank: 2, of: 17, total: 32.5, previous: { year: 2093, total: 0 } });
    expect(profile.body.mains.find((m: { code: string }) => m.code === '4')).toEqual(expect.objectContaining({ points: 10, maxPoints: 100, average: 1.47, previous: 0 }));
  });

  it('leaves every submission read-only once published; a correction is a new version with its reason, the first stays readable', async () => {
    // Decision 3473 gives no path to change a published unit's data: the unit and the agency are refused.
    expectErrorShape((await put('tc', 'SO-TC', 'YEAR', '4.1', staff(5))).body, 409, 'SUBMISSION.NOT_EDITABLE');
    expectErrorShape((await put('daumoi.sotttt', 'SO-YT', 'YEAR', '9.1', { points: 70 })).body, 409, 'SUBMISSION.NOT_EDITABLE');
    const rerun = await post('thamdinh.sotttt', '/consolidations');
    expect(rerun.body[0]).toMatchObject({ run: 4, movements: [] });
    // Public answers carry the published state as their ETag: unchanged, a browser gets 304 and no body.
    const before = await publicRanking(2094);
    expect(before.headers.etag).toMatch(/^W\/"published-\d+-\d+"$/);
    const unchanged = await publicRanking(2094).set('If-None-Match', before.headers.etag);
    expect([unchanged.status, unchanged.text]).toEqual([304, '']);
    expectErrorShape((await post('chutich', '/corrections', { reason: 'x' })).body, 400, 'REQUEST.VALIDATION_FAILED');
    expectErrorShape((await post('thamdinh.sotttt', '/corrections', { reason: 'Sửa điểm chỉ số 4.1' })).body, 403, 'ACCESS.FORBIDDEN_ROLE');
    // A correction that corrects nothing (the same ranking again) is refused: nothing moved since version 1.
    expectErrorShape((await post('chutich', '/corrections', { reason: 'Công bố lại sau khi rà soát kết quả tổng hợp' })).body, 409, 'CYCLE.ILLEGAL_TRANSITION');
    // A complaint's outcome: Sở Tài chính's 2.1 resolution was issued in the year after all. The reviewer
    // reopens the unit's year report with the document as basis, sets 2.1 to 30 and closes the correction.
    const tcYear = await submissionOf('SO-TC', 'YEAR');
    const moveTc = (who: string, body: object) => t.http.post(`/api/submissions/${tcYear}/events`).set(as[who]).send(body);
    const basis = 'Quyết định 12/QĐ-UBND giải quyết khiếu nại của Sở Tài chính';
    expectErrorShape((await moveTc('lanhdao.soyte', { type: 'REOPEN_FOR_CORRECTION', reason: basis })).body, 404, 'SUBMISSION.NOT_FOUND');
    expectErrorShape((await moveTc('chutich', { type: 'REOPEN_FOR_CORRECTION', reason: basis })).body, 409, 'SUBMISSION.ILLEGAL_TRANSITION');
    expectErrorShape((await moveTc('thamdinh.sotttt', { type: 'REOPEN_FOR_CORRECTION' })).body, 409, 'SUBMISSION.ILLEGAL_TRANSITION');
    const reopened = await moveTc('thamdinh.sotttt', { type: 'REOPEN_FOR_CORRECTION', reason: basis });
    expect(reopened.status).toBe(201);
    expect(reopened.body).toMatchObject({ status: 'correcting', corrections: [{ reason: basis }] });
    expect(reopened.body.tags).toContain('underCorrection');
    expect(reopened.body.allowed.map((m: { type: string }) => m.type)).toEqual(['RECORD_VERIFICATION', 'CORRECTION_DONE']);
    // The unit still cannot write; the published version is untouched while the correction is open.
    expectErrorShape((await put('tc', 'SO-TC', 'YEAR', '2.1', { issued: true })).body, 409, 'SUBMISSION.NOT_EDITABLE');
    const fix = (body: object) => t.http.put(`/api/submissions/${tcYear}/verification/2.1`).set(as['thamdinh.sotttt']).send(body);
    expectErrorShape((await fix({ points: 30 })).body, 400, 'SUBMISSION.REASON_REQUIRED');
    expect((await fix({ points: 30, reason: basis })).status).toBe(200);
    const early = await post('thamdinh.sotttt', '/consolidations');
    expect(early.body[0].notFinal).toEqual([expect.objectContaining({ submissionId: tcYear, status: 'correcting' })]);
    expectErrorShape((await post('chutich', '/corrections', { reason: basis })).body, 409, 'RESULTS.NOT_ALL_FINAL');
    expect((await moveTc('thamdinh.sotttt', { type: 'CORRECTION_DONE' })).body).toMatchObject({ status: 'final' });
    // 2.1 is the year's average of its four reports ("Trung bình"): (30 + 30 + 30 + 30)/4 = 30 instead of
    // (30 + 30 + 30 + 0)/4 = 22.5, so Sở Tài chính 32.5 + 7.5 = 40 rises to 2nd, Sở Nội vụ (32.5) to 3rd.
    const rerunAfter = await post('thamdinh.sotttt', '/consolidations');
    expect(rerunAfter.body[0].notFinal).toEqual([]);
    expect(ranks((await t.http.get(`/api/cycles/${cycleId}/results`).set(as.chutich)).body.runs[0].ranking)).toEqual([['SO-YT', 81.25, 1], ['SO-NV', 32.5, 3], ['SO-TC', 40, 2]]);
    const corrected = await post('chutich', '/corrections', { reason: `Đính chính theo ${basis}` });
    expect(corrected.status).toBe(201);
    expect(corrected.body).toMatchObject({ version: 2, reason: `Đính chính theo ${basis}` });
    expect(corrected.body.changes.DEPARTMENT).toEqual(
      expect.arrayContaining([
        { unit: 'SO-TC', before: { total: 32.5, rank: 2 }, after: { total: 40, rank: 2 } },
        { unit: 'SO-NV', before: { total: 32.5, rank: 2 }, after: { total: 32.5, rank: 3 } },
      ]),
    );
    expect(ranks((await publicRanking(2094)).body.ranking)).toEqual([['SO-YT', 81.25, 1], ['SO-NV', 32.5, 3], ['SO-TC', 40, 2]]);
    // A new version changes the ETag: the old one is answered in full, with the new version.
    const after = await publicRanking(2094).set('If-None-Match', before.headers.etag);
    expect(after.status).toBe(200);
    expect(after.body).toMatchObject({ version: 2 });
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(ranks((await publicRanking(2094, '&version=1')).body.ranking)).toEqual([['SO-YT', 81.25, 1], ['SO-NV', 32.5, 2], ['SO-TC', 32.5, 2]]);
    const log = await t.http.get(`/api/audit?order=asc&pageSize=200&entityType=cycle&entityId=${cycleId}`).set(as.admin);
    expect(log.body.items.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['CYCLE.SEND_BACK', 'CYCLE.APPROVE', 'CYCLE.PUBLISH', 'CYCLE.PUBLISH_CORRECTION']));
    const trail = await t.http.get(`/api/audit?order=asc&pageSize=200&entityType=submission&entityId=${tcYear}`).set(as.admin);
    expect(trail.body.items.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['SUBMISSION.REOPEN_FOR_CORRECTION', 'SUBMISSION.SCORE_VERIFIED', 'SUBMISSION.CORRECTION_DONE']));
    expect(trail.body.items.find((e: { action: string }) => e.action === 'SUBMISSION.REOPEN_FOR_CORRECTION').reason).toBe(basis);
  });

  it('answers bad public queries with 400 and unknown ones with 404', async () => {
    expectErrorShape((await t.http.get('/api/public/results/2094/ranking?unitKind=ADMIN')).body, 400, 'REQUEST.VALIDATION_FAILED');
    expectErrorShape((await publicRanking(2094, '&version=abc')).body, 400, 'REQUEST.VALIDATION_FAILED');
    const unknown = await publicRanking(2094, '&version=9');
    expectErrorShape(unknown.body, 404, 'RESULTS.NOT_PUBLISHED');
    // Only answers carry the published state: a proxy must not keep an error as the answer.
    expect(unknown.headers.etag ?? '').not.toContain('published-');
    expect(unknown.headers['cache-control']).toBeUndefined();
    // Another spelling of the same request is the same answer.
    const spelled = await t.http.get('/api/public/results/2094/ranking?version=1&unitKind=%44EPARTMENT');
    expect(spelled.body).toEqual((await publicRanking(2094, '&version=1')).body);
    expectErrorShape((await t.http.get('/api/public/results/2094/units/KHONG-CO')).body, 404, 'RESULTS.UNIT_NOT_FOUND');
  });
});
