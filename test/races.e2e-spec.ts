import { closeDisputeWindows, count, createTestApp, cycleFor, secondInstance, TestApp, tokenFor, unitIdByCode } from './support/test-app.js';

/**
 * Two app instances on one database (as behind a load balancer), hit at once: exactly one of
 * competing moves wins, no saved value is lost when two people save parts of one indicator at the
 * same moment, and a deadline run on both instances acts on each submission once.
 */
// Several instances need MySQL/MariaDB: SQLite is the single-instance default (one writer per file).
const shared = (process.env.DB_TYPE ?? 'sqlite') !== 'sqlite';

(shared ? describe : describe.skip)('two instances racing on one MySQL/MariaDB database', () => {
  let t: TestApp;
  let second: Awaited<ReturnType<typeof secondInstance>>;
  let submissionId: number;
  const token: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    t = await createTestApp({ DEADLINE_JOB: 'off' });
    second = await secondInstance(t);
    for (const u of ['admin', 'canbo.bienhoa', 'lanhdao.bienhoa']) token[u] = { Authorization: `Bearer ${await tokenFor(t, u)}` };
    expect((await t.http.post('/api/cycles').set(token.admin).send(cycleFor(2087))).status).toBe(201);
    [{ id: submissionId }] = await t.db.query(`SELECT id FROM submissions WHERE unitId = ?`, [await unitIdByCode(t, 'TP-BIEN-HOA')]);
  }, 120_000);
  afterAll(async () => {
    await second.close();
    await t.close();
  });

  it('keeps every variable when both parts of one indicator are saved at the same moment on two instances', async () => {
    // district 8.1: a (people with an electronic identity) and b (population), saved separately
    for (let round = 1; round <= 10; round++) {
      const [a, b] = await Promise.all([
        t.http.put(`/api/submissions/${submissionId}/indicators/8.1`).set(token['canbo.bienhoa']).send({ values: { a: round } }),
        second.http.put(`/api/submissions/${submissionId}/indicators/8.1`).set(token['canbo.bienhoa']).send({ values: { b: 100 + round } }),
      ]);
      expect([round, a.status, b.status]).toEqual([round, 200, 200]);
      const [row] = await t.db.query(`SELECT * FROM indicator_values WHERE submissionId = ? AND indicatorCode = '8.1'`, [submissionId]);
      const values = typeof row.values === 'string' ? JSON.parse(row.values) : row.values;
      expect([round, values]).toEqual([round, { a: round, b: 100 + round }]);
    }
  });

  it('stores a score holding every value saved at once on two instances (no save stores a score missing the other)', async () => {
    // district 1.1 (a count) and 8.1 (a: identities, b: population): different rows, one submission.
    const stored = async () => {
      const [row] = await t.db.query(`SELECT score FROM submission_scores WHERE submissionId = ?`, [submissionId]);
      return typeof row.score === 'string' ? JSON.parse(row.score) : row.score;
    };
    for (let round = 1; round <= 8; round++) {
      const results = await Promise.all([
        t.http.put(`/api/submissions/${submissionId}/indicators/1.1`).set(token['canbo.bienhoa']).send({ values: { programmes: round % 3 } }),
        second.http.put(`/api/submissions/${submissionId}/indicators/8.1`).set(token['canbo.bienhoa']).send({ values: { a: 50 + round, b: 100 } }),
      ]);
      expect([round, ...results.map((r) => r.status)]).toEqual([round, 200, 200]);
      const kept = await stored();
      // Scored afresh from the values as they are now: the stored one must be the same tree.
      await t.db.query(`DELETE FROM submission_scores WHERE submissionId = ?`, [submissionId]);
      const fresh = await t.http.get(`/api/submissions/${submissionId}/score`).set(token['canbo.bienhoa']);
      expect([round, kept.total, kept.indicators]).toEqual([round, fresh.body.total, fresh.body.indicators]);
    }
  });

  it('saves twenty indicators sent at once to both instances, each with its audit entry', async () => {
    const codes = ['1.1', '1.2', '1.3', '1.5', '2.1', '2.2', '2.3', '2.4', '3.4', '3.5'];
    const before = await count(t, `audit_entries WHERE action = 'SUBMISSION.VALUES_ENTERED'`);
    const results = await Promise.all(
      codes.flatMap((code, i) => [t.http, second.http].map((http, j) => ({ http, code, i, j }))).map(({ http, code, i, j }) =>
        http.put(`/api/submissions/${submissionId}/indicators/${code}`).set(token['canbo.bienhoa']).send({ comment: `lần ${i}-${j}` }),
      ),
    );
    expect(results.filter((r) => r.status !== 200).map((r) => r.body)).toEqual([]);
    expect(await count(t, `audit_entries WHERE action = 'SUBMISSION.VALUES_ENTERED'`)).toBe(before + codes.length * 2);
  });

  it('moves each submission whose dispute window closed once, with the job running on both instances at once', async () => {
    const created = await t.http.post('/api/cycles').set(token.admin).send(cycleFor(2088));
    expect(created.status).toBe(201);
    const waiting = await closeDisputeWindows(t, created.body.id);
    expect(waiting).toBe(11); // every district of the test data, each verified and past its window
    const runs = await Promise.all([t.http, second.http, t.http, second.http, t.http, second.http].map((http) => http.post('/api/deadlines/run').set(token.admin)));
    expect(runs.map((r) => r.status)).toEqual(Array(6).fill(200));
    expect(runs.reduce((sum, r) => sum + r.body.moved, 0)).toBe(waiting);
    const moves = await t.db.query(
      `SELECT a.entityId, COUNT(*) AS n FROM audit_entries a JOIN submissions s ON s.id = a.entityId WHERE a.action = 'SUBMISSION.DISPUTE_WINDOW_CLOSED' AND s.cycleId = ? GROUP BY a.entityId`,
      [created.body.id],
    );
    expect(moves.map((m: { n: unknown }) => Number(m.n))).toEqual(Array(waiting).fill(1));
    expect(await count(t, `submissions WHERE cycleId = ${Number(created.body.id)} AND status <> 'final'`)).toBe(0);
  }, 120_000);

  it('sends each reminder once, with the reminder job running on both instances at once', async () => {
    const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
    const created = await t.http.post('/api/cycles').set(token.admin).send(cycleFor(2089, { code: 'NHAC-DUA', periods: [{ period: 'YEAR', opensAt: inDays(-1), dataEntry: inDays(2), verification: inDays(12), disputeResolution: inDays(30) }] }));
    expect(created.status).toBe(201);
    const runs = await Promise.all([t.http, second.http, t.http, second.http].map((http) => http.post('/api/reminders/run').set(token.admin)));
    expect(runs.map((r) => r.status)).toEqual(Array(4).fill(200));
    const items = runs.reduce((sum, r) => sum + r.body.items, 0);
    expect(items).toBeGreaterThan(0);
    expect(await count(t, 'reminders')).toBe(items);
    expect((await t.http.post('/api/reminders/run').set(token.admin)).body).toEqual({ messages: 0, items: 0 });
  }, 120_000);
});

