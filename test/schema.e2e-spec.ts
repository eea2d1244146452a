import { backfillSubmissionDeadlines } from '../src/database/migrations/backfill-submission-deadlines.js';
import { closeDisputeWindows, createTestApp, cycleFor, TestApp, tokenFor } from './support/test-app.js';

// SQLite hands back the stored text ('YYYY-MM-DD HH:MM:SS.mmm'), MariaDB a Date read as UTC.
const instant = (raw: Date | string | null) => (raw === null ? null : raw instanceof Date ? raw.getTime() : Date.parse(`${raw.replace(' ', 'T')}Z`));

describe('database schema', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('is exactly what the entities describe once the migrations have run', async () => {
    const pending = await t.db.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('stores the times the app writes in UTC, whatever the database server zone', async () => {
    // CI's MariaDB runs at +07:00 on purpose: a session left in the server zone is 7 hours off.
    const before = Date.now();
    await tokenFor(t, 'admin');
    const rows = await t.db.query(
      `SELECT at FROM audit_entries WHERE action = 'AUTH.SIGNED_IN' ORDER BY id DESC LIMIT 1`,
    );
    expect(Math.abs(instant(rows[0].at)! - before)).toBeLessThan(60_000);
  });

  it('repeats the statechart deadlines in the indexed columns the jobs read, and the migration fills them for existing rows', async () => {
    const admin = { Authorization: `Bearer ${await tokenFor(t, 'admin')}` };
    const created = await t.http.post('/api/cycles').set(admin).send(cycleFor(2093));
    expect(created.status).toBe(201);
    // Some verified (their dispute window set by the result), the others drafts.
    await closeDisputeWindows(t, created.body.id);
    await t.http.post('/api/cycles').set(admin).send(cycleFor(2094));
    const read = async () =>
      (await t.db.query(`SELECT id, state, dataEntryDue, disputeWindowCloses FROM submissions ORDER BY id`)).map((r: { id: number; state: unknown; dataEntryDue: Date | string; disputeWindowCloses: Date | string | null }) => {
        const { deadlines } = (typeof r.state === 'string' ? JSON.parse(r.state) : r.state).context;
        return { id: r.id, columns: [instant(r.dataEntryDue), instant(r.disputeWindowCloses)], snapshot: [Date.parse(deadlines.dataEntry), deadlines.disputeWindow && Date.parse(deadlines.disputeWindow)] };
      });
    const written = await read();
    expect(written.filter((r: { columns: unknown[] }) => r.columns[1] !== null).length).toBeGreaterThan(0);
    // Whole seconds: MariaDB's datetime keeps no fraction (it is only the jobs' filter).
    const seconds = (ms: number | null) => (ms === null ? null : Math.floor(ms / 1000));
    for (const r of written) expect(r.columns.map(seconds)).toEqual(r.snapshot.map(seconds));
    await t.db.query(`UPDATE submissions SET dataEntryDue = NULL, disputeWindowCloses = NULL`);
    const sqlite = t.db.options.type === 'better-sqlite3';
    const runner = t.db.createQueryRunner();
    await backfillSubmissionDeadlines(runner, (name) => (sqlite ? `"${name}"` : `\`${name}\``));
    await runner.release();
    expect(await read()).toEqual(written);
  });
});
