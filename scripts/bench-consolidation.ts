/**
 * npm run bench:consolidation [-- 100 1000 2000]
 * For each size: N synthetic districts × the district framework × 4 quarters, with plausible
 * values for every variable, in a cycle of their own on the configured database (a scratch SQLite
 * file when none is configured). Then each consolidation runs as the reviewer runs it (read every
 * submission, score, aggregate, rank, store) in a fresh process of its own, so that its peak
 * resident memory is its own and not the set-up's; prints time, peak RSS and heap against issue
 * 15's targets, and the growth from one size to the next: the median of BENCH_RUNS (3) runs.
 * Figures, not assertions.
 * BENCH_PROFILE=<path prefix> writes a CPU profile of each consolidation alone.
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const TARGET = { ms: { sqlite: 2000, mysql: 4000 }, rssMiB: 300, growth: 2.2, at: 1000 };
const child = process.argv[2] === '--consolidate';

if (!child) {
  const scratch = !process.env.DB_TYPE && !process.env.DB_HOST ? mkdtempSync(join(tmpdir(), 'dti-bench-')) : null;
  if (scratch) process.env.SQLITE_PATH = join(scratch, 'bench.sqlite');
}
Object.assign(process.env, { APP_MODE: 'demo', DEMO_DATA: 'accounts', DEADLINE_JOB: 'off', REMINDER_JOB: 'off', LOG_LEVEL: 'warn' });

// Imported after the environment is set: the configuration is read when the modules load.
const { NestFactory } = await import('@nestjs/core');
const { DataSource } = await import('typeorm');
const { AppModule } = await import('../src/app.module.js');
const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn'] });
const db = app.get(DataSource);

if (child) await consolidateOne(Number(process.argv[3]));
else await seedAndMeasure();
await app.close();

/** The child: one consolidation, its time and the process's peak memory as one JSON line. */
async function consolidateOne(cycleId: number) {
  const { ConsolidationService } = await import('../modules/results/consolidation.service.js');
  global.gc?.();
  const before = process.memoryUsage();
  let peakHeap = before.heapUsed;
  const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 5);
  const stopProfile = await profileIf(process.env.BENCH_PROFILE && `${process.env.BENCH_PROFILE}-${process.argv[4]}.cpuprofile`);
  const started = performance.now();
  await app.get(ConsolidationService).run(null, cycleId);
  const ms = performance.now() - started;
  await stopProfile();
  clearInterval(sampler);
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  const MiB = 1024 * 1024;
  console.log(JSON.stringify({ ms, rssBeforeMiB: before.rss / MiB, peakRssMiB: process.resourceUsage().maxRSS / 1024, heapBeforeMiB: before.heapUsed / MiB, peakHeapMiB: peakHeap / MiB }));
}