/**
 * One instance, many requests at once, on either engine (SQLite: every request shares the one
 * connection): saves refused inside their transaction roll back alone, and every save answered
 * 200 is there afterwards, both parts of one indicator included.
 */
describe('one instance, requests at once', () => {
  let t: TestApp;
  let submissionId: number;
  const token: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    t = await createTestApp({ DEADLINE_JOB: 'off' });
    for (const u of ['admin', 'canbo.bienhoa']) token[u] = { Authorization: `Bearer ${await tokenFor(t, u)}` };
    expect((await t.http.post('/api/cycles').set(token.admin).send(cycleFor(2086))).status).toBe(201);
    [{ id: submissionId }] = await t.db.query(`SELECT id FROM submissions WHERE unitId = ?`, [await unitIdByCode(t, 'TP-BIEN-HOA')]);
  }, 120_000);
  afterAll(() => t.close());

  it('keeps every save that was answered 200, however many fail beside it, and both parts of one indicator', async () => {
    const put = (code: string, values: object) => t.http.put(`/api/submissions/${submissionId}/indicators/${code}`).set(token['canbo.bienhoa']).send({ values });
    expect((await put('8.1', { b: 1000 })).status).toBe(200);
    for (let round = 1; round <= 5; round++) {
      const results = await Promise.all([
        put('8.1', { a: 6000 }),
        put('8.1', { a: round }),
        put('8.1', { b: 1000 + round }),
        // Refused inside the transaction (a above its b): rolled back, alone.
        put('8.1', { a: 5000 }),
        put('1.1', { programmes: round }),
        put('1.2', { programmes: round + 1 }),
        put('8.1', { a: 6000 }),
      ]);
      expect([round, results.map((r) => r.status)]).toEqual([round, [400, 200, 200, 400, 200, 200, 400]]);
      const rows = await t.db.query(`SELECT indicatorCode, \`values\` AS v FROM indicator_values WHERE submissionId = ? AND indicatorCode IN ('8.1', '1.1', '1.2') ORDER BY indicatorCode`, [submissionId]);
      const values = Object.fromEntries(rows.map((r: { indicatorCode: string; v: unknown }) => [r.indicatorCode, typeof r.v === 'string' ? JSON.parse(r.v) : r.v]));
      expect([round, values]).toEqual([round, { '1.1': { programmes: round }, '1.2': { programmes: round + 1 }, '8.1': { a: round, b: 1000 + round } }]);
    }
  });
});
