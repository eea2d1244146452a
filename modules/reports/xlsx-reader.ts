import { setImmediate as yieldToOthers } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { DomainException } from '../../src/errors/domain.exception.js';
import { ReportErrors } from './report.errors.js';
import { unpackProblem, zipEntries } from './xlsx-limits.js';
import type { SheetRows } from './xlsx-rows.js';

/** What one reading may take: beyond these the workbook is refused, and the rest of the app never noticed. */
export const READ_LIMITS = { seconds: 30, heapMb: 256, atOnce: 2 };

let reading = 0;
const waiting: (() => void)[] = [];

/** At most `atOnce` workbooks are unpacked together; the others wait their turn. */
async function turn<T>(work: () => Promise<T>): Promise<T> {
  if (reading >= READ_LIMITS.atOnce) await new Promise<void>((resolve) => waiting.push(resolve));
  reading++;
  try {
    return await work();
  } finally {
    reading--;
    waiting.shift()?.();
  }
}

function inWorker(file: Buffer): Promise<SheetRows | 'TIMEOUT' | 'OUT_OF_MEMORY'> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./xlsx-rows.worker.js', import.meta.url), {
      workerData: { file },
      resourceLimits: { maxOldGenerationSizeMb: READ_LIMITS.heapMb },
    });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve('TIMEOUT');
    }, READ_LIMITS.seconds * 1000);
    worker.once('message', (result: string) => {
      clearTimeout(timer);
      resolve(JSON.parse(result) as SheetRows);
      void worker.terminate();
    });
    worker.once('error', (error: Error & { code?: string }) => {
      clearTimeout(timer);
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') resolve('OUT_OF_MEMORY');
      else reject(error);
    });
  });
}

/**
 * The first sheet's rows of an uploaded workbook. The zip's directory is checked here first
 * (cheap, refuses bombs before anything is unpacked); the unpacking and reading then run in a
 * worker thread with its own memory cap and a time limit, so a large or hostile file delays
 * nobody else's request.
 */
export async function readRowsOffThread(file: Buffer): Promise<unknown[][]> {
  const entries = zipEntries(file);
  if (!entries) throw new DomainException(ReportErrors.NOT_A_WORKBOOK);
  const problem = unpackProblem(entries);
  if (problem) throw new DomainException(ReportErrors.WORKBOOK_TOO_LARGE, { problem }, { vi: problem, en: problem });
  const result = await turn(() => inWorker(file));
  await yieldToOthers(); // the rows were just parsed: let waiting requests in before they are checked
  if (result === 'TIMEOUT') throw new DomainException(ReportErrors.WORKBOOK_TOO_SLOW, { seconds: READ_LIMITS.seconds });
  if (result === 'OUT_OF_MEMORY') throw new DomainException(ReportErrors.WORKBOOK_TOO_LARGE, { heapMb: READ_LIMITS.heapMb });
  if ('rows' in result) return result.rows;
  if (result.refused === 'TOO_MANY_ROWS') throw new DomainException(ReportErrors.TOO_MANY_ROWS, { max: result.max });
  throw new DomainException(ReportErrors.NOT_A_WORKBOOK);
}
