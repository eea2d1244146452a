// The browser tests (Playwright driving Debian's chromium). Run when chromium is installed; CI
// sets REQUIRE_BROWSER=1 so that a missing browser fails instead of skipping.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  const message = `chromium not found at ${chromium}: browser tests skipped (apt-get install chromium)`;
  if (process.env.REQUIRE_BROWSER === '1') {
    console.error(message);
    process.exit(1);
  }
  console.warn(message);
  process.exit(0);
}
const run = spawnSync('npx', ['playwright', 'test', '-c', 'web/playwright.config.ts'], { stdio: 'inherit' });
process.exit(run.status ?? 1);
