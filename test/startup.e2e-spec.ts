import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * What an operator sees when a setting is missing or wrong: one line per variable, naming it and
 * what it expects, no stack trace, and a non-zero exit; mail may be turned off with a warning.
 */
describe('start-up with a wrong environment', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'dti-e2e-startup-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const start = (env: Record<string, string>) => {
    const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(DB_|APP_|JWT_|SMTP_|MAIL_|PORT$)/.test(k)));
    return spawnSync(process.execPath, [join(process.cwd(), 'dist/src/main.js')], { cwd: dir, env: { ...clean, DATA_DIR: dir, ...env }, encoding: 'utf8', timeout: 60_000 });
  };

  it('names every missing production setting on a line of its own', () => {
    const run = start({ APP_MODE: 'production' });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/Cấu hình môi trường không hợp lệ/);
    expect(lines.slice(1).map((l) => l.trim().split(':')[0])).toEqual(['- SMTP_HOST', '- JWT_SECRET', '- DB_TYPE']);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('names a wrong value and what it expects', () => {
    const run = start({ PORT: '99999', UPLOAD_MAX_MB: 'nhiều', APP_BASE_URL: 'dti.dongnai.gov.vn' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/- PORT: .*65535/);
    expect(run.stderr).toMatch(/- UPLOAD_MAX_MB: /);
    expect(run.stderr).toMatch(/- APP_BASE_URL: phải là địa chỉ http\(s\)/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('takes mail turned off in production with a warning, then says in one line which database it cannot reach', () => {
    const run = start({ APP_MODE: 'production', MAIL_TRANSPORT: 'off', JWT_SECRET: 'x'.repeat(40), DB_TYPE: 'mariadb', DB_HOST: '127.0.0.1', DB_PORT: '1', DB_USER: 'dti', DB_NAME: 'dti', DB_CONNECT_RETRIES: '0' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Cảnh báo cấu hình .*MAIL_TRANSPORT=off/);
    expect(run.stderr.trim().split('\n').at(-1)).toMatch(/^Không khởi động được .*ECONNREFUSED.*DB_HOST:DB_PORT/);
  });
});
