/** Kamailio baselines (Debian's package) from bench/baselines/kamailio-*.cfg, on loopback, one run dir per start. */
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { commandPath, freePort, ROOT, startOnPort, type Running } from './processes.ts';

export const JSONRPC_PATH = '/RPC';
export const CORE_UPTIME = JSON.stringify({ jsonrpc: '2.0', method: 'core.uptime', id: 1 });

export const KAMAILIO_MISSING = 'kamailio is not installed (apt-get install kamailio)';

/**
 * Kamailio's JSON-RPC server over HTTP with `workers` TCP workers, run under `dir`, ready once it answers
 * `core.uptime`.
 */
export async function startKamailioJsonRpc(dir: string, workers: number): Promise<Running> {
  const binary = commandPath('kamailio');
  if (!binary) throw new Error(KAMAILIO_MISSING);
  const port = await freePort();
  const runDir = mkdtempSync(join(dir, 'kamailio-'));
  const args = [
    '-f',
    join(ROOT, 'bench', 'baselines', 'kamailio-jsonrpc.cfg'),
    '-A',
    `BENCH_PORT=${port}`,
    '-A',
    `BENCH_WORKERS=${workers}`,
    // Foreground, logs on stderr, runtime files and working directory inside the bench temp dir.
    '-DD',
    '-E',
    '-Y',
    runDir,
    '-w',
    runDir,
  ];
  return startOnPort(binary, args, port, () => answersUptime(port));
}

async function answersUptime(port: number): Promise<boolean> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}${JSONRPC_PATH}`, {
      method: 'POST',
      body: CORE_UPTIME,
      signal: AbortSignal.timeout(1000),
    });
    const answer = (await res.json()) as { result?: { uptime?: number } };
    return res.ok && typeof answer.result?.uptime === 'number';
  } catch {
    return false;
  }
}
