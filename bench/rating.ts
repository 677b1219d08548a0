/**
 * Rating speed on a deck of 100,000 prefixes: lookups per second of the in-memory longest-prefix index, against a
 * baseline measured in the same run — the same longest-prefix lookup done by the database (one indexed query per
 * number, the way a server without the index would rate). Also the full `rating` path with 50 ratings in flight
 * (the deck's version read fresh, one query shared by the ratings of an event-loop turn, then the index), and the
 * time to build the index.
 *
 *   node bench/rating.ts [--prefixes 100000] [--lookups 1000000] [--database sqlite:/tmp/x.db | postgres://…]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { seededRandom } from '../src/domain/cdr/test-cdrs.ts';
import { openDatabase } from '../src/persistence/database.ts';
import { writeRateDeck, type DeckRow } from '../src/domain/rating/rate-deck-import.ts';
import { RateDecks } from '../src/domain/rating/rate-decks.ts';
import { rateOnTariff } from '../src/domain/rating/rating.ts';

const { values } = parseArgs({
  options: {
    prefixes: { type: 'string', default: '100000' },
    lookups: { type: 'string', default: '1000000' },
    database: { type: 'string' },
  },
});
const PREFIXES = Number(values.prefixes);
const LOOKUPS = Number(values.lookups);
const SQL_LOOKUPS = Math.min(20_000, LOOKUPS);

const random = seededRandom(20_261_121);
const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');

const dir = values.database ? undefined : mkdtempSync(join(tmpdir(), 'switchboard-bench-'));
const db = await openDatabase(values.database ?? `sqlite:${join(dir!, 'bench.db')}`);
try {
  await db.migrate();
  await db.em().getConnection().execute('delete from rates');
  const deck = new Map<string, DeckRow>();
  while (deck.size < PREFIXES) {
    const prefix = `${1 + Math.floor(random() * 9)}${digits(1 + Math.floor(random() * 6))}`;
    deck.set(prefix, {
      line: 0,
      prefix,
      destination: `dest ${prefix}`,
      rateMicros: BigInt(1 + Math.floor(random() * 500_000)),
      connectFeeMicros: 0n,
      initialIncrement: 60,
      increment: 60,
    });
  }
  const loaded = await writeRateDeck(db.em(), { tariff: 'default', replace: true, rows: [...deck.values()] });
  const numbers = Array.from({ length: 10_000 }, () => `${1 + Math.floor(random() * 9)}${digits(10)}`);
  const decks = new RateDecks({ em: () => db.em() });

  let started = performance.now();
  const ready = await decks.deck(loaded.tariffId, 0);
  const buildMs = performance.now() - started;
  if (!ready) throw new Error('the deck did not load');

  // The index: LOOKUPS lookups over the numbers (a miss is an answer too).
  let hits = 0;
  started = performance.now();
  for (let i = 0; i < LOOKUPS; i++) {
    if (ready.index.longestPrefix(numbers[i % numbers.length]!)) hits++;
  }
  const indexPerSecond = LOOKUPS / ((performance.now() - started) / 1000);

  // Baseline: the database finds the longest prefix (every prefix of the number, longest first, on the unique index).
  const connection = db.em().getConnection();
  const sqlLookup = async (number: string) => {
    const candidates = Array.from({ length: Math.min(number.length, 32) }, (_, i) => number.slice(0, i + 1));
    const rows = await connection.execute<{ prefix: string }[]>(
      `select prefix from rates where tariff_id = ? and prefix in (${candidates.map(() => '?').join(', ')}) order by length(prefix) desc limit 1`,
      [loaded.tariffId, ...candidates],
    );
    return rows[0]?.prefix;
  };
  for (const number of numbers.slice(0, 1_000)) {
    const fromIndex = ready.index.longestPrefix(number)?.prefix;
    if ((await sqlLookup(number)) !== fromIndex) throw new Error(`index and database disagree on ${number}`);
  }
  started = performance.now();
  for (let i = 0; i < SQL_LOOKUPS; i++) await sqlLookup(numbers[i % numbers.length]!);
  const sqlPerSecond = SQL_LOOKUPS / ((performance.now() - started) / 1000);

  // The full rating of a user on the default tariff, 50 in flight as from 50 connections.
  const rateOne = (i: number) =>
    rateOnTariff(decks, null, numbers[i % numbers.length]!).catch(() => {
      // a number no prefix matches is answered not-found: rated all the same
    });
  started = performance.now();
  await Promise.all(
    Array.from({ length: 50 }, async (_, lane) => {
      for (let i = lane; i < SQL_LOOKUPS * 5; i += 50) await rateOne(i);
    }),
  );
  const ratingPerSecond = (SQL_LOOKUPS * 5) / ((performance.now() - started) / 1000);

  const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
  console.log(
    `rate deck: ${fmt(ready.index.size)} prefixes (${db.engine}); index built in ${buildMs.toFixed(0)} ms; ${fmt(hits)} of ${fmt(LOOKUPS)} lookups matched`,
  );
  console.log(`in-memory index        ${fmt(indexPerSecond).padStart(12)} lookups/s`);
  console.log(
    `baseline: SQL query    ${fmt(sqlPerSecond).padStart(12)} lookups/s   (index ${(indexPerSecond / sqlPerSecond).toFixed(0)}x faster)`,
  );
  console.log(
    `full rating, 50 in flight${fmt(ratingPerSecond).padStart(12)} ratings/s   (${(ratingPerSecond / sqlPerSecond).toFixed(1)}x the SQL baseline)`,
  );
} finally {
  await db.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
}
