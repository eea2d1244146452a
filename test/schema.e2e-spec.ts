import { createTestApp, TestApp, tokenFor } from './support/test-app.js';

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
    const raw = rows[0].at as Date | string;
    // SQLite hands back the stored text ('YYYY-MM-DD HH:MM:SS'), MariaDB a Date read as UTC.
    const at = raw instanceof Date ? raw.getTime() : Date.parse(`${raw.replace(' ', 'T')}Z`);
    expect(Math.abs(at - before)).toBeLessThan(60_000);
  });
});
