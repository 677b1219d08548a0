// The in-memory deck is rebuilt when the deck changes in any process: at once for processes sharing the state
// (in-process or Redis), and by the version check for one that cannot hear (the CLI beside the embedded default).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/persistence/database.ts';
import { writeRateDeck, type DeckRow } from '../../../src/domain/rating/rate-deck-import.ts';
import { RateDecks } from '../../../src/domain/rating/rate-decks.ts';
import { rateOnTariff } from '../../../src/domain/rating/rating.ts';
import { MemoryState } from '../../../src/platform/state/memory.ts';
import { RedisState } from '../../../src/platform/state/redis.ts';
import { testEngines, migratedDatabase, type MigratedDatabase } from '../../support/databases.ts';
import { REDIS, REDIS_URL, redisAvailable, requireService } from '../../support/services.ts';

const engines = await testEngines('the rate deck rebuild tests on PostgreSQL');
const withRedis = requireService(REDIS, await redisAvailable(), 'the rate deck rebuild over Redis test');

const row = (prefix: string, rate: bigint): DeckRow => ({
  line: 0,
  prefix,
  destination: '',
  rateMicros: rate,
  connectFeeMicros: 0n,
  initialIncrement: 60,
  increment: 60,
});

async function until(what: string, check: () => boolean, ms = 5_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`${what}: not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe.each(engines.map((open) => [open]))('rate deck rebuild (%#)', (open) => {
  let fixture: MigratedDatabase | undefined;
  let db: Database;

  beforeAll(async () => {
    fixture = await migratedDatabase(open);
    db = fixture.db;
    await writeRateDeck(db.em(), { tariff: 'default', rows: [row('44', 100_000n), row('447', 200_000n)] });
  });
  afterAll(() => fixture?.stop());

  const rateNow = async (decks: RateDecks, number: string) => (await rateOnTariff(decks, null, number)).rate.rateMicros;

  it('a process sharing the state rebuilds its deck as soon as the change is published', async () => {
    const shared = new MemoryState();
    const writer = new RateDecks({ em: () => db.em(), state: shared });
    const reader = new RateDecks({ em: () => db.em(), state: shared });
    await Promise.all([writer.start(), reader.start()]);
    expect(await rateNow(reader, '447700123')).toBe(200_000n);
    const heldBefore = reader.held()[0]!.version;
    const loaded = await writeRateDeck(db.em(), { tariff: 'default', rows: [row('447', 250_000n)] });
    await writer.publishChange(loaded.tariffId);
    await until('the reader rebuilds', () => reader.held()[0]!.version > heldBefore);
    expect(await rateNow(reader, '447700123')).toBe(250_000n);
  });

  it('a process that cannot hear the change still never rates on the old deck', async () => {
    const reader = new RateDecks({ em: () => db.em(), state: new MemoryState() });
    expect(await rateNow(reader, '4420')).toBe(100_000n);
    await writeRateDeck(db.em(), { tariff: 'default', rows: [row('44', 110_000n), row('4420', 90_000n)] });
    expect(reader.held()[0]!.prefixes).toBe(2); // nothing told it
    expect(await rateNow(reader, '442071')).toBe(90_000n);
    expect(await rateNow(reader, '4430')).toBe(110_000n);
  });

  it.skipIf(!withRedis)('two processes on one Redis: the change is heard across connections', async () => {
    const prefix = `switchboard-test:${randomUUID()}:`;
    const [one, two] = await Promise.all([
      RedisState.connect(REDIS_URL, { prefix }),
      RedisState.connect(REDIS_URL, { prefix }),
    ]);
    try {
      const writer = new RateDecks({ em: () => db.em(), state: one });
      const reader = new RateDecks({ em: () => db.em(), state: two });
      await Promise.all([writer.start(), reader.start()]);
      expect(await rateNow(reader, '44')).toBe(110_000n);
      const heldBefore = reader.held()[0]!.version;
      const loaded = await writeRateDeck(db.em(), { tariff: 'default', rows: [row('44', 120_000n)] });
      await writer.publishChange(loaded.tariffId);
      await until('the reader rebuilds over Redis', () => reader.held()[0]!.version > heldBefore);
      expect(await rateNow(reader, '44')).toBe(120_000n);
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  });
});
