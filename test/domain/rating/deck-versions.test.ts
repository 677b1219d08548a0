// Deck versions are read fresh for every rating, but the ratings asked in one event-loop turn share one query.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlEntityManager } from '@mikro-orm/sql';
import { DeckVersions } from '../../../src/domain/rating/deck-versions.ts';
import { bumpDeckVersion } from '../../../src/domain/rating/rate-deck-version.ts';
import { ensureTariff } from '../../../src/domain/rating/tariffs.ts';
import type { Database } from '../../../src/persistence/database.ts';
import { testEngines, migratedDatabase, type MigratedDatabase } from '../../support/databases.ts';

const engines = await testEngines('the deck version tests on PostgreSQL');

describe.each(engines.map((open) => [open]))('deck versions (%#)', (open) => {
  let fixture: MigratedDatabase | undefined;
  let db: Database;
  let gold: number;
  let fallback: number;
  /** A unit of work on the real database whose statements' answers pass through then(): counted, or held back. */
  const passingThrough = (then: () => Promise<void> | void): SqlEntityManager => {
    const connection = db.em().getConnection();
    return {
      getConnection: () => ({
        execute: async (...args: Parameters<typeof connection.execute>) => {
          const answer = await connection.execute(...args);
          await then();
          return answer;
        },
      }),
    } as unknown as SqlEntityManager;
  };

  beforeAll(async () => {
    fixture = await migratedDatabase(open);
    db = fixture.db;
    gold = (await ensureTariff(db.em(), 'gold')).tariff.id;
    fallback = (await ensureTariff(db.em(), 'default')).tariff.id;
    await bumpDeckVersion(db.em(), gold);
  });
  afterAll(() => fixture?.stop());

  it('answers each tariff, the default one for null, and undefined for one that does not exist', async () => {
    const versions = new DeckVersions(() => db.em());
    expect(await Promise.all([versions.current(gold), versions.current(null), versions.current(987_654)])).toEqual([
      { tariffId: gold, version: 1 },
      { tariffId: fallback, version: 0 },
      undefined,
    ]);
  });

  it('serves the ratings asked in one turn with one query', async () => {
    let queries = 0;
    const versions = new DeckVersions(() =>
      passingThrough(() => {
        queries++;
      }),
    );
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => versions.current(i % 2 ? gold : null)));
    expect(queries).toBe(1);
    expect(new Set(answers.map((a) => a?.tariffId))).toEqual(new Set([gold, fallback]));
  });

  it('never answers a rating with a read that started before it was asked', async () => {
    // The first read has read, but its answer is held until a change has committed and a second rating has asked.
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let first = true;
    const versions = new DeckVersions(() => {
      const hold = first;
      first = false;
      return passingThrough(() => (hold ? held : undefined));
    });
    const inFlight = versions.current(gold);
    await new Promise((resolve) => setImmediate(resolve));
    await bumpDeckVersion(db.em(), gold);
    const asked = versions.current(gold);
    await new Promise((resolve) => setImmediate(resolve));
    release();
    const [committed] = await db
      .em()
      .getConnection()
      .execute<{ version: number }[]>('select version from rate_deck_versions where tariff_id = ?', [gold]);
    expect((await asked)?.version).toBe(Number(committed!.version));
    expect((await inFlight)?.version).toBeLessThan(Number(committed!.version));
  });
});
