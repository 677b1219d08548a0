/**
 * Child processes for benchmarks: a Switchboard started through its command line, and baselines, with peak RSS sampled.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

export interface Running {
  child: ChildProcess;
  port: number;
  /** Peak resident memory seen so far, bytes (sampled from /proc). */
  peakRss(): number;
  stop(): Promise<void>;
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'switchboard-bench-'));
}

/**
 * A config for a benchmark: rate limits raised (one user at full speed would hit them) and, unless `defaultLog`, logs
 * at warn (no line per request). With `defaultLog` the log level is the default, info: one line per request.
 */
export function writeConfig(dir: string, extra: string, { defaultLog = false } = {}): string {
  const file = join(dir, 'switchboard.yaml');
  writeFileSync(
    file,
    [
      'listen: { host: 127.0.0.1, port: 0 }',
      `dataDir: ${dir}`,
      'secretKey: "bench-secret-key-0123456789"',
      'admin: { username: admin, password: "bench-admin-pw" }',
      ...(defaultLog ? [] : ['log: { level: warn }']),
      'limits: { perUser: 100000000, perIp: 100000000, global: 100000000, windowSeconds: 1 }',
      extra,
    ].join('\n'),
  );
  return file;
}

/**
 * Starts `switchboard serve` and waits for its listening line. Its stdout (the JSON log lines) is dropped, or written
 * to `stdoutFile` (not to a pipe: the bench's own event loop waits on wrk and would not read one).
 */
export function startSwitchboard(
  config: string,
  args: string[] = [],
  { stdoutFile }: { stdoutFile?: string } = {},
): Promise<Running & { readyMs: number }> {
  const started = performance.now();
  const stdout = stdoutFile === undefined ? 'ignore' : openSync(stdoutFile, 'a');
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'switchboard.js'), 'serve', '--config', config, ...args], {
    cwd: ROOT,
    stdio: ['ignore', stdout, 'pipe'],
  });
  if (typeof stdout === 'number') closeSync(stdout);
  return waitForPort(child, /listening on [^:]+:(\d+)/).then((port) => ({
    ...track(child, port),
    readyMs: performance.now() - started,
  }));
}

/** Starts a baseline script (bench/baselines/*.ts) that prints "listening PORT". */
export function startBaseline(script: string): Promise<Running> {
  const child = spawn(process.execPath, [join(ROOT, 'bench', 'baselines', script)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return waitForPort(child, /listening (\d+)/).then((port) => track(child, port));
}

/**
 * Starts a server that does not print its port (Kamailio): on `port`, chosen beforehand, ready once `answers()` is
 * true.
 */
export function startOnPort(
  command: string,
  args: string[],
  port: number,
  answers: () => Promise<boolean>,
): Promise<Running> {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  return untilReady(child, async ({ exited }) => {
    while (!exited() && !(await answers())) await new Promise((r) => setTimeout(r, 100));
    return port;
  }).then((ready) => track(child, ready));
}

/** A TCP port free on loopback right now, for a server that cannot listen on port 0 and say which port it got. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function waitForPort(child: ChildProcess, pattern: RegExp): Promise<number> {
  return untilReady(
    child,
    ({ output, onOutput }) =>
      new Promise((resolve) =>
        onOutput(() => {
          const m = pattern.exec(output());
          if (m) resolve(Number(m[1]));
        }),
      ),
  );
}

interface Starting {
  /** Everything the child printed so far (stdout and stderr). */
  output(): string;
  onOutput(listener: (chunk: Buffer) => void): void;
  exited(): boolean;
}

/**
 * The port `ready` finds, or an error with the end of the child's output if it exits first or is not ready after
 * 60 s (then it is stopped, so no server outlives a failed start). Its output stays drained: a full pipe would block
 * it.
 */
function untilReady(child: ChildProcess, ready: (starting: Starting) => Promise<number>): Promise<number> {
  let text = '';
  let settled = false;
  const onOutput = (listener: (chunk: Buffer) => void) => {
    child.stdout?.on('data', listener);
    child.stderr?.on('data', listener);
  };
  // Registered first, so `output()` already holds a chunk when the other listeners see it.
  onOutput((chunk) => {
    if (!settled) text += chunk.toString();
  });
  const failed = new Promise<never>((_, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => reject(new Error(`exited with ${code ?? signal} before it was ready`)));
    setTimeout(() => reject(new Error('not ready after 60 s')), 60_000).unref();
  });
  return Promise.race([ready({ output: () => text, onOutput, exited: () => hasExited(child) }), failed]).then(
    (port) => {
      settled = true;
      return port;
    },
    (e: Error) => {
      settled = true;
      child.kill('SIGTERM');
      throw new Error(`${e.message}: ${text.slice(-500)}`);
    },
  );
}

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function track(child: ChildProcess, port: number): Running {
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, rssOf(child.pid));
  };
  const timer = setInterval(sample, 100);
  sample();
  return {
    child,
    port,
    peakRss: () => {
      sample();
      return peak;
    },
    stop: () =>
      new Promise((resolve) => {
        clearInterval(timer);
        if (hasExited(child)) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
      }),
  };
}

/** Resident memory of a process and all its descendants (cluster workers, Kamailio's children), bytes. */
export function rssOf(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return (m ? Number(m[1]) * 1024 : 0) + childrenOf(pid).reduce((sum, child) => sum + rssOf(child), 0);
  } catch {
    return 0;
  }
}

/** CPU time (user + system) a process and its descendants have used so far, seconds (/proc, at 100 ticks a second). */
export function cpuSeconds(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
      .replace(/^.*\) /, '')
      .split(' ');
    // After "pid (comm) ": state is field 3, utime 14 and stime 15 (1-based), so indexes 11 and 12 here.
    return (
      (Number(fields[11]) + Number(fields[12])) / 100 +
      childrenOf(pid).reduce((sum, child) => sum + cpuSeconds(child), 0)
    );
  } catch {
    return 0;
  }
}

function childrenOf(pid: number): number[] {
  return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
}

/** Where a command is installed: on PATH, or in the sbin directories a non-root PATH often lacks (kamailio). */
export function commandPath(name: string): string | undefined {
  const found = spawnSync('sh', ['-c', `PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin" command -v ${name}`], {
    encoding: 'utf8',
  });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

export function hasCommand(name: string): boolean {
  return commandPath(name) !== undefined;
}
