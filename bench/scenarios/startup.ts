/** Server start with 100,000 users and a 100,000-prefix rate deck: time until it accepts requests, and its memory. */
import { join } from 'node:path';
import { openDatabase } from '../../src/persistence/database.ts';
import { Rate } from '../../src/persistence/entities/rate.ts';
import { Tariff } from '../../src/persistence/entities/tariff.ts';
import { startSwitchboard, tempDir, writeConfig } from '../lib/processes.ts';
import { seedUsers } from '../lib/seed.ts';
import { fixed, mb, type Row } from '../lib/table.ts';

/** A default tariff with `prefixes` prefixes (100000, 100007, …), for start-up and rating. */
export async function seedDeck(url: string, prefixes: number): Promise<void> {
  const db = await openDatabase(url);
  try {
    const em = db.em();
    const tariff = em.create(Tariff, { name: 'default', currency: 'USD', createdAt: new Date() });
    await em.flush();
    for (let start = 0; start < prefixes; start += 5000) {
      const rows = [];
      for (let i = start; i < Math.min(prefixes, start + 5000); i++) {
        rows.push({
          tariffId: tariff.id,
          prefix: String(100000 + i * 7),
          destination: `Destination ${i % 500}`,
          rateMicros: BigInt(10_000 + (i % 9000)),
          connectFeeMicros: 0n,
          initialIncrement: 60,
          increment: 60,
        });
      }
      await em.insertMany(Rate, rows);
    }
  } finally {
    await db.close();
  }
}

export async function run(): Promise<Row> {
  const dir = tempDir();
  const database = `sqlite:${join(dir, 'bench.db')}`;
  await seedUsers(database, 100_000);
  await seedDeck(database, 100_000);
  const sb = await startSwitchboard(writeConfig(dir, `database: ${database}`));
  try {
    await new Promise((r) => setTimeout(r, 1000));
    const rss = sb.peakRss();
    const ok = sb.readyMs <= 2000 && rss <= 300 * 1048576;
    return {
      scenario: 'start with 100k users, 100k-prefix deck',
      switchboard: `ready in ${fixed(sb.readyMs)} ms`,
      baseline: '—',
      ratio: '—',
      target: 'ready ≤ 2 s; RSS ≤ 300 MB',
      met: ok ? 'yes' : 'no',
      peakMemory: mb(rss),
      note: 'time from spawning `switchboard serve` to its listening line (includes Node start and migrations check)',
    };
  } finally {
    await sb.stop();
  }
}
