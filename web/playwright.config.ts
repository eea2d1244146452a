import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The built app on a fresh embedded database with the full demo, as `npm start` serves it. The
// config is read by the runner and by each worker: the folder is made once and handed on through
// the environment, and the global teardown removes it.
const dir = (process.env.DTI_WEB_DIR ??= mkdtempSync(join(tmpdir(), 'dti-web-')));
const port = Number(process.env.WEB_TEST_PORT ?? 3987);

export default defineConfig({
  testDir: './e2e',
  outputDir: join(import.meta.dirname, 'test-results'),
  globalTeardown: './e2e/teardown.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  fullyParallel: false,
  reporter: [['list']],
  // The administrator's test opens a cycle and adds a unit, which changes what every other role's
  // screens show: it runs after them.
  projects: [
    { name: 'roles', testIgnore: /(admin|moves)\.spec\.ts/ },
    { name: 'admin', testMatch: /admin\.spec\.ts/, dependencies: ['roles'] },
    // Clicks every kind of move on the demo (a correction after publication among them): last.
    { name: 'moves', testMatch: /moves\.spec\.ts/, dependencies: ['admin'] },
  ],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1366, height: 768 },
    // Debian's chromium: Playwright cannot download its own browser here.
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] },
  },
  webServer: {
    command: 'node dist/src/main.js',
    cwd: join(import.meta.dirname, '..'),
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    env: {
      APP_MODE: 'demo',
      DEMO_DATA: 'full',
      DB_TYPE: 'sqlite',
      SQLITE_PATH: join(dir, 'dti.sqlite'),
      DATA_DIR: dir,
      UPLOAD_DIR: join(dir, 'uploads'),
      PORT: String(port),
      LOG_LEVEL: 'warn',
      DEADLINE_JOB: 'off',
      REMINDER_JOB: 'off',
      NOTIFICATION_MAIL_JOB: 'off',
      LOGIN_THROTTLE_LIMIT: '1000',
    },
  },
});
