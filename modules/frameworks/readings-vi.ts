import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Framework } from '../scoring/engine/framework.types.js';

export interface VietnameseReading {
  indicator: string;
  issue: string;
  reading: string;
}

/** Kept beside the framework files, not in them: a translation must not change a framework's version hash. */
const FILE = join(process.cwd(), 'modules', 'frameworks', 'readings-vi.json');

/**
 * The Vietnamese of a framework's readings, item by item in the same order; a translation that
 * lost or reordered an item is refused rather than shown beside the wrong English.
 */
export function vietnameseReadings(framework: Framework, file: string = FILE): VietnameseReading[] {
  const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, VietnameseReading[]>;
  const vi = all[framework.code] ?? [];
  const en = framework.readings ?? [];
  const misplaced = en.findIndex((r, i) => vi[i]?.indicator !== r.indicator || !vi[i].issue.trim() || !vi[i].reading.trim());
  if (vi.length !== en.length || misplaced >= 0) {
    throw new Error(`readings-vi.json: ${framework.code} has ${vi.length} Vietnamese readings for ${en.length}; first mismatch at ${misplaced}`);
  }
  return vi;
}
