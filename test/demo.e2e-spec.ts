import { count, createTestApp, TestApp, tokenFor } from './support/test-app.js';

/** What a newcomer sees after the README's start command: a province with a published year and a year under way. */
describe('the full demo', () => {
  let t: TestApp;
  let y2024: number;
  const as: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    t = await createTestApp({ DEMO_DATA: 'full', DEADLINE_JOB: 'off' });
    for (const u of ['chutich', 'canbo.bienhoa']) as[u] = { Authorization: `Bearer ${await tokenFor(t, u)}` };
    [{ id: y2024 }] = await t.db.query(`SELECT id FROM assessment_cycles WHERE code = 'DTI-2024'`);
  }, 240_000);
  afterAll(() => t.close());

  it('has 2023 published: a ranking per unit kind for anyone, without signing in', async () => {
    const years = await t.http.get('/api/public/results');
    expect(years.body.map((y: { year: number }) => y.year)).toEqual([2023]);
    const ranking = (await t.http.get('/api/public/results/2023/ranking?unitKind=DISTRICT')).body.ranking;
    expect(ranking).toHaveLength(11);
    const totals = ranking.map((r: { total: number }) => r.total);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(ranking[0]).toMatchObject({ rank: 1, unitName: expect.stringMatching(/^UBND /) });
  });

  it('has 2024 under way: submissions in every state, disputes, a ranking awaiting the chair', async () => {
    const states = (await t.db.query(`SELECT DISTINCT status FROM submissions WHERE cycleId = ?`, [y2024])).map((r: { status: string }) => r.status);
    expect(states.sort()).toEqual(['disputed', 'draft', 'final', 'returned', 'submitted', 'verified']);
    expect(await count(t, `dispute_items WHERE outcome = 'UPHELD'`)).toBeGreaterThan(0);
    expect(await count(t, `dispute_items WHERE outcome = 'OPEN'`)).toBeGreaterThan(0);
    const results = await t.http.get(`/api/cycles/${y2024}/results`).set(as.chutich);
    expect(results.body).toMatchObject({ year: 2024, status: 'awaitingApproval' });
    expect(results.body.runs.map((r: { unitKind: string }) => r.unitKind).sort()).toEqual(['DEPARTMENT', 'DISTRICT']);
    expect(results.body.runs[0].notFinal.length).toBeGreaterThan(0);
    const mine = await t.http.get(`/api/cycles/${y2024}/my-part`).set(as['canbo.bienhoa']);
    expect(mine.body).toHaveLength(2); // the first half and the year
  });

  it('lets the chair approve and publish 2024, which then compares each unit with 2023', async () => {
    for (const path of ['approve', 'publish']) expect((await t.http.post(`/api/cycles/${y2024}/${path}`).set(as.chutich)).status).toBe(200);
    const profile = await t.http.get('/api/public/results/2024/units/TP-BIEN-HOA');
    expect(profile.body).toMatchObject({ year: 2024, previous: { year: 2023, total: expect.any(Number) } });
    expect(profile.body.mains).toHaveLength(8);
  });
});
