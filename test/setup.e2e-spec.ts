import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_UNITS } from '../modules/demo/demo-units.js';
import { databaseConfigFrom } from '../src/config/database.config.js';
import { createTestApp, emptyMysqlDatabase } from './support/test-app.js';

/**
 * An operator's first start (docs/deploy.md): on an empty production database, `npm run setup`
 * imports the frameworks and the province's units and creates the first administrator, whose
 * printed password signs in; a second run changes nothing. Production mode needs MySQL/MariaDB.
 */
const shared = (process.env.DB_TYPE ?? 'sqlite') !== 'sqlite';

(shared ? describe : describe.skip)('npm run setup on an empty production database', () => {
  // Made in beforeAll, not in the describe's body: a skipped describe still runs its body, but not its hooks.
  let dir: string;
  let production: Record<string, string>;
  const setup = (...args: string[]) => spawnSync(process.execPath, ['dist/src/ops/setup.js', ...args], { env: { ...process.env, ...production }, encoding: 'utf8', timeout: 120_000 });
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dti-e2e-setup-'));
    production = { APP_MODE: 'production', MAIL_TRANSPORT: 'off', JWT_SECRET: 'bi-mat-ky-token-cua-moi-truong-thu-nghiem-48-ky-tu', DATA_DIR: dir, UPLOAD_DIR: join(dir, 'uploads') };
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the first administrator with a password printed once, the units and the frameworks; once only', async () => {
    await emptyMysqlDatabase(databaseConfigFrom({ ...process.env, ...production }));
    const run = setup('quantri.tinh', 'Quản trị hệ thống tỉnh', 'quantri@dongnai.gov.vn');
    expect(run.status).toBe(0);
    const password = /Mật khẩu .*: (\S+)\n/.exec(run.stdout)?.[1];
    expect(password).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(run.stdout).toContain(`Đã thêm ${DEMO_UNITS.length} đơn vị của tỉnh`);

    const again = setup('quantri.khac', 'Người khác');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('Đã có quản trị viên');

    const t = await createTestApp(production, { keepDatabase: true });
    try {
      const login = await t.http.post('/api/auth/login').send({ username: 'quantri.tinh', password });
      expect(login.status).toBe(200);
      expect(login.body.user).toMatchObject({ role: 'ADMIN', fullName: 'Quản trị hệ thống tỉnh' });
      const as = { Authorization: `Bearer ${login.body.accessToken}` };
      expect((await t.http.get('/api/units').set(as)).body).toHaveLength(DEMO_UNITS.length);
      expect((await t.http.get('/api/frameworks').set(as)).body.map((f: { code: string }) => f.code).sort()).toEqual(['department', 'district', 'province-dti-2024']);
      // production has no demo accounts, and the second run added nobody
      expect((await t.http.get('/api/users').set(as)).body.map((u: { username: string }) => u.username)).toEqual(['quantri.tinh']);
    } finally {
      await t.close();
    }
  }, 240_000);

  it('refuses a user name the sign-in would not accept, creating nobody', async () => {
    await emptyMysqlDatabase(databaseConfigFrom({ ...process.env, ...production }));
    const run = setup('Quản Trị', 'Quản trị');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/username/);
  }, 120_000);
});
