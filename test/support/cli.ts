/**
 * The real `switchboard` command line in child processes, for end-to-end tests: temp config files, a server
 * started with `serve --config FILE` whose port is read from its "listening" line, stopped with SIGTERM.
 * Every child and temp folder is remembered so `cleanupCli()` (afterAll/afterEach) removes them whatever happened.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { stringify } from 'yaml';
import { onFreshDatabase, type OnFreshDatabase, type TestDatabase } from './databases.ts';
import { ADMIN, SECRET_KEY, startTestServer, type TestServer } from './server.ts';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(REPO_ROOT, 'bin', 'switchboard.js');
/** "Switchboard listening on 127.0.0.1:PORT (…)": printed on stderr once requests are accepted. */
const LISTENING = /^Switchboard listening on \S+:(\d+) /m;
const START_TIMEOUT_MS = 20_000;
const STOP_TIMEOUT_MS = 15_000;

const children = new Set<ChildProcess>();
const folders = new Set<string>();
// Last resort: a worker that dies without running afterAll must not leave servers behind.
process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Rejects with `what` when promise has not settled within ms. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no result within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Resolves once check holds, asking every 50 ms; rejects naming `what` when it has not within ms. */
export async function until(check: () => boolean | Promise<boolean>, what: string, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A loopback port nothing listens on now, for what cannot take port 0 (a config's tls.port, a redis-server). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

export function tempFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-cli-'));
  folders.add(dir);
  return dir;
}

/**
 * Writes a config file in a fresh temp folder: an ephemeral loopback port, the test admin and secret key, warn-level
 * logs, SQLite in that folder — each overridable by `settings` (top-level keys, replaced whole).
 */
export function writeConfig(settings: Record<string, unknown> = {}): string {
  const dir = tempFolder();
  const config = {
    listen: { host: '127.0.0.1', port: 0 },
    database: `sqlite:${join(dir, 'switchboard.db')}`,
    dataDir: join(dir, 'data'),
    secretKey: SECRET_KEY,
    admin: ADMIN,
    log: { level: 'warn' },
    // Off: parallel servers would all ask for 5060.
    sip: { port: 0 },
    ...settings,
  };
  return writeConfigText(stringify(config), dir);
}

/** Writes text as it is (for broken config files). */
export function writeConfigText(text: string, dir = tempFolder()): string {
  const file = join(dir, 'switchboard.yaml');
  writeFileSync(file, text);
  return file;
}

interface Spawned {
  child: ChildProcess;
  output: { stdout: string; stderr: string };
  exited: Promise<Exit>;
}

function spawnCli(args: string[]): Spawned {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  children.add(child);
  const output = { stdout: '', stderr: '' };
  child.stdout!.setEncoding('utf8').on('data', (d: string) => {
    output.stdout += d;
  });
  child.stderr!.setEncoding('utf8').on('data', (d: string) => {
    output.stderr += d;
  });
  const exited = new Promise<Exit>((resolve) => {
    // 'close', not 'exit': by then stdout and stderr are read to the end.
    child.once('close', (code, signal) => {
      children.delete(child);
      resolve({ code, signal, ...output });
    });
  });
  return { child, output, exited };
}

/** Runs a command to its end (`migrate`, or `serve` expected to fail); killed after timeoutMs. */
export async function runCli(args: string[], timeoutMs = START_TIMEOUT_MS): Promise<Exit> {
  const { child, exited } = spawnCli(args);
  try {
    return await within(exited, timeoutMs, `switchboard ${args.join(' ')}`);
  } finally {
    if (children.has(child)) child.kill('SIGKILL');
  }
}

export interface CliServer {
  port: number;
  baseUrl: string;
  pid: number;
  /** What the process wrote so far. */
  output: { stdout: string; stderr: string };
  /**
   * Sends SIGTERM (or the signal given) now; resolves with the exit once the process is gone (SIGKILL and a rejection
   * after timeoutMs).
   */
  stop(timeoutMs?: number, signal?: 'SIGTERM' | 'SIGINT'): Promise<Exit>;
}

/**
 * `switchboard serve --config FILE`, resolved once it prints its listening line; rejected with its stderr if it exits
 * first.
 */
export async function startCli(
  configFile: string,
  timeoutMs = START_TIMEOUT_MS,
  extraArgs: string[] = [],
): Promise<CliServer> {
  const { child, output, exited } = spawnCli(['serve', '--config', configFile, ...extraArgs]);
  const listening = new Promise<number>((resolve, reject) => {
    const look = () => {
      const m = LISTENING.exec(output.stderr);
      if (m) resolve(Number(m[1]));
    };
    child.stderr!.on('data', look);
    void exited.then((exit) =>
      reject(new Error(`switchboard serve exited (${exit.code ?? exit.signal}) before listening:\n${exit.stderr}`)),
    );
  });
  let port: number;
  try {
    port = await within(listening, timeoutMs, `switchboard serve --config ${configFile} listening`);
  } catch (e) {
    child.kill('SIGKILL');
    throw e;
  }
  let stopping: Promise<Exit> | undefined;
  return {
    port,
    baseUrl: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    output,
    stop(stopTimeoutMs = STOP_TIMEOUT_MS, signal = 'SIGTERM') {
      stopping ??= (async () => {
        child.kill(signal);
        try {
          return await within(exited, stopTimeoutMs, `switchboard serve (pid ${child.pid}) exit after ${signal}`);
        } catch (e) {
          child.kill('SIGKILL');
          throw e;
        }
      })();
      return stopping;
    },
  };
}

/** Kills every child still running (SIGKILL) and removes the temp folders. */
export async function cleanupCli(): Promise<void> {
  const running = [...children];
  for (const child of running) child.kill('SIGKILL');
  await within(
    Promise.all(
      running.map(
        (child) =>
          new Promise((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) resolve(undefined);
            else child.once('exit', resolve);
          }),
      ),
    ),
    5_000,
    'killed children exiting',
  ).catch(() => {});
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  folders.clear();
}

/** Stops servers started here (each must exit 0), then removes their files and whatever else the test made. */
export async function stopCli(
  servers: (CliServer | undefined)[],
  ...cleanups: (() => Promise<unknown>)[]
): Promise<void> {
  try {
    const exits = await Promise.all(servers.map((server) => server?.stop()));
    for (const exit of exits) if (exit) expect(exit.code, exit.stderr).toBe(0);
  } finally {
    await cleanupCli();
    for (const cleanup of cleanups) await cleanup();
  }
}

/**
 * A running server with one user, and what the command line needs beside it: a config for the same database, and a
 * folder for input files.
 */
export type BesideServer = OnFreshDatabase<{ sb: TestServer; config: string; dir: string }>;

export function startBesideServer(
  open: () => Promise<TestDatabase>,
  user: { username: string; password: string },
): Promise<BesideServer> {
  return onFreshDatabase(open, async (db, undo) => {
    const sb = await startTestServer(db);
    undo(() => sb.stop());
    await sb.server.services.accounts.create(sb.server.services.db.em(), user, { name: 'test', requestId: 'setup' });
    return { sb, config: writeConfig({ database: db.url }), dir: tempFolder() };
  });
}
