// bench:web — the web application's weight and speed, as figures (never asserted in tests):
// each built asset's size raw and gzipped, then the first load of a signed-in page and of the
// public page in Debian's chromium against the built app (full demo on a throw-away SQLite file).
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const assets = join('web', 'dist', 'assets');
const files = readdirSync(assets).map((f) => ({ f, raw: statSync(join(assets, f)).size, gz: gzipSync(readFileSync(join(assets, f))).length })).sort((a, b) => b.raw - a.raw);
console.log('asset'.padEnd(44), 'raw'.padStart(11), 'gzip'.padStart(11));
for (const { f, raw, gz } of files) console.log(f.padEnd(44), kb(raw).padStart(11), kb(gz).padStart(11));
console.log('total'.padEnd(44), kb(files.reduce((n, x) => n + x.raw, 0)).padStart(11), kb(files.reduce((n, x) => n + x.gz, 0)).padStart(11));

const port = await new Promise((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address();
    s.close(() => resolve(port));
  });
});
const dir = mkdtempSync(join(tmpdir(), 'dti-bench-web-'));
const base = `http://127.0.0.1:${port}`;
const env = { ...process.env, APP_MODE: 'demo', DEMO_DATA: 'full', DB_TYPE: 'sqlite', SQLITE_PATH: join(dir, 'db.sqlite'), DATA_DIR: dir, UPLOAD_DIR: join(dir, 'uploads'), PORT: String(port), LOG_LEVEL: 'warn', DEADLINE_JOB: 'off', REMINDER_JOB: 'off', NOTIFICATION_MAIL_JOB: 'off' };
delete env.DB_HOST;
const app = spawn(process.execPath, ['dist/src/main.js'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  for (let i = 0; i < 1200; i++) {
    if (app.exitCode !== null) throw new Error(`the app exited (${app.exitCode})`);
    if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  const login = await (await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'canbo.bienhoa', password: 'Demo@2024' }) })).json();
  const median = (label, ready, times) => {
    times.sort((a, b) => a - b);
    console.log(`${label}: until "${ready}" visible — median ${times[2]} ms, worst ${times[4]} ms (5 runs)`);
  };
  const ROWS = '.ant-table-tbody tr.ant-table-row';
  const session = (context) => context.addInitScript((s) => sessionStorage.setItem('dti.session', s), JSON.stringify({ token: login.accessToken, user: login.user }));
  // 1. Nothing cached: a citizen opening the public ranking, and a signed-in page opened cold.
  for (const [label, path, signedIn] of [['public ranking, cold', '/', false], ['unit dashboard, cold (signed in, empty cache)', '/app/don-vi', true]]) {
    const times = [];
    for (let run = 0; run < 5; run++) {
      const context = await browser.newContext();
      if (signedIn) await session(context);
      const page = await context.newPage();
      const start = Date.now();
      await page.goto(base + path);
      await page.locator(ROWS).first().waitFor();
      times.push(Date.now() - start);
      await context.close();
    }
    median(label, ROWS, times);
  }
  // 2. The way people arrive: the sign-in page (which brings the app's code), then "Đăng nhập".
  const signIns = [];
  const reloads = [];
  for (let run = 0; run < 5; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/dang-nhap`);
    await page.getByLabel('Tên đăng nhập').fill('canbo.bienhoa');
    await page.getByLabel('Mật khẩu').fill('Demo@2024');
    let start = Date.now();
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.locator(ROWS).first().waitFor();
    signIns.push(Date.now() - start);
    // 3. The next morning: the same page opened again with the browser's cache.
    start = Date.now();
    await page.reload();
    await page.locator(ROWS).first().waitFor();
    reloads.push(Date.now() - start);
    await context.close();
  }
  median('unit dashboard after "Đăng nhập" (sign-in answer included)', ROWS, signIns);
  median('unit dashboard reopened (browser cache)', ROWS, reloads);
} finally {
  await browser.close();
  app.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
