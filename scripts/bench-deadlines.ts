/**
 * npm run bench:deadlines [-- <open submissions>]
 * Opens a quarterly cycle for enough synthetic districts to make N open submissions (default
 * 10,000: drafts, submitted, and verified ones whose dispute window is still open), then times the
 * minute's deadline job and the reminder job as they run, and — for comparison — the job's old read
 * (every verified submission's snapshot, asked one by one). Figures, not assertions.
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const OPEN = Number(process.argv[2] ?? 10_000);
const TARGET_MS = 100;
const scratch = !process.env.DB_TYPE && !process.env.DB_HOST ? mkdtempSync(join(tmpdir(), 'dti-bench-')) : null;
const mailDir = mkdtempSync(join(tmpdir(), 'dti-bench-mail-'));
if (scratch) process.env.SQLITE_PATH = join(scratch, 'bench.sqlite');
Object.assign(process.env, { APP_MODE: 'demo', DEMO_DATA: 'accounts', DEADLINE_JOB: 'off', REMINDER_JOB: 'off', LOG_LEVEL: 'warn', MAIL_TRANSPORT: 'folder', MAIL_DIR: mailDir });

// Imported after the environment is set: the configuration is read when the modules load.
const { NestFactory } = await import('@nestjs/core');
const { DataSource, In } = await import('typeorm');
const { AppModule } = await import('../src/app.module.js');
const { CycleService } = await import('../modules/cycles/cycle.service.js');
const { SubmissionService } = await import('../modules/submissions/submission.service.js');
const { ReminderService } = await import('../modules/reminders/reminder.service.js');
const { Unit } = await import('../modules/units/unit.entity.js');
const { Submission } = await import('../modules/submissions/submission.entity.js');
const { UnitKind } = await import('../modules/units/unit-kind.enum.js');
const { decide, start } = await import('../workflows/persisted-machine.js');
const { submissionMachine } = await import('../workflows/submission.machine.js');
const { submissionDeadlines } = await import('../modules/submissions/submission-deadlines.js');

const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn'] });
const db = app.get(DataSource);
const admin = { id: 1, username: 'admin', role: 'ADMIN', unitId: 1 } as never;
const units = Math.ceil(OPEN / 4);
console.log(`database: ${db.options.type}; ${units} districts × 4 quarters = ${units * 4} open submissions`);

await db.getRepository(Unit).update({ kind: UnitKind.DISTRICT }, { isActive: false });
for (let i = 0; i < units; i += 500) {
  const rows = Array.from({ length: Math.min(500, units - i) }, (_, j) => ({ code: `HAN-${i + j + 1}`, name: `Đơn vị thử ${i + j + 1}`, kind: UnitKind.DISTRICT }));
  await db.createQueryBuilder().insert().into(Unit).values(rows).updateEntity(false).execute();
}
let started = performance.now();
const cycle = await app.get(CycleService).open(admin, {
  code: `HAN-${Date.now()}`, year: 2999, name: 'Bench deadlines', frameworks: [{ unitKind: 'DISTRICT', code: 'district' }], schedule: 'QUARTERLY',
  periods: (['Q1', 'H1', 'Q3', 'YEAR'] as const).map((period, i) => ({
    period, opensAt: '2000-01-01T00:00:00Z', dataEntry: `2999-0${2 * i + 1}-01T00:00:00Z`, verification: `2999-0${2 * i + 1}-10T00:00:00Z`, disputeResolution: `2999-0${2 * i + 1}-20T00:00:00Z`,
  })),
} as never);
console.log(`cycle opened in ${((performance.now() - started) / 1000).toFixed(1)} s`);

// A third of them verified with the window still open, a tenth submitted, DUE verified past their window.
const at = '2000-01-02T00:00:00Z';
const unit = { kind: 'USER' as const, userId: 2, role: 'UNIT_HEAD', unitId: 1 };
const reviewer = { kind: 'USER' as const, userId: 4, role: 'REVIEWER', unitId: 99 };
let state = start(submissionMachine, { unitId: 1, designatedReviewerId: null, agencies: [], deadlines: { dataEntry: '2999-01-01T00:00:00Z', disputeWindow: null } });
for (const event of [{ type: 'UNIT_PART_COMPLETE', by: { ...unit, role: 'UNIT_OFFICER' } }, { type: 'SUBMIT', by: unit }, { type: 'START_VERIFICATION', by: reviewer }, { type: 'VERIFY', by: reviewer, complete: true }]) {
  const d = decide(submissionMachine, state, { ...event, at } as never);
  if (!d.allowed) throw new Error(`${event.type} refused in ${d.status}`);
  state = d.next;
}
const verifiedUntil = (window: string) => ({ ...state, context: { ...(state.context as object), deadlines: { dataEntry: '2999-01-01T00:00:00Z', disputeWindow: window } } });
const ids = (await db.getRepository(Submission).find({ select: { id: true }, where: { cycleId: cycle.id }, order: { id: 'ASC' } })).map((s) => s.id);
const DUE = 20;
const mark = async (slice: number[], status: string, snapshot: object) => {
  for (let i = 0; i < slice.length; i += 500) {
    const part = slice.slice(i, i + 500);
    await db.createQueryBuilder().update(Submission).set({ status, state: snapshot as never, ...submissionDeadlines(snapshot as never) }).where({ id: In(part) }).execute();
  }
};
await mark(ids.slice(0, Math.floor(ids.length / 3)), 'verified', verifiedUntil('2999-12-31T00:00:00Z'));
await mark(ids.slice(Math.floor(ids.length / 3), Math.floor(ids.length / 3) + Math.floor(ids.length / 10)), 'submitted', { ...state, value: 'submitted' });

const submissions = app.get(SubmissionService);
const reminders = app.get(ReminderService);
const time = async (label: string, runs: number, fn: () => Promise<unknown>, target?: number) => {
  const times: number[] = [];
  let result: unknown;
  for (let i = 0; i < runs; i++) {
    started = performance.now();
    result = await fn();
    times.push(performance.now() - started);
  }
  const median = times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
  const verdict = target === undefined ? '' : median < target ? `  (target < ${target} ms: met)` : `  (target < ${target} ms: NOT met)`;
  console.log(`${label.padEnd(58)} ${median.toFixed(1).padStart(8)} ms${runs > 1 ? ` (median of ${runs})` : ''}  ${JSON.stringify(result)}${verdict}`);
};

await time('deadline job, nothing due', 7, () => submissions.advanceByDeadlines(new Date()), TARGET_MS);
await mark(ids.slice(-DUE), 'verified', verifiedUntil('2001-01-01T00:00:00Z'));
await time(`deadline job, ${DUE} past their dispute window (each moved + audited)`, 1, () => submissions.advanceByDeadlines(new Date()), TARGET_MS);
await reminders.run(new Date());
await time('reminder job, everything already sent', 5, () => reminders.run(new Date()));
// The job's read before the indexed columns: every verified snapshot, each asked to the statechart.
await time('for comparison: every verified snapshot read and asked', 3, async () => {
  const all = await db.getRepository(Submission).find({ where: { status: 'verified' } });
  return all.filter((s) => decide(submissionMachine, s.state, { type: 'DISPUTE_WINDOW_CLOSED', by: { kind: 'SYSTEM' }, at: new Date().toISOString() } as never).allowed).length;
});
await app.close();
if (scratch) rmSync(scratch, { recursive: true, force: true });
rmSync(mailDir, { recursive: true, force: true });
