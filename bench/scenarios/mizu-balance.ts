/**
 * Mizu v2 `balance` with authmd5 for 10,000 users over 50 connections. One process: against a bare node:http hello
 * world. `serve --workers N` (Redis for the shared state): against Kamailio's JSON-RPC `core.uptime` over HTTP with as
 * many workers, the node:http figure kept in the note.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mizuV2AuthMd5 } from '../../src/protocol/digests.ts';
import { CORE_UPTIME, JSONRPC_PATH, KAMAILIO_MISSING, startKamailioJsonRpc } from '../lib/kamailio.ts';
import {
  cpuSeconds,
  hasCommand,
  startBaseline,
  startSwitchboard,
  tempDir,
  writeConfig,
  type Running,
} from '../lib/processes.ts';
import { seedUsers } from '../lib/seed.ts';
import { fixed, mb, skipped, type Row } from '../lib/table.ts';
import { wrk, WRK_MISSING, type LoadResult } from '../lib/wrk.ts';

const USERS = 10_000;
const CONNECTIONS = 50;
const TARGET = '≥ 0.6 req/s, p99 ≤ 2×';
const WORKERS_TARGET = '≥ 1.0 req/s vs Kamailio';

export function balancePaths(count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const salt = `s${i}`;
    return `/mvapireq/?apientry=balance&authkey=benchkey&authid=user${i}&authsalt1=${salt}&authmd5=${mizuV2AuthMd5(`user${i}`, `pw-${i}`, 'benchsalt', salt)}`;
  });
}

/**
 * `defaultConfig`: the server as users run it, logging at the default level (info, one JSON line per request to
 * stdout, here a file) with only the rate limits raised; otherwise at warn, as tuned for the benchmark.
 */
export async function run(seconds: number, workers = 1, defaultConfig = false): Promise<Row> {
  const scenario = `Mizu v2 balance, authmd5, 50 conn, 10k users${workers > 1 ? `, --workers ${workers}` : ''}${defaultConfig ? ', default config (log level info)' : ''}`;
  const target = workers > 1 ? WORKERS_TARGET : TARGET;
  if (!hasCommand('wrk')) return skipped(scenario, target, WRK_MISSING);
  if (workers > 1 && !hasCommand('kamailio')) return skipped(scenario, target, KAMAILIO_MISSING);
  const dir = tempDir();
  const database = `sqlite:${join(dir, 'bench.db')}`;
  await seedUsers(database, USERS);
  const redis = workers > 1 ? `\nredis: { url: "redis://127.0.0.1:6379", prefix: "bench-${process.pid}:" }` : '';
  const logFile = join(dir, 'stdout.log');
  const config = writeConfig(
    dir,
    `database: ${database}\nglobals: { apiv2key: benchkey, apiv2md5salt: benchsalt, httpstrictresponse: 1 }${redis}`,
    { defaultLog: defaultConfig },
  );
  const sb = await startSwitchboard(
    config,
    workers > 1 ? ['--workers', String(workers)] : [],
    defaultConfig ? { stdoutFile: logFile } : {},
  );
  try {
    const paths = balancePaths(USERS);
    const load = { connections: CONNECTIONS, seconds };
    wrk(dir, sb.port, paths, { ...load, seconds: 2 });
    const cpuBefore = cpuSeconds(sb.child.pid);
    const ours = wrk(dir, sb.port, paths, load);
    const cpuUs = ((cpuSeconds(sb.child.pid) - cpuBefore) * 1e6) / ours.requests;
    const hello = await measure(startBaseline('http-hello.ts'), (port) => wrk(dir, port, paths, load));
    const row = {
      scenario,
      switchboard: `${fixed(ours.rps)} req/s, p99 ${fixed(ours.p99ms, 1)} ms`,
      target,
      peakMemory: mb(sb.peakRss()),
    };
    if (workers > 1) {
      const kamailio = await measure(startKamailioJsonRpc(dir, workers), (port) =>
        wrk(dir, port, [JSONRPC_PATH], { ...load, jsonBody: CORE_UPTIME }),
      );
      return { ...row, ...againstKamailio(ours, kamailio, hello, workers) };
    }
    const compared = againstHello(ours, hello);
    const cpu = `server CPU ${fixed(cpuUs, 1)} µs a request`;
    if (!defaultConfig) return { ...row, ...compared, note: [cpu, compared.note].filter(Boolean).join('; ') };
    await sb.stop();
    const logged = `${fixed(requestLines(logFile))} request log lines on stdout (a file) for ${fixed(ours.requests)} requests measured and the warm-up`;
    return { ...row, ...compared, note: [cpu, logged, compared.note].filter(Boolean).join('; ') };
  } finally {
    await sb.stop();
  }
}

/** Request lines the server wrote to its stdout: proof that the default row did log every request. */
function requestLines(file: string): number {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.includes('"msg":"request"')).length;
}

/** Starts a baseline, loads it, stops it: only one baseline runs beside Switchboard at a time. */
async function measure(starting: Promise<Running>, load: (port: number) => LoadResult): Promise<LoadResult> {
  const baseline = await starting;
  try {
    return load(baseline.port);
  } finally {
    await baseline.stop();
  }
}

type Comparison = Pick<Row, 'baseline' | 'ratio' | 'met' | 'note'>;

function againstHello(ours: LoadResult, hello: LoadResult): Comparison {
  const ratio = ours.rps / hello.rps;
  const p99 = ours.p99ms / hello.p99ms;
  return {
    baseline: `${fixed(hello.rps)} req/s, p99 ${fixed(hello.p99ms, 1)} ms`,
    ratio: `${fixed(ratio, 2)}, p99 ${fixed(p99, 1)}×`,
    met: ours.failures === 0 && ratio >= 0.6 && p99 <= 2 ? 'yes' : 'no',
    note: failuresNote(ours, 'failed requests'),
  };
}

function againstKamailio(ours: LoadResult, kamailio: LoadResult, hello: LoadResult, workers: number): Comparison {
  const ratio = ours.rps / kamailio.rps;
  return {
    baseline: `${fixed(kamailio.rps)} req/s, p99 ${fixed(kamailio.p99ms, 1)} ms`,
    ratio: fixed(ratio, 2),
    met: ours.failures === 0 && kamailio.failures === 0 && ratio >= 1 ? 'yes' : 'no',
    note: [
      `baseline: Kamailio JSON-RPC core.uptime over HTTP POST, tcp_children ${workers} (bench/baselines/kamailio-jsonrpc.cfg); node:http hello ${fixed(hello.rps)} req/s, ratio ${fixed(ours.rps / hello.rps, 2)}`,
      failuresNote(ours, 'failed requests'),
      failuresNote(kamailio, 'failed Kamailio requests'),
    ]
      .filter(Boolean)
      .join('; '),
  };
}

function failuresNote(load: LoadResult, what: string): string | undefined {
  return load.failures ? `${load.failures} ${what}` : undefined;
}
