/** Mizu v2 `balance` with authmd5 for 10,000 users over 50 connections, against a bare node:http hello world. */
import { join } from 'node:path';
import { mizuV2AuthMd5 } from '../../src/clients/mizu-auth.ts';
import { hasCommand, startBaseline, startSwitchboard, tempDir, writeConfig } from '../lib/processes.ts';
import { seedUsers } from '../lib/seed.ts';
import { fixed, mb, skipped, type Row } from '../lib/table.ts';
import { wrk } from '../lib/wrk.ts';

const USERS = 10_000;
const TARGET = '≥ 0.6 req/s, p99 ≤ 2×';

export function balancePaths(count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const salt = `s${i}`;
    return `/mvapireq/?apientry=balance&authkey=benchkey&authid=user${i}&authsalt1=${salt}&authmd5=${mizuV2AuthMd5(`user${i}`, `pw-${i}`, 'benchsalt', salt)}`;
  });
}

/** workers > 1: `serve --workers N` with Redis for the shared state (the Kamailio JSON-RPC baseline is not in the suite yet). */
export async function run(seconds: number, workers = 1): Promise<Row> {
  const scenario = `Mizu v2 balance, authmd5, 50 conn, 10k users${workers > 1 ? `, --workers ${workers}` : ''}`;
  if (!hasCommand('wrk')) return skipped(scenario, TARGET, 'wrk is not installed (apt-get install wrk)');
  const dir = tempDir();
  const database = `sqlite:${join(dir, 'bench.db')}`;
  await seedUsers(database, USERS);
  const redis = workers > 1 ? `\nredis: { url: "redis://127.0.0.1:6379", prefix: "bench-${process.pid}:" }` : '';
  const sb = await startSwitchboard(writeConfig(dir, `database: ${database}\nglobals: { apiv2key: benchkey, apiv2md5salt: benchsalt, httpstrictresponse: 1 }${redis}`), workers > 1 ? ['--workers', String(workers)] : []);
  const base = await startBaseline('http-hello.ts');
  try {
    const paths = balancePaths(USERS);
    wrk(dir, sb.port, paths, { connections: 50, seconds: 2 });
    const ours = wrk(dir, sb.port, paths, { connections: 50, seconds });
    const theirs = wrk(dir, base.port, paths, { connections: 50, seconds });
    const ok = ours.failures === 0;
    const ratio = ours.rps / theirs.rps;
    const p99 = ours.p99ms / theirs.p99ms;
    return {
      scenario, switchboard: `${fixed(ours.rps)} req/s, p99 ${fixed(ours.p99ms, 1)} ms`, baseline: `${fixed(theirs.rps)} req/s, p99 ${fixed(theirs.p99ms, 1)} ms`,
      ratio: `${fixed(ratio, 2)}, p99 ${fixed(p99, 1)}×`, target: TARGET, met: ok && ratio >= 0.6 && p99 <= 2 ? 'yes' : 'no', peakMemory: mb(sb.peakRss()),
      note: ok ? undefined : `${ours.failures} failed requests`,
    };
  } finally {
    await sb.stop();
    await base.stop();
  }
}
