import type { EntityManager, EntityTarget } from 'typeorm';
import type { PersistedState } from '../../workflows/persisted-machine.js';

/**
 * Writes a statechart's next state only if nobody changed the row since it was read
 * (`WHERE version = <read version>`): of two concurrent moves exactly one lands. Returns false
 * for the one that lost, for the caller to answer with its own CONCURRENT_UPDATE.
 */
export async function writeStateIfUnchanged(
  em: EntityManager,
  entity: EntityTarget<{ id: number; version: number; state: unknown; status: string }>,
  read: { id: number; version: number },
  state: PersistedState,
  status: string,
  /** Columns that repeat part of the state for queries, written with it. */
  columns: Record<string, unknown> = {},
): Promise<boolean> {
  const result = await em
    .createQueryBuilder()
    .update(entity)
    .set({ ...columns, state: state as never, status, version: () => 'version + 1' })
    .where('id = :id AND version = :version', { id: read.id, version: read.version })
    .execute();
  return !!result.affected;
}
