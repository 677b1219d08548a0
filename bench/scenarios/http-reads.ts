/**
 * Read paths of each dialect over HTTP, against a bare node:http hello world: Mizu v2 `rating` on a 100,000-prefix
 * deck, miniSIPServer `localuser/query`, and the MOR main page for a user with 10,000 CDRs.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { mizuV2AuthMd5 } from '../../src/protocol/digests.ts';
import { openDatabase } from '../../src/persistence/database.ts';
import { Cdr } from '../../src/persistence/entities/cdr.ts';
import { hasCommand, startBaseline, startSwitchboard, tempDir, writeConfig } from '../lib/processes.ts';
import { seedUsers } from '../lib/seed.ts';
import { fixed, mb, skipped, type Row } from '../lib/table.ts';
import { wrk } from '../lib/wrk.ts';
import { seedDeck } from './startup.ts';

interface Read {
  scenario: string;
  target: number;
  paths: string[];
}

async function seedCdrs(url: string, userId: number, count: number): Promise<void> {
  const db = await openDatabase(url);
  try {
    const em = db.em();
    const now = Date.now();
    for (let start = 0; start < count; start += 2000) {
      const rows = [];
      for (let i = start; i < Math.min(count, start + 2000); i++) {
        const started = new Date(now - i * 600_000);
        const connected = i % 3 !== 0;
        rows.push({
          userId,
          caller: 'user0',
          called: `3630${1000000 + i}`,
          direction: 'out',
          startedAt: started,
          connectedAt: connected ? started : null,
          endedAt: new Date(started.getTime() + 60_000),
          duration: connected ? 60 : 0,
          costMicros: connected ? 50_000n : 0n,
          priceMicros: 0n,
          currency: 'USD',
          disconnectCause: connected ? 16 : 19,
          sipCallId: `bench-${i}`,
          prefix: '3630',
          destination: 'Hungary',
          processed: false,
        });
      }
      await em.insertMany(Cdr, rows);
    }
  } finally {
    await db.close();
  }
}

export async function run(seconds: number, which: 'rating' | 'minisip' | 'mor'): Promise<Row> {
  const names = {
    rating: 'Mizu v2 rating, 100k-prefix deck',
    minisip: 'miniSIPServer localuser/query',
    mor: 'MOR callc/main, 10k CDRs',
  };
  const target = which === 'mor' ? 0.3 : 0.6;
  if (!hasCommand('wrk'))
    return skipped(names[which], `≥ ${target} req/s`, 'wrk is not installed (apt-get install wrk)');
  const dir = tempDir();
  const database = `sqlite:${join(dir, 'bench.db')}`;
  await seedUsers(database, 1000);
  const read: Read = { scenario: names[which], target, paths: [] };
  if (which === 'rating') {
    await seedDeck(database, 100_000);
    read.paths = Array.from(
      { length: 1000 },
      (_, i) =>
        `/mvapireq/?apientry=rating&authkey=benchkey&authid=user${i}&authsalt1=s&authmd5=${mizuV2AuthMd5(`user${i}`, `pw-${i}`, 'benchsalt', 's')}&bnum=${100000 + ((i * 97) % 100_000) * 7}55`,
    );
  } else if (which === 'minisip') {
    read.paths = Array.from(
      { length: 1000 },
      (_, i) =>
        `/openapi/localuser/query?${encodeURIComponent(JSON.stringify({ syskey: '1234', usrname: `user${i}` }))}`,
    );
  } else {
    await seedCdrs(database, 1, 10_000);
    const hash = createHash('sha1')
      .update('1' + 'bench-mor-secret')
      .digest('hex');
    read.paths = [`/billing/callc/main?user_id=1&hash=${hash}`];
  }
  const sb = await startSwitchboard(
    writeConfig(
      dir,
      [
        `database: ${database}`,
        'globals: { apiv2key: benchkey, apiv2md5salt: benchsalt, httpstrictresponse: 1 }',
        'minisip: { syskey: "1234" }',
        'mor: { apiSecretKey: bench-mor-secret }',
      ].join('\n'),
    ),
  );
  const base = await startBaseline('http-hello.ts');
  try {
    wrk(dir, sb.port, read.paths, { connections: 50, seconds: 2 });
    const ours = wrk(dir, sb.port, read.paths, { connections: 50, seconds });
    const theirs = wrk(dir, base.port, read.paths, { connections: 50, seconds });
    const ratio = ours.rps / theirs.rps;
    return {
      scenario: read.scenario,
      switchboard: `${fixed(ours.rps)} req/s, p99 ${fixed(ours.p99ms, 1)} ms`,
      baseline: `${fixed(theirs.rps)} req/s`,
      ratio: fixed(ratio, 2),
      target: `≥ ${read.target} req/s`,
      met: ours.failures === 0 && ratio >= read.target ? 'yes' : 'no',
      peakMemory: mb(sb.peakRss()),
      note: ours.failures ? `${ours.failures} failed requests` : undefined,
    };
  } finally {
    await sb.stop();
    await base.stop();
  }
}
