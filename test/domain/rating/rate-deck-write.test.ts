// Writing a deck is one transaction on SQLite and PostgreSQL: a missing tariff is created, prefixes are replaced
// in place (or the whole deck with replace), the deck version moves, and a failure part-way leaves nothing behind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/persistence/database.ts';
import { Rate } from '../../../src/persistence/entities/rate.ts';
import { Tariff } from '../../../src/persistence/entities/tariff.ts';
import { writeRateDeck, type DeckRow } from '../../../src/domain/rating/rate-deck-import.ts';
import { RateDeckVersion } from '../../../src/persistence/entities/rate-deck-version.ts';
import { testEngines, migratedDatabase, type MigratedDatabase } from '../../support/databases.ts';

const engines = await testEngines('the rate deck tests on PostgreSQL');

const row = (prefix: string, rateMicros: bigint, destination = ''): DeckRow => ({
  line: 0,
  prefix,
  destination,
  rateMicros,
  connectFeeMicros: 0n,
  initialIncrement: 60,
  increment: 60,
});

describe.each(engines.map((open) => [open]))('writeRateDeck (%#)', (open) => {
  let fixture: MigratedDatabase | undefined;
  let db: Database;

  beforeAll(async () => {
    fixture = await migratedDatabase(open);
    db = fixture.db;
  });
  afterAll(() => fixture?.stop());

  const ratesOf = async (tariff: string) => {
    const t = await db.em().findOneOrFail(Tariff, { name: tariff });
    const rates = await db.em().find(Rate, { tariffId: t.id }, { orderBy: { prefix: 'asc' } });
    return rates.map((r) => [r.prefix, BigInt(r.rateMicros), r.destination]);
  };
  const versionOf = async (tariff: string) => {
    const t = await db.em().findOneOrFail(Tariff, { name: tariff });
    return (await db.em().findOne(RateDeckVersion, { tariffId: t.id }))?.version;
  };

  it('creates a missing tariff in the currency asked for, and loads the rows', async () => {
    const loaded = await writeRateDeck(db.em(), {
      tariff: 'gold',
      currency: 'eur',
      rows: [row('44', 20_000n, 'UK'), row('1', 10_000n)],
    });
    expect(loaded).toMatchObject({ tariffName: 'gold', currency: 'EUR', tariffCreated: true, loaded: 2, total: 2 });
    expect(await ratesOf('gold')).toEqual([
      ['1', 10_000n, ''],
      ['44', 20_000n, 'UK'],
    ]);
    expect(await versionOf('gold')).toBe(1);
  });

  it('a second load replaces the same prefixes, keeps the others and bumps the version', async () => {
    const loaded = await writeRateDeck(db.em(), {
      tariff: 'gold',
      rows: [row('44', 25_000n, 'UK fixed'), row('49', 30_000n)],
    });
    expect(loaded).toMatchObject({ tariffCreated: false, loaded: 2, total: 3 });
    expect(await ratesOf('gold')).toEqual([
      ['1', 10_000n, ''],
      ['44', 25_000n, 'UK fixed'],
      ['49', 30_000n, ''],
    ]);
    expect(await versionOf('gold')).toBe(2);
  });

  it('replace makes the deck exactly the rows given', async () => {
    await writeRateDeck(db.em(), { tariff: 'gold', replace: true, rows: [row('33', 40_000n)] });
    expect(await ratesOf('gold')).toEqual([['33', 40_000n, '']]);
    expect(await versionOf('gold')).toBe(3);
  });

  it("refuses a currency other than the existing tariff's, changing nothing", async () => {
    await expect(writeRateDeck(db.em(), { tariff: 'gold', currency: 'USD', rows: [row('7', 1n)] })).rejects.toThrow(
      'tariff gold is in EUR, not USD',
    );
    expect(await ratesOf('gold')).toEqual([['33', 40_000n, '']]);
    expect(await versionOf('gold')).toBe(3);
  });

  it('a failure after the first 500 rows were inserted rolls everything back, the new tariff included', async () => {
    const rows = Array.from({ length: 700 }, (_, i) => row(String(1000 + i), 1_000n));
    rows[650] = row('1650', null as unknown as bigint); // rate_micros is not null: the second statement fails
    await expect(writeRateDeck(db.em(), { tariff: 'silver', rows })).rejects.toThrow();
    expect(await db.em().count(Tariff, { name: 'silver' })).toBe(0);
    expect(await db.em().count(Rate, { prefix: '1000' })).toBe(0);
  });
});
