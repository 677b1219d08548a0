/**
 * The version of each tariff's rate deck (rate_deck_versions), bumped in the same transaction as every change to the
 * deck. A process holding a deck in memory compares versions, so it notices a change made by any other process —
 * the `import rates` command line included — even without a shared state to hear about it.
 */
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

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
