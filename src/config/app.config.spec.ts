import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appConfig } from './app.config.js';

const PRODUCTION = { APP_MODE: 'production', JWT_SECRET: 'x'.repeat(40), DB_HOST: 'db', DB_USER: 'dti', DB_PASSWORD: 's', DB_NAME: 'dti', SMTP_HOST: 'smtp.example.vn' };

describe('appConfig: the API documentation', () => {
  const saved = { ...process.env };
  const dir = mkdtempSync(join(tmpdir(), 'dti-config-'));
  const configWith = (env: Record<string, string>) => {
    process.env = { DATA_DIR: dir, ...env };
    return appConfig();
  };
  afterAll(() => {
    process.env = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  it('is published in demo mode and kept off in production unless asked for', () => {
    expect(configWith({}).apiDocs).toBe(true);
    expect(configWith(PRODUCTION).apiDocs).toBe(false);
    expect(configWith({ ...PRODUCTION, API_DOCS: 'on' }).apiDocs).toBe(true);
    expect(configWith({ API_DOCS: 'off' }).apiDocs).toBe(false);
  });
});