async function seedAndMeasure() {
  const { CycleService } = await import('../modules/cycles/cycle.service.js');
  const { FrameworkService } = await import('../modules/frameworks/framework.service.js');
  const { demoValues } = await import('../modules/demo/demo-values.js');
  const { Unit } = await import('../modules/units/unit.entity.js');
  const { IndicatorValue } = await import('../modules/submissions/indicator-value.entity.js');
  const { Submission } = await import('../modules/submissions/submission.entity.js');
  const { UnitKind } = await import('../modules/units/unit-kind.enum.js');
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const cycles = app.get(CycleService);
  const framework = (await app.get(FrameworkService).get('district')).definition;
  const admin = { id: 1, username: 'admin', role: 'ADMIN', unitId: 1 } as never;
  // Plain multi-row inserts: the generated columns are not read back (SQLite caps the size of that query).
  const insert = (entity: new () => object, rows: object[]) => db.createQueryBuilder().insert().into(entity).values(rows as never).updateEntity(false).execute();
  const engine = db.options.type === 'better-sqlite3' ? 'sqlite' : 'mysql';
  console.log(`database: ${db.options.type}${engine === 'sqlite' ? ` (${process.env.SQLITE_PATH})` : ''}; district framework v${framework.version}, 4 quarters`);
  console.log(`targets at ${TARGET.at} units: < ${TARGET.ms[engine] / 1000} s, < ${TARGET.rssMiB} MiB peak RSS; twice the units ≤ ${TARGET.growth}× the time`);
  console.log('units  submissions   values   consolidation   peak RSS (at start)   peak heap (at start)   growth');
  let previous: { size: number; ms: number } | undefined;
  for (const size of sizes.length ? sizes : [100, 1000, 2000]) {
    // Only this size's districts take part in its cycle.
    await db.getRepository(Unit).update({ kind: UnitKind.DISTRICT }, { isActive: false });
    const codes = Array.from({ length: size }, (_, i) => `BENCH-${size}-${i + 1}`);
    for (let i = 0; i < codes.length; i += 500) {
      await insert(Unit, codes.slice(i, i + 500).map((code) => ({ code, name: `Đơn vị thử ${code}`, kind: UnitKind.DISTRICT })));
    }
    const cycle = await cycles.open(admin, {
      code: `BENCH-${size}-${Date.now()}`, year: 3000 + size, name: `Bench ${size}`, frameworks: [{ unitKind: 'DISTRICT', code: 'district' }], schedule: 'QUARTERLY',
      periods: (['Q1', 'H1', 'Q3', 'YEAR'] as const).map((period, i) => ({
        period, opensAt: '2000-01-01T00:00:00Z', dataEntry: `2999-0${2 * i + 1}-01T00:00:00Z`, verification: `2999-0${2 * i + 1}-10T00:00:00Z`, disputeResolution: `2999-0${2 * i + 1}-20T00:00:00Z`,
      })),
    } as never);
    const units = new Map((await db.getRepository(Unit).findBy({ isActive: true, kind: UnitKind.DISTRICT })).map((u) => [u.id, u.code]));
    const submissions = await db.getRepository(Submission).findBy({ cycleId: cycle.id });
    let rows: object[] = [];
    let values = 0;
    for (const s of submissions) {
      const byCode = new Map<string, Record<string, unknown>>();
      for (const v of demoValues(framework, units.get(s.unitId)!, 2024, s.period)) byCode.set(v.code, { ...byCode.get(v.code), [v.key]: v.value });
      for (const [indicatorCode, entered] of byCode) rows.push({ submissionId: s.id, indicatorCode, values: entered, updatedById: 1 });
      if (rows.length >= 1000) {
        values += rows.length;
        await insert(IndicatorValue, rows);
        rows = [];
      }
    }
    values += rows.length;
    if (rows.length) await insert(IndicatorValue, rows);

    // The machine is shared and noisy: RUNS consolidations of the same data (each a new run), the median's figures.
    const runs = Array.from({ length: RUNS }, () => {
      const out = execFileSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--consolidate', String(cycle.id), String(size)], { env: process.env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
      return JSON.parse(out.trim().split('\n').at(-1)!) as { ms: number; rssBeforeMiB: number; peakRssMiB: number; heapBeforeMiB: number; peakHeapMiB: number };
    }).sort((a, b) => a.ms - b.ms);
    const r = runs[Math.floor(RUNS / 2)];
    const verdict = size === TARGET.at ? `  time ${r.ms < TARGET.ms[engine] ? 'met' : 'NOT met'}, memory ${r.peakRssMiB < TARGET.rssMiB ? 'met' : 'NOT met'}` : '';
    const growth = previous ? `${(r.ms / previous.ms).toFixed(2)}× for ${(size / previous.size).toFixed(1)}× units${size === 2 * previous.size ? (r.ms / previous.ms <= TARGET.growth ? ' (met)' : ' (NOT met)') : ''}` : '';
    const mib = (n: number) => `${n.toFixed(0)} MiB`;
    console.log(
      `${String(size).padStart(5)}  ${String(submissions.length).padStart(11)}  ${String(values).padStart(7)}  ${(r.ms / 1000).toFixed(2).padStart(12)} s  ${`${mib(r.peakRssMiB)} (${mib(r.rssBeforeMiB)})`.padStart(20)}  ${`${mib(r.peakHeapMiB)} (${mib(r.heapBeforeMiB)})`.padStart(21)}   ${growth}${verdict}${RUNS > 1 ? `  (runs: ${runs.map((x) => (x.ms / 1000).toFixed(2)).join(', ')} s)` : ''}`,
    );
    previous = { size, ms: r.ms };
  }
  if (process.env.SQLITE_PATH?.includes('dti-bench-')) rmSync(join(process.env.SQLITE_PATH, '..'), { recursive: true, force: true });
}

async function profileIf(path: string | undefined | false): Promise<() => Promise<void>> {
  if (!path) return async () => {};
  const { Session } = await import('node:inspector/promises');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return async () => {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(path, JSON.stringify(profile));
    session.disconnect();
  };
}
