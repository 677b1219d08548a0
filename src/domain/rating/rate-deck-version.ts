/**
 * The version of each tariff's rate deck (rate_deck_versions), bumped in the same transaction as every change to the
 * deck. A process holding a deck in memory compares versions, so it notices a change made by any other process —
 * the `import rates` command line included — even without a shared state to hear about it.
 */
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/sql';

export const RateDeckVersion = defineEntity({
  name: 'RateDeckVersion',
  tableName: 'rate_deck_versions',
  properties: {
    tariffId: p.integer().primary().autoincrement(false),
    version: p.integer().default(1),
    changedAt: p.datetime(),
  },
});

export type RateDeckVersionRow = InferEntity<typeof RateDeckVersion>;

/** Marks the deck of tariffId changed; call inside the transaction that changes it (em is that transaction). */
export async function bumpDeckVersion(em: SqlEntityManager, tariffId: number): Promise<void> {
  await em.getConnection().execute(
    'insert into rate_deck_versions (tariff_id, version, changed_at) values (?, 1, ?) on conflict (tariff_id) do update set version = rate_deck_versions.version + 1, changed_at = excluded.changed_at',
    [tariffId, new Date()], 'run', em.getTransactionContext(),
  );
}
