/**
 * npm run bench:consolidation [-- 100 1000 2000]
 * For each size: N synthetic districts × the district framework × 4 quarters, with plausible
 * values for every variable, in a cycle of their own on the configured database (a scratch SQLite
 * file when none is configured); then times the consolidation as the reviewer runs it (read every
 * submission, score, aggregate, rank, store) and prints the time and the peak heap for each size,
 * so that the growth is visible. Figures, not assertions: nothing here passes or fails.
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const scratch = !process.env.DB_TYPE && !process.env.DB_HOST ? mkdtempSync(join(tmpdir(), 'dti-bench-')) : null;
if (scratch) process.env.SQLITE_PATH = join(scratch, 'bench.sqlite');
Object.assign(process.env, { APP_MODE: 'demo', DEMO_DATA: 'accounts', DEADLINE_JOB: 'off', REMINDER_JOB: 'off', LOG_LEVEL: 'warn' });

// Imported after the environment is set: the configuration is read when the modules load.
const { NestFactory } = await import('@nestjs/core');
const { DataSource } = await import('typeorm');
const { AppModule } = await import('../src/app.module.js');
const { CycleService } = await import('../modules/cycles/cycle.service.js');
const { ConsolidationService } = await import('../modules/results/consolidation.service.js');
const { FrameworkService } = await import('../modules/frameworks/framework.service.js');
const { demoValues } = await import('../modules/demo/demo-values.js');
const { Unit } = await import('../modules/units/unit.entity.js');
const { IndicatorValue } = await import('../modules/submissions/indicator-value.entity.js');
const { Submission } = await import('../modules/submissions/submission.entity.js');
const { UnitKind } = await import('../modules/units/unit-kind.enum.js');

const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn'] });
const db = app.get(DataSource);
const cycles = app.get(CycleService);
const consolidation = app.get(ConsolidationService);
const framework = (await app.get(FrameworkService).get('district')).definition;
const admin = { id: 1, username: 'admin', role: 'ADMIN', unitId: 1 } as never;
// Plain multi-row inserts: the generated columns are not read back (SQLite caps the size of that query).
const insert = (entity: new () => object, rows: object[]) => db.createQueryBuilder().insert().into(entity).values(rows as never).updateEntity(false).execute();
console.log(`database: ${db.options.type}${db.options.type === 'better-sqlite3' ? ` (${process.env.SQLITE_PATH})` : ''}; district framework v${framework.version}, 4 quarters`);
console.log('units  submissions  values   consolidation   peak heap');

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
  });
  const units = new Map((await db.getRepository(Unit).findBy({ isActive: true, kind: UnitKind.DISTRICT })).map((u) => [u.id, u.code]));
  const submissions = await db.getRepository(Submission).findBy({ cycleId: cycle.id });
  let rows: Partial<InstanceType<typeof IndicatorValue>>[] = [];
  let values = 0;
  for (const s of submissions) {
    const byCode = new Map<string, Record<string, unknown>>();
    for (const v of demoValues(framework, units.get(s.unitId)!, 2024, s.period)) byCode.set(v.code, { ...byCode.get(v.code), [v.key]: v.value });
    for (const [indicatorCode, entered] of byCode) rows.push({ submissionId: s.id, indicatorCode, values: entered as never, updatedById: 1 });
    if (rows.length >= 1000) {
      values += rows.length;
      await insert(IndicatorValue, rows);
      rows = [];
    }
  }
  values += rows.length;
  if (rows.length) await insert(IndicatorValue, rows);

  global.gc?.();
  let peak = process.memoryUsage().heapUsed;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
  const started = performance.now();
  await consolidation.run(null, cycle.id);
  const ms = performance.now() - started;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  console.log(`${String(size).padStart(5)}  ${String(submissions.length).padStart(11)}  ${String(values).padStart(7)}  ${(ms / 1000).toFixed(2).padStart(12)} s  ${(peak / 1024 / 1024).toFixed(0).padStart(7)} MiB`);
}
await app.close();
if (scratch) rmSync(scratch, { recursive: true, force: true });
