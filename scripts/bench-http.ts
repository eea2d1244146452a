/**
 * npm run bench:http
 * Loads the built app with autocannon beside a bare NestJS hello-world started in the same run on
 * the same machine, and prints each route's req/s, p50/p99 and its ratio to the bare figure, with
 * the targets: reads ≥ 50 % and writes ≥ 20 % of the bare req/s, p99 ≤ 100 ms. Then the
 * health route's p99 while sign-ins arrive in a burst (target < 50 ms). The app runs on a scratch
 * SQLite file with the full demo, and on MariaDB too when DB_TYPE=mariadb and its DB_* settings
 * are given (the database named is emptied first). Loopback only; every load stops by itself
 * (BENCH_SECONDS, 5 by default). Figures, not assertions: docs/performance.md keeps them.
 */
import autocannon from 'autocannon';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { databaseConfigFrom } from '../src/config/database.config.js';
import { buildDataSourceOptions } from '../src/database/typeorm-options.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 50;
const PASSWORD = 'Bench@2024-http';
const dirs: string[] = [];
const children: ChildProcess[] = [];

type Figures = { label: string; rps: number; p50: number; p99: number; errors: number };

function start(script: string, env: Record<string, string>): { port: number; base: string } {
  const port = 3800 + Math.floor(Math.random() * 90);
  const child = spawn(process.execPath, [script], { env: { ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'inherit'] });
  children.push(child);
  return { port, base: `http://127.0.0.1:${port}` };
}

