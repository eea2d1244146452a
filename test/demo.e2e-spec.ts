import { count, createTestApp, TestApp, tokenFor } from './support/test-app.js';

/**
 * What a newcomer sees after the README's start command: one cycle per year and unit kind, 2023
 * published, 2024 reported quarterly with the departments' year final and waiting for the chair,
 * the districts' year still in every state (so nothing of theirs can go to the chair yet).
 */
describe('the full demo', () => {
  let t: TestApp;
  const cycle: Record<string, number> = {};
  const as: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    t = await createTestApp({ DEMO_DATA: 'full', DEADLINE_JOB: 'off' });
    for (const u of ['chutich', 'thamdinh.sotttt', 'canbo.bienhoa', 'daumoi.congan', 'canbo.tinh']) as[u] = { Authorization: `Bearer ${await tokenFor(t, u)}` };
    for (const row of await t.db.query(`SELECT id, code FROM assessment_cycles`)) cycle[row.code] = Number(row.id);
  }, 240_000);
  afterAll(() => t.close());

  it('has 2023 published: a ranking per unit kind for anyone, without signing in', async () => {
    const years = await t.http.get('/api/public/results');
    expect(years.body.map((y: { year: number; unitKinds: string[] }) => [y.year, y.unitKinds.sort()])).toEqual([[2023, ['DEPARTMENT', 'DISTRICT']]]);
    const ranking = (await t.http.get('/api/public/results/2023/ranking?unitKind=DISTRICT')).body.ranking;
    expect(ranking).toHaveLength(11);
    const totals = ranking.map((r: { total: number }) => r.total);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(ranking[0]).toMatchObject({ rank: 1, unitName: expect.stringMatching(/^UBND /) });
  });

  it('has 2024 reported quarterly: the first three reports final, the districts\' year in every state', async () => {
    const periods = await t.db.query(`SELECT period, status, COUNT(*) AS n FROM submissions WHERE cycleId = ? GROUP BY period, status`, [cycle['DTI-2024-HUYEN']]);
    const statusesOf = (p: string) => periods.filter((r: { period: string }) => r.period === p).map((r: { status: string }) => r.status).sort();
    for (const p of ['Q1', 'H1', 'Q3']) expect(statusesOf(p)).toEqual(['final']);
    expect(statusesOf('YEAR')).toEqual(['disputed', 'draft', 'final', 'returned', 'submitted', 'verified']);
    expect(await count(t, `dispute_items WHERE outcome = 'UPHELD'`)).toBeGreaterThan(0);
    expect(await count(t, `dispute_items WHERE outcome = 'OPEN'`)).toBeGreaterThan(0);
    const mine = await t.http.get(`/api/cycles/${cycle['DTI-2024-HUYEN']}/my-part`).set(as['canbo.bienhoa']);
    expect(mine.body.map((s: { period: string }) => s.period)).toEqual(['Q1', 'H1', 'Q3', 'YEAR']);
  });

  it('has the districts\' own indicators entered by the districts and the assessing agencies\' figures beside them', async () => {
    const figures = await count(t, `agency_figures`);
    expect(figures).toBeGreaterThan(0);
    const grid = await t.http.get(`/api/cycles/${cycle['DTI-2024-HUYEN']}/agency-grid`).set(as['daumoi.congan']);
    expect(grid.status).toBe(200);
    expect(grid.body.rows.some((r: { indicators: { values: object | null }[] }) => r.indicators.some((i) => i.values && Object.keys(i.values).length))).toBe(true);
    // the returned year report names one of the agency's indicators: the agency sees it with the reason, the others no return
    const cucTk = { Authorization: `Bearer ${await tokenFor(t, 'daumoi.cuctk')}` }; // Cục Thống kê assesses 3.1, the first such in the year report
    const yearGrid = await t.http.get(`/api/cycles/${cycle['DTI-2024-HUYEN']}/agency-grid?period=YEAR`).set(cucTk);
    const returned = yearGrid.body.rows.filter((r: { returned: object | null }) => r.returned);
    expect(returned.length).toBeGreaterThan(0);
    for (const r of returned) {
      expect(r).toMatchObject({ status: 'returned', returned: { reason: 'Đề nghị bổ sung văn bản kèm theo số liệu' } });
      const own = r.indicators.map((i: { code: string }) => i.code);
      expect(r.returned.indicators.every((code: string) => own.includes(code))).toBe(true);
    }
    expect(yearGrid.body.rows.filter((r: { status: string; returned: object | null }) => r.status !== 'returned' && r.returned)).toEqual([]);
  });

  it('puts the same unit\'s previous quarter and previous year beside a year report under review', async () => {
    const [submitted] = await t.db.query(`SELECT id, unitId FROM submissions WHERE cycleId = ? AND period = 'YEAR' AND status = 'submitted'`, [cycle['DTI-2024-HUYEN']]);
    const res = await t.http.get(`/api/submissions/${submitted.id}/earlier`).set(as['thamdinh.sotttt']);
    expect(res.status).toBe(200);
    expect(res.body.previousPeriod).toMatchObject({ year: 2024, period: 'Q3', periodLabel: '9 tháng', status: 'final' });
    expect(res.body.previousYear).toMatchObject({ year: 2023, period: 'YEAR', cycleCode: 'DTI-2023-HUYEN' });
    // Final = an upheld dispute's score, else the verified one: read straight from the tables.
    const finalsOf = async (submissionId: number) => {
      const rows = await t.db.query(
        `SELECT v.indicatorCode AS code, COALESCE(d.finalPoints, v.verifiedPoints) AS points FROM verified_scores v
         LEFT JOIN dispute_items d ON d.submissionId = v.submissionId AND d.indicatorCode = v.indicatorCode AND d.outcome = 'UPHELD'
         WHERE v.submissionId = ?`, [submissionId]);
      return new Map(rows.map((r: { code: string; points: number | string | null }) => [r.code, r.points === null ? null : Number(r.points)]));
    };
    const q3 = await finalsOf(res.body.previousPeriod.submissionId);
    const y2023 = await finalsOf(res.body.previousYear.submissionId);
    expect(q3.size).toBeGreaterThan(0);
    for (const row of res.body.indicators) {
      expect([row.code, row.previousPeriod]).toEqual([row.code, q3.get(row.code) ?? null]);
      expect([row.code, row.previousYear]).toEqual([row.code, y2023.get(row.code) ?? null]);
    }
    const [{ unitId: q3Unit }] = await t.db.query(`SELECT unitId FROM submissions WHERE id = ?`, [res.body.previousPeriod.submissionId]);
    expect(Number(q3Unit)).toBe(Number(submitted.unitId));

    // A quarter has no earlier period; another unit's report is not there; an agency is not asked.
    const [q1] = await t.db.query(`SELECT s.id FROM submissions s JOIN units u ON u.id = s.unitId WHERE s.cycleId = ? AND s.period = 'Q1' AND u.code = 'TP-BIEN-HOA'`, [cycle['DTI-2024-HUYEN']]);
    const own = await t.http.get(`/api/submissions/${q1.id}/earlier`).set(as['canbo.bienhoa']);
    expect(own.status).toBe(200);
    expect(own.body.previousPeriod).toBeNull();
    expect(own.body.previousYear).toBeNull(); // 2023 was reported for the year only
    expect((await t.http.get(`/api/submissions/${submitted.id}/earlier`).set(as['canbo.bienhoa'])).status).toBe(404);
    expect((await t.http.get(`/api/submissions/${submitted.id}/earlier`).set(as['daumoi.congan'])).status).toBe(403);
  });

  it('keeps the districts\' 2024 from the chair while they are not final; the departments\' waits for the chair', async () => {
    // the reviewer may consolidate what stands (provisional), but the year cannot go to the chair
    expect((await t.http.post(`/api/cycles/${cycle['DTI-2024-HUYEN']}/consolidations`).set(as['thamdinh.sotttt']).send({})).status).toBe(201);
    const districts = await t.http.post(`/api/cycles/${cycle['DTI-2024-HUYEN']}/send-to-chair`).set(as['thamdinh.sotttt']);
    expect(districts.status).toBe(409);
    expect(districts.body.code).toBe('RESULTS.NOT_ALL_FINAL');
    const results = await t.http.get(`/api/cycles/${cycle['DTI-2024-SO']}/results`).set(as.chutich);
    expect(results.body).toMatchObject({ year: 2024, status: 'awaitingApproval' });
    expect(results.body.runs.map((r: { unitKind: string; notFinal: unknown[] }) => [r.unitKind, r.notFinal])).toEqual([['DEPARTMENT', []]]);
  });

  it('lets the chair approve and publish the departments\' 2024, which then compares each unit with 2023', async () => {
    for (const path of ['approve', 'publish']) expect((await t.http.post(`/api/cycles/${cycle['DTI-2024-SO']}/${path}`).set(as.chutich)).status).toBe(200);
    const profile = await t.http.get('/api/public/results/2024/units/SO-YT');
    expect(profile.body).toMatchObject({ year: 2024, previous: { year: 2023, total: expect.any(Number) } });
    expect(profile.body.mains).toHaveLength(10);
  });

  it('has the province\'s own DTI 2024 in progress: agencies entering, two still owing, 7.5\'s national reference entered', async () => {
    const [s] = await t.db.query(`SELECT id, status FROM submissions WHERE cycleId = ?`, [cycle['DTI-2024-TINH']]);
    expect(s.status).toBe('draft');
    const progress = await t.http.get(`/api/submissions/${s.id}/suppliers`).set(as['canbo.tinh']);
    expect(progress.status).toBe(200);
    const byParty = new Map(progress.body.parties.map((p: { party: string }) => [p.party, p]));
    // Công an tỉnh and Hiệp hội Doanh nghiệp have entered nothing; Sở KH&CN entered but has not sent its part.
    expect(byParty.get('CA-TINH')).toMatchObject({ done: false, missing: expect.any(Number) });
    expect((byParty.get('CA-TINH') as { missing: number }).missing).toBeGreaterThan(0);
    expect(byParty.get('HHDN-TINH')).toMatchObject({ done: false, items: [{ code: '7.3', missing: ['a'] }] });
    expect(byParty.get('SO-KHCN')).toMatchObject({ done: false, missing: 0 });
    expect(byParty.get('SO-NV')).toMatchObject({ done: true, missing: 0 });
    expect(byParty.get('UNIT')).toMatchObject({ done: true, missing: 0 });
    // The form's group suppliers were given to Sở KH&CN by the admin, in a new framework version.
    expect(byParty.has('UBND-HUYEN')).toBe(false);
    const [c] = await t.db.query(`SELECT frameworks, \`references\` AS refs FROM assessment_cycles WHERE id = ?`, [cycle['DTI-2024-TINH']]);
    const parse = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);
    expect(parse(c.frameworks)[0]).toMatchObject({ unitKind: 'PROVINCE', code: 'province-dti-2024', version: 2 });
    expect(parse(c.refs)['7.5']).toMatchObject({ value: 0.5, source: expect.stringContaining('DTI') });
  });
});
