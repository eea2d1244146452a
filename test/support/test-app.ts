import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request, { type Test } from 'supertest';
import { DataSource } from 'typeorm';
import { databaseConfigFrom } from '../../src/config/database.config.js';
import { buildDataSourceOptions } from '../../src/database/typeorm-options.js';

export const DEMO_PASSWORD = 'Demo@2024-test';

export interface TestApp {
  http: ReturnType<typeof request>;
  /** A connection of the test's own to the app's database, for assertions and counts. */
  db: DataSource;
  env: Record<string, string>;
  close(closing?: { keepFiles?: boolean }): Promise<void>;
}

/**
 * Boots the built application (`dist/`, as `npm start` runs it) as a separate Node process in
 * demo mode on an empty database: a new SQLite file, or the configured MariaDB emptied first.
 * A real process rather than an in-jest module graph: it is what runs in production, and Jest's
 * module loader cannot `require` the ES modules NestJS 12 ships on Node 20.
 */
/** `keepDatabase`: start on the database as it is (after a restore) instead of emptying it. */
export async function createTestApp(overrides: Record<string, string> = {}, options: { keepDatabase?: boolean } = {}): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'dti-e2e-'));
  const env: Record<string, string> = {
    APP_MODE: 'demo',
    LOG_LEVEL: 'warn',
    DATA_DIR: dir,
    UPLOAD_DIR: join(dir, 'uploads'),
    SQLITE_PATH: join(dir, 'dti.sqlite'),
    DEMO_PASSWORD,
    LOGIN_THROTTLE_LIMIT: '100',
    REMINDER_JOB: 'off',
    NOTIFICATION_MAIL_JOB: 'off',
    // The 2023/2024 demo cycles are tested once, in demo.e2e-spec.ts; the other specs start from no cycle.
    DEMO_DATA: 'accounts',
    PORT: String(await freePort()),
    ...overrides,
  };
  const dbConfig = databaseConfigFrom({ ...process.env, ...env });
  if (dbConfig.type !== 'sqlite' && !options.keepDatabase) await emptyMysqlDatabase(dbConfig);
  // An app that fails to start leaves no folder behind either.
  const child = await startApp({ ...process.env, ...env } as Record<string, string>).catch((error: unknown) => {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  });
  const db = new DataSource({ ...buildDataSourceOptions(dbConfig), migrationsRun: false });
  await db.initialize();
  return {
    http: request(`http://127.0.0.1:${env.PORT}`),
    db,
    env,
    /** `keepFiles`: leave the database file and uploads for a restore to start on (test/backup). */
    close: async (closing: { keepFiles?: boolean } = {}) => {
      await db.destroy();
      await stopApp(child);
      if (!closing.keepFiles) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A second app process on the same database as `t` (as two instances behind a load balancer),
 * for the races that optimistic locking must settle across processes, not only within one.
 */
export async function secondInstance(t: TestApp): Promise<{ http: ReturnType<typeof request>; close(): Promise<void> }> {
  const env = { ...t.env, PORT: String(await freePort()) };
  const child = await startApp({ ...process.env, ...env } as Record<string, string>);
  return { http: request(`http://127.0.0.1:${env.PORT}`), close: () => stopApp(child) };
}

async function startApp(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['dist/src/main.js'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  // The full demo seeds two cycles before the app listens: allow it the time it takes on a slow machine.
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app exited (${child.exitCode}): ${stderr}`);
    try {
      const res = await fetch(`http://127.0.0.1:${env.PORT}/api/health`);
      if (res.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`the app did not become healthy in 180 s: ${stderr}`);
}

async function stopApp(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function emptyMysqlDatabase(config: ReturnType<typeof databaseConfigFrom>): Promise<void> {
  const ds = new DataSource({ ...buildDataSourceOptions(config), migrationsRun: false });
  await ds.initialize();
  await ds.dropDatabase();
  await ds.destroy();
}

export async function tokenFor(t: TestApp, username: string, password = DEMO_PASSWORD): Promise<string> {
  const res = await t.http.post('/api/auth/login').send({ username, password });
  if (res.status !== 200) throw new Error(`sign-in of ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.accessToken;
}

/**
 * Every source agency assigned to the submission that has not yet done so declares its part done, each through its own
 * demo account (daumoi.*), as the statechart asks before the head can submit.
 */
export async function completeAgencyParts(t: TestApp, submissionId: number): Promise<void> {
  const [row] = await t.db.query(`SELECT state FROM submissions WHERE id = ?`, [submissionId]);
  const state = typeof row.state === 'string' ? JSON.parse(row.state) : row.state;
  const pending = (state.context.agencies as number[]).filter((a) => !(state.context.agenciesDone ?? []).includes(a));
  for (const unitId of pending) {
    const [agent] = await t.db.query(`SELECT username FROM users WHERE unitId = ? AND role = 'SOURCE_AGENCY' ORDER BY id`, [unitId]);
    const token = await tokenFor(t, agent.username);
    const res = await t.http.post(`/api/submissions/${submissionId}/events`).set({ Authorization: `Bearer ${token}` }).send({ type: 'AGENCY_PART_COMPLETE' });
    if (res.status !== 201) throw new Error(`${agent.username} could not complete its part: ${res.status} ${JSON.stringify(res.body)}`);
  }
}

export async function unitIdByCode(t: TestApp, code: string): Promise<number> {
  const rows = await t.db.query(`SELECT id FROM units WHERE code = ?`, [code]);
  return Number(rows[0].id);
}

export const count = async (t: TestApp, table: string): Promise<number> =>
  Number((await t.db.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);

/** Every error the API answers must have this shape (see src/errors/all-exceptions.filter.ts). */
export function expectErrorShape(body: Record<string, unknown>, status: number, code: string): void {
  expect(body).toMatchObject({ statusCode: status, code });
  expect(typeof body.message).toBe('string');
  expect(typeof body.messageEn).toBe('string');
  expect(typeof body.path).toBe('string');
}

/** One reporting period's dates: open since 2020, its stages in the given year (far ahead of today). */
export function periodDates(year: number, period: string, month: number) {
  const m = String(month).padStart(2, '0');
  return {
    period,
    opensAt: '2020-01-01T00:00:00Z',
    dataEntry: `${year}-${m}-10T16:59:59Z`,
    verification: `${year}-${m}-20T16:59:59Z`,
    disputeResolution: `${year}-${m}-28T16:59:59Z`,
  };
}

const SCHEDULE_MONTHS: Record<string, [string, number][]> = {
  YEARLY: [['YEAR', 1]],
  QUARTERLY: [['Q1', 4], ['H1', 7], ['Q3', 10], ['YEAR', 12]],
};

/** A cycle opening request for the given year: districts, the year's report alone unless a schedule is given. */
export function cycleFor(year: number, overrides: Record<string, unknown> = {}) {
  const schedule = (overrides.schedule as string) ?? 'YEARLY';
  return {
    code: `DTI-${year}`,
    year,
    name: `Đánh giá DTI năm ${year}`,
    frameworks: [{ unitKind: 'DISTRICT', code: 'district' }],
    schedule,
    periods: SCHEDULE_MONTHS[schedule].map(([p, month]) => periodDates(year, p, month)),
    // Most specs are about something else than evidence: the evidence spec turns it on.
    evidenceRequired: false,
    ...overrides,
  };
}

const stateOf = (raw: unknown) => (typeof raw === 'string' ? JSON.parse(raw) : raw) as { value: unknown; context: Record<string, unknown> & { deadlines: Record<string, string | null> } };

/** Brings every submission of a cycle (or of the periods named) to final: see `closeDisputeWindows`; then the deadline job runs. */
export async function finishCycle(t: TestApp, cycleId: number, only?: string[]): Promise<void> {
  await closeDisputeWindows(t, cycleId, only);
  const run = await t.http.post('/api/deadlines/run').set({ Authorization: `Bearer ${await tokenFor(t, 'admin')}` });
  if (run.status !== 200) throw new Error(`deadline job: ${run.status}`);
  const inScope = (row: { period: string }) => !only || only.includes(row.period);
  const left = (await t.db.query(`SELECT id, period, status FROM submissions WHERE cycleId = ? AND status <> 'final'`, [cycleId])).filter(inScope);
  if (left.length) throw new Error(`not final: ${JSON.stringify(left)}`);
}

/**
 * Brings every submission of a cycle (or of the periods named) to the end of its dispute window as the year's end would:
 * the admin records the periods' data-entry deadlines as passed, the reviewer closes what was never submitted (with the
 * reason), verifies what waits, and the dispute windows run out. The windows are counted in working
 * days from today, so they are moved into the past in the database: the clock, not a shortcut
 * past any rule (the deadline job still makes the move, through the statechart). Answers how many
 * now wait for the job.
 */
export async function closeDisputeWindows(t: TestApp, cycleId: number, only?: string[]): Promise<number> {
  const as = async (u: string) => ({ Authorization: `Bearer ${await tokenFor(t, u)}` });
  const [admin, reviewer, outsider] = await Promise.all([as('admin'), as('thamdinh.sotttt'), as('thamdinh.bcd')]);
  const [cycle] = await t.db.query(`SELECT periods FROM assessment_cycles WHERE id = ?`, [cycleId]);
  const periods: string[] = typeof cycle.periods === 'string' ? JSON.parse(cycle.periods) : cycle.periods;
  for (const [i, period] of periods.entries()) {
    if (only && !only.includes(period)) continue;
    const res = await t.http.patch(`/api/cycles/${cycleId}/periods/${period}`).set(admin).send({ opensAt: '2020-01-01T00:00:00Z', dataEntry: `2021-0${i + 1}-01T00:00:00Z`, reason: 'Hết hạn nhập liệu' });
    if (res.status !== 200) throw new Error(`moving ${period}: ${res.status} ${JSON.stringify(res.body)}`);
  }
  const [{ id: ownUnit }] = await t.db.query(`SELECT id FROM units WHERE code = 'SO-TTTT'`);
  const [{ id: outsiderId }] = await t.db.query(`SELECT id FROM users WHERE username = 'thamdinh.bcd'`);
  const inScope = (row: { period: string }) => !only || only.includes(row.period);
  const rows = (await t.db.query(`SELECT id, unitId, period, status FROM submissions WHERE cycleId = ? AND status <> 'final' ORDER BY id`, [cycleId])).filter(inScope);
  for (const row of rows) {
    const id = Number(row.id);
    let who = reviewer;
    if (Number(row.unitId) === Number(ownUnit)) {
      await t.http.post(`/api/submissions/${id}/designated-reviewer`).set(admin).send({ reviewerId: Number(outsiderId), reason: 'Hồ sơ của cơ quan thẩm định' });
      who = outsider;
    }
    const step = async (path: string, body?: object) => {
      const res = await t.http.post(`/api/submissions/${id}${path}`).set(who).send(body ?? {});
      if (res.status >= 300) throw new Error(`${path} on ${id}: ${res.status} ${JSON.stringify(res.body)}`);
    };
    if (row.status === 'draft') await step('/events', { type: 'CLOSE_UNSUBMITTED', reason: 'Đơn vị không nộp hồ sơ đúng hạn' });
    if (['draft', 'submitted'].includes(row.status)) await step('/events', { type: 'START_VERIFICATION' });
    if (['draft', 'submitted', 'underVerification'].includes(row.status)) {
      await step('/verification/accept-unchanged');
      await step('/verify');
    }
  }
  let waiting = 0;
  for (const row of (await t.db.query(`SELECT id, period, state FROM submissions WHERE cycleId = ? AND status = 'verified'`, [cycleId])).filter(inScope)) {
    const state = stateOf(row.state);
    state.context.deadlines.disputeWindow = '2021-12-31T00:00:00.000Z';
    // The indexed column the deadline job reads repeats the snapshot, as the app writes them.
    await t.db.query(`UPDATE submissions SET state = ?, disputeWindowCloses = ? WHERE id = ?`, [JSON.stringify(state), '2021-12-31 00:00:00.000', row.id]);
    waiting++;
  }
  return waiting;
}

/** A binary answer (.xlsx) as a Buffer: supertest gives one back only when asked, `.buffer(true).parse(binary)`. */
export const binary = ((res: NodeJS.ReadableStream, done: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}) as unknown as Parameters<Test['parse']>[0];
