/**
 * npm run bench:import
 * What a large spreadsheet import costs everyone else. Starts the built app on a scratch SQLite
 * database, opens a district cycle, and uploads as a source agency (dry run): a workbook of 50,000
 * filled rows (the most an import takes) and a small zip bomb, while a probe asks /api/health
 * one request after another. Prints the import's time and the probe's latencies; for comparison,
 * the same 50,000 rows read on this thread, with the event-loop delay that reading would have
 * caused had it run in the request loop. Figures, not assertions.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readSheetRows } from '../modules/reports/xlsx-rows.js';

const dir = mkdtempSync(join(tmpdir(), 'dti-bench-import-'));
const port = 3900 + Math.floor(Math.random() * 80);
const base = `http://127.0.0.1:${port}`;
const password = 'Bench@2024-import';
const app = spawn(process.execPath, ['dist/src/main.js'], {
  env: { ...process.env, APP_MODE: 'demo', DEMO_DATA: 'accounts', DEMO_PASSWORD: password, LOG_LEVEL: 'warn', PORT: String(port), DATA_DIR: dir, UPLOAD_DIR: join(dir, 'uploads'), SQLITE_PATH: join(dir, 'bench.sqlite'), DB_TYPE: 'sqlite', DEADLINE_JOB: 'off', REMINDER_JOB: 'off', NOTIFICATION_MAIL_JOB: 'off', UPLOAD_MAX_MB: '20' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const stop = () => {
  app.kill();
  rmSync(dir, { recursive: true, force: true });
};

async function healthy() {
  for (let i = 0; i < 600; i++) {
    if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the app did not start');
}

const json = async (path: string, token: string | null, body?: unknown) => {
  const res = await fetch(base + path, { method: body === undefined ? 'GET' : 'POST', headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) }, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res;
};
const signIn = async (username: string) => ((await (await json('/api/auth/login', null, { username, password })).json()) as { accessToken: string }).accessToken;

/** Health asked one request after another until `done` settles: each answer's time in ms. */
async function probe<T>(done: Promise<T>): Promise<{ result: T; latencies: number[]; ms: number }> {
  const latencies: number[] = [];
  let finished = false;
  const started = performance.now();
  const result = done.finally(() => (finished = true));
  while (!finished) {
    const t0 = performance.now();
    await fetch(`${base}/api/health`).then((r) => r.arrayBuffer());
    latencies.push(performance.now() - t0);
    await new Promise((r) => setTimeout(r, 5));
  }
  return { result: await result, latencies, ms: performance.now() - started };
}
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;
const line = (label: string, ms: number, status: number | string, latencies: number[]) =>
  console.log(`${label.padEnd(34)} ${String(status).padEnd(5)} ${ms.toFixed(0).padStart(7)} ms   health n=${String(latencies.length).padStart(4)}  p50 ${pct(latencies, 50).toFixed(1).padStart(6)}  p99 ${pct(latencies, 99).toFixed(1).padStart(6)}  max ${Math.max(...latencies).toFixed(1).padStart(6)} ms`);

try {
  await healthy();
  const admin = await signIn('admin');
  const year = 2090;
  const cycle = (await (await json('/api/cycles', admin, { code: `BENCH-${year}`, year, name: 'Bench import', frameworks: [{ unitKind: 'DISTRICT', code: 'district' }], schedule: 'YEARLY', evidenceRequired: false, periods: [{ period: 'YEAR', opensAt: '2020-01-01T00:00:00Z', dataEntry: `${year}-01-10T16:59:59Z`, verification: `${year}-01-20T16:59:59Z`, disputeResolution: `${year}-01-28T16:59:59Z` }] })).json()) as { id: number };
  const agency = await signIn('daumoi.congan');
  const template = new ExcelJS.Workbook();
  await template.xlsx.load(Buffer.from(await (await json(`/api/cycles/${cycle.id}/import-template.xlsx`, agency)).arrayBuffer()) as never);
  const rows: unknown[][] = [];
  template.getWorksheet(1)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1, 9)));
  const [header, ...data] = rows;
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Nhập liệu');
  sheet.addRow(header);
  for (let i = 0; i < 50_000; i++) sheet.addRow([...data[i % data.length], 1 + (i % 97)]);
  const big = Buffer.from(await book.xlsx.writeBuffer());

  const swapSheet = async (rowXml: (n: number) => string, count: number) => {
    const zip = await JSZip.loadAsync(big);
    const xml: string[] = [];
    for (let n = 1; n <= count; n++) xml.push(rowXml(n));
    zip.file('xl/worksheets/sheet1.xml', `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${xml.join('')}</sheetData></worksheet>`);
    return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
  };
  // Past the row limit but small when unpacked: read until row 50,001, then refused.
  const tooMany = await swapSheet((n) => `<row r="${n}"><c r="A${n}"><v>1</v></c><c r="I${n}"><v>1</v></c></row>`, 400_000);
  // Unpacks to about 80 MB: refused from the zip's directory before anything is unpacked.
  const bomb = await swapSheet((n) => `<row r="${n}"><c r="A${n}"><v>1</v></c><c r="E${n}" t="inlineStr"><is><t>8.1</t></is></c><c r="I${n}"><v>1</v></c></row>`, 400_000);

  const upload = async (file: Buffer) => {
    const form = new FormData();
    form.append('file', new Blob([file]), 'nhap-lieu.xlsx');
    const res = await fetch(`${base}/api/cycles/${cycle.id}/import?dryRun=true`, { method: 'POST', headers: { Authorization: `Bearer ${agency}` }, body: form });
    await res.arrayBuffer();
    return res.status;
  };
  const kb = (b: Buffer) => `${(b.length / 1024).toFixed(0)} kB`;
  console.log(`template rows for daumoi.congan: ${data.length}; 50,000 filled rows: ${kb(big)}; 400,000 small rows: ${kb(tooMany)}; bomb: ${kb(bomb)}`);
  const idle = await probe(new Promise((r) => setTimeout(r, 1000)));
  line('health alone (1 s)', idle.ms, '-', idle.latencies);
  for (const [label, file] of [['50,000 filled rows, dry run', big], ['400,000 rows (refused at 50,001)', tooMany], ['zip bomb (80 MB unpacked)', bomb]] as const) {
    const run = await probe(upload(file));
    line(label, run.ms, run.result, run.latencies);
  }
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const t0 = performance.now();
  const read = await readSheetRows(big);
  delay.disable();
  console.log(`the same rows read on one thread: ${'rows' in read ? read.rows.length : read.refused} rows in ${(performance.now() - t0).toFixed(0)} ms, event-loop delay max ${(delay.max / 1e6).toFixed(0)} ms, p99 ${(delay.percentile(99) / 1e6).toFixed(0)} ms (what every other request would have waited, had it run in the request loop)`);
} finally {
  stop();
}
