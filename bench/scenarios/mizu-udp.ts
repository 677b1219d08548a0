/** Mizu v2 `balance` over UDP, against a bare node:dgram echo. */
import { join } from 'node:path';
import { startBaseline, startSwitchboard, tempDir, writeConfig } from '../lib/processes.ts';
import { seedUsers } from '../lib/seed.ts';
import { fixed, mb, type Row } from '../lib/table.ts';
import { udpLoad } from '../lib/udp-load.ts';
import { balancePaths } from './mizu-balance.ts';

export async function run(seconds: number): Promise<Row> {
  const dir = tempDir();
  const database = `sqlite:${join(dir, 'bench.db')}`;
  await seedUsers(database, 1000);
  const sb = await startSwitchboard(
    writeConfig(dir, `database: ${database}\nglobals: { apiv2key: benchkey, apiv2md5salt: benchsalt }`),
  );
  const base = await startBaseline('udp-echo.ts');
  try {
    const payloads = balancePaths(1000).map((p) => Buffer.from(p));
    await udpLoad(sb.port, payloads, { inFlight: 32, seconds: 1 });
    const ours = await udpLoad(sb.port, payloads, { inFlight: 32, seconds });
    const theirs = await udpLoad(base.port, payloads, { inFlight: 32, seconds });
    const ratio = ours.rtps / theirs.rtps;
    return {
      scenario: 'Mizu v2 balance over UDP',
      switchboard: `${fixed(ours.rtps)} rt/s`,
      baseline: `${fixed(theirs.rtps)} rt/s`,
      ratio: fixed(ratio, 2),
      target: '≥ 0.5 round trips/s',
      met: ratio >= 0.5 ? 'yes' : 'no',
      peakMemory: mb(sb.peakRss()),
      note: ours.lost ? `${ours.lost} datagrams unanswered` : undefined,
    };
  } finally {
    await sb.stop();
    await base.stop();
  }
}
