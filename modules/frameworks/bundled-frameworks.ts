import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Framework } from '../scoring/engine/framework.types.js';

/** The framework files shipped in the repository (modules/frameworks/data/*.json). */
export const BUNDLED_FRAMEWORKS_DIR = join(process.cwd(), 'modules', 'frameworks', 'data');

export function readBundledFrameworks(dir = BUNDLED_FRAMEWORKS_DIR): Framework[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Framework);
}
