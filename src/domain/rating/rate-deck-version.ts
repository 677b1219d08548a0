/** Marks a tariff's rate deck changed (rate_deck_versions, see persistence/entities/rate-deck-version.ts). */
import type { SqlEntityManager } from '@mikro-orm/sql';

/** Marks the deck of tariffId changed; call inside the transaction that changes it (em is that transaction). */
export async function bumpDeckVersion(em: SqlEntityManager, tariffId: number): Promise<void> {
  await em
    .getConnection()
    .execute(
      'insert into rate_deck_versions (tariff_id, version, changed_at) values (?, 1, ?) on conflict (tariff_id) do update set version = rate_deck_versions.version + 1, changed_at = excluded.changed_at',
      [tariffId, new Date()],
      'run',
      em.getTransactionContext(),
    );
}
