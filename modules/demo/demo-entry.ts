import type { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import type { BulkEntryService, ImportedValue } from '../submissions/bulk-entry.service.js';

/** One value of the demo, and who enters it. */
export interface DemoEntry {
  actor: AuthenticatedUser;
  submissionId: number;
  code: string;
  key: string;
  cell: unknown;
}

/**
 * Each person's values entered through one import, as their spreadsheet would bring them (rows
 * numbered from 2, under the header): the same checks as any import, and a refusal stops the seed.
 */
export async function enterAsImports(bulk: BulkEntryService, cycleId: number, entries: DemoEntry[]): Promise<void> {
  const perActor = new Map<AuthenticatedUser, ImportedValue[]>();
  for (const { actor, ...value } of entries) {
    const list = perActor.get(actor) ?? [];
    list.push({ row: list.length + 2, ...value });
    perActor.set(actor, list);
  }
  for (const [actor, values] of perActor) {
    const result = await bulk.enter(actor, cycleId, values, false);
    if (result.problems.length) throw new Error(`demo values refused: ${JSON.stringify(result.problems.slice(0, 3))}`);
  }
}