async function ready(url: string) {
  for (let i = 0; i < 1200; i++) {
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer in 120 s`);
}

async function load(label: string, opts: autocannon.Options): Promise<Figures> {
  const r = await autocannon({ connections: CONNECTIONS, duration: SECONDS, ...opts });
  return { label, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.non2xx + r.errors + r.timeouts };
}

async function call(base: string, path: string, init: { method?: string; token?: string; body?: unknown } = {}) {
  const res = await fetch(base + path, {
    method: init.method ?? 'GET',
    headers: { 'Content-Type': 'application/json', ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json() as Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** A district officer's draft submission of the demo's cycle in progress, and a published year. */
async function targets(base: string) {
  const { accessToken: token } = await call(base, '/api/auth/login', { method: 'POST', body: { username: 'canbo.bienhoa', password: PASSWORD } });
  let submissionId: number | undefined;
  for (const cycle of await call(base, '/api/cycles', { token })) {
    const part = await call(base, `/api/cycles/${cycle.id}/my-part`, { token });
    submissionId ??= part.find((s: { status: string }) => s.status === 'draft')?.submissionId;
  }
  if (!submissionId) throw new Error('no draft submission in the demo');
  const years: { year: number; unitKinds: string[] }[] = await call(base, '/api/public/results');
  const year = years.find((y) => y.unitKinds.includes('DISTRICT'));
  if (!year) throw new Error('no published year in the demo');
  return { token, submissionId, ranking: `/api/public/results/${year.year}/ranking?unitKind=DISTRICT` };
}

async function benchApp(name: string, env: Record<string, string>): Promise<Figures[]> {
  const { base } = start('dist/src/main.js', {
    APP_MODE: 'demo', DEMO_DATA: 'full', DEMO_PASSWORD: PASSWORD, LOG_LEVEL: 'warn', LOGIN_THROTTLE_LIMIT: '1000',
    DEADLINE_JOB: 'off', REMINDER_JOB: 'off', NOTIFICATION_MAIL_JOB: 'off', ...env,
  });
  await ready(`${base}/api/health`);
  const t = await targets(base);
  const auth = { Authorization: `Bearer ${t.token}`, 'Content-Type': 'application/json' };
  let n = 0;
  const out = [
    await load(`${name} GET /api/health`, { url: `${base}/api/health` }),
    await load(`${name} GET submission score (all traces)`, { url: `${base}/api/submissions/${t.submissionId}/score`, headers: auth }),
    // Each save a new value (a no-op would write nothing), with the score stored again.
    await load(`${name} PUT one value (+ recompute)`, {
      url: `${base}/api/submissions/${t.submissionId}/indicators/1.1`, method: 'PUT', headers: auth,
      requests: [{ setupRequest: (req) => ({ ...req, body: JSON.stringify({ values: { programmes: (n++ % 4) + 1 } }) }) }],
    }),
    await load(`${name} GET public ranking`, { url: `${base}${t.ranking}` }),
    await load(`${name} POST sign-in`, { url: `${base}/api/auth/login`, method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'canbo.bienhoa', password: PASSWORD }) }),
  ];
  // The 8 a.m. case: sign-ins arriving together while others are working.
  const [health] = await Promise.all([
    load(`${name} health during a sign-in burst`, { url: `${base}/api/health`, connections: 10 }),
    autocannon({ url: `${base}/api/auth/login`, connections: 40, duration: SECONDS, method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'canbo.bienhoa', password: PASSWORD }) }),
  ]);
  out.push(health);
  children.pop()!.kill();
  return out;
}

const pad = (s: string | number, n: number) => String(s).padStart(n);
function print(rows: Figures[], bare: Figures) {
  console.log(`${'route'.padEnd(52)} ${pad('req/s', 8)} ${pad('p50 ms', 7)} ${pad('p99 ms', 7)} ${pad('ratio', 6)} ${pad('errors', 6)}  target`);
  for (const r of [bare, ...rows]) {
    const ratio = r.rps / bare.rps;
    const write = /PUT|sign-in$/.test(r.label);
    const target = r === bare ? '' : /burst/.test(r.label) ? `p99 < 50 ms: ${r.p99 < 50 ? 'met' : 'NOT met'}` : /sign-in/.test(r.label) ? '(argon2id, bound by the CPU)' : `${write ? '≥ 20 %' : '≥ 50 %'} and p99 ≤ 100 ms: ${ratio >= (write ? 0.2 : 0.5) && r.p99 <= 100 ? 'met' : 'NOT met'}`;
    console.log(`${r.label.padEnd(52)} ${pad(r.rps.toFixed(0), 8)} ${pad(r.p50, 7)} ${pad(r.p99, 7)} ${pad(ratio.toFixed(2), 6)} ${pad(r.errors, 6)}  ${target}`);
  }
}

/** The MariaDB run starts from an empty database, as a fresh install would. */
async function emptyDatabase() {
  const ds = new DataSource({ ...buildDataSourceOptions(databaseConfigFrom(process.env)), migrationsRun: false });
  await ds.initialize();
  await ds.dropDatabase();
  await ds.destroy();
}

try {
  const bare = start('dist/scripts/bare-nest.js', {});
  await ready(bare.base);
  const bareFigures = await load('bare NestJS hello-world GET /', { url: bare.base });
  children.pop()!.kill();
  console.log(`bench:http: ${CONNECTIONS} connections, ${SECONDS} s per route, Node ${process.version}, the full demo's data\n`);
  const dir = mkdtempSync(join(tmpdir(), 'dti-bench-http-'));
  dirs.push(dir);
  const sqlite = await benchApp('SQLite', { DB_TYPE: 'sqlite', SQLITE_PATH: join(dir, 'bench.sqlite'), DATA_DIR: dir, UPLOAD_DIR: join(dir, 'uploads') });
  print(sqlite, bareFigures);
  if (process.env.DB_TYPE === 'mariadb' || process.env.DB_TYPE === 'mysql') {
    await emptyDatabase();
    console.log('');
    print(await benchApp('MariaDB', { DATA_DIR: dir, UPLOAD_DIR: join(dir, 'uploads') }), bareFigures);
  } else {
    console.log('\nMariaDB: not measured (set DB_TYPE=mariadb and DB_HOST, DB_PORT, DB_USER, DB_PASSWORD, DB_NAME; that database is emptied)');
  }
} finally {
  for (const c of children) c.kill();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
}
