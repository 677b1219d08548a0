/** Child processes for benchmarks: a Switchboard started through its command line, and baselines, with peak RSS sampled. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

export function writeConfig(dir: string, extra: string): string {
  const file = join(dir, 'switchboard.yaml');
  writeFileSync(file, [
    'listen: { host: 127.0.0.1, port: 0 }',
    `dataDir: ${dir}`,
    'secretKey: "bench-secret-key-0123456789"',
    'admin: { username: admin, password: "bench-admin-pw" }',
    'log: { level: warn }',
    'limits: { perUser: 100000000, perIp: 100000000, global: 100000000, windowSeconds: 1 }',
    extra,
  ].join('\n'));
  return file;
}

/** Starts `switchboard serve` and waits for its listening line. */
export function startSwitchboard(config: string, args: string[] = []): Promise<Running & { readyMs: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'switchboard.js'), 'serve', '--config', config, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  return waitForPort(child, /listening on [^:]+:(\d+)/).then((port) => ({ ...track(child, port), readyMs: performance.now() - started }));
}

/** Starts a baseline script (bench/baselines/*.ts) that prints "listening PORT". */
export function startBaseline(script: string): Promise<Running> {
  const child = spawn(process.execPath, [join(ROOT, 'bench', 'baselines', script)], { stdio: ['ignore', 'pipe', 'pipe'] });
  return waitForPort(child, /listening (\d+)/).then((port) => track(child, port));
}

function waitForPort(child: ChildProcess, pattern: RegExp): Promise<number> {
  return new Promise((resolve, reject) => {
    let text = '';
    const onData = (d: Buffer) => {
      text += d.toString();
      const m = pattern.exec(text);
      if (m) resolve(Number(m[1]));
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited with ${code} before listening: ${text.slice(-500)}`)));
    setTimeout(() => reject(new Error(`not listening after 60 s: ${text.slice(-500)}`)), 60_000).unref();
  });
}

function track(child: ChildProcess, port: number): Running {
  let peak = 0;
  const sample = () => { peak = Math.max(peak, rssOf(child.pid)); };
  const timer = setInterval(sample, 100);
  sample();
  return {
    child, port,
    peakRss: () => { sample(); return peak; },
    stop: () => new Promise((resolve) => {
      clearInterval(timer);
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
    }),
  };
}

export function rssOf(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

export function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}
