/** Kamailio baselines (Debian's package) from bench/baselines/kamailio-*.cfg, on loopback, one run dir per start. */
import { createSocket } from 'node:dgram';
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
export function startKamailioJsonRpc(dir: string, workers: number): Promise<Running> {
  return startKamailio(dir, 'kamailio-jsonrpc.cfg', { BENCH_WORKERS: String(workers) }, answersUptime);
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

/**
 * Kamailio's registrar (bench/baselines/kamailio-register.cfg) on a free loopback UDP port, without authentication or
 * with the same digest flow as Switchboard's, ready once it answers an OPTIONS (405 from its route).
 */
export function startKamailioRegistrar(dir: string, { digest = false } = {}): Promise<Running> {
  return startKamailio(dir, 'kamailio-register.cfg', digest ? { BENCH_AUTH: '' } : {}, answersSip);
}

/**
 * Kamailio with bench/baselines/<config> on a free port (-A BENCH_PORT=N and the other defines), in the foreground
 * with logs on stderr, its runtime files and working directory in a run dir of its own under `dir`.
 */
async function startKamailio(
  dir: string,
  config: string,
  defines: Record<string, string>,
  ready: (port: number) => Promise<boolean>,
): Promise<Running> {
  const binary = commandPath('kamailio');
  if (!binary) throw new Error(KAMAILIO_MISSING);
  const port = await freePort();
  const runDir = mkdtempSync(join(dir, 'kamailio-'));
  const defineArgs = Object.entries({ BENCH_PORT: String(port), ...defines }).flatMap(([k, v]) => [
    '-A',
    v === '' ? k : `${k}=${v}`,
  ]);
  const args = ['-f', join(ROOT, 'bench', 'baselines', config), ...defineArgs, '-DD', '-E', '-Y', runDir, '-w', runDir];
  return startOnPort(binary, args, port, () => ready(port));
}

/** Whether anything answers a SIP OPTIONS over UDP on port within half a second. */
export function answersSip(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createSocket('udp4');
    const done = (up: boolean) => {
      clearTimeout(timer);
      socket.close();
      resolve(up);
    };
    const timer = setTimeout(() => done(false), 500);
    socket.once('message', (m) => done(m.toString('latin1').startsWith('SIP/2.0 ')));
    socket.once('error', () => done(false));
    socket.bind(0, '127.0.0.1', () => {
      const { port: local } = socket.address();
      const options = [
        `OPTIONS sip:127.0.0.1:${port} SIP/2.0`,
        `Via: SIP/2.0/UDP 127.0.0.1:${local};branch=z9hG4bK-ready-${Date.now()}`,
        'Max-Forwards: 70',
        `From: <sip:bench@127.0.0.1>;tag=ready`,
        `To: <sip:127.0.0.1:${port}>`,
        `Call-ID: ready-${Date.now()}@127.0.0.1`,
        'CSeq: 1 OPTIONS',
        'Content-Length: 0',
        '',
        '',
      ].join('\r\n');
      socket.send(options, port, '127.0.0.1');
    });
  });
}
