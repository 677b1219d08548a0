/**
 * Runs a SIPp scenario of this folder as a child process (never spawnSync: the server under test answers from this
 * same process), with its injection file of users, and answers its exit code and its -trace_msg/-trace_err files.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SCENARIOS = import.meta.dirname;

export interface SippUser {
  username: string;
  password: string;
}

export interface SippRun {
  /** 0: every call succeeded; 1: at least one failed; other: SIPp itself failed (see errors). */
  code: number;
  /** Every message sent and received (-trace_msg). */
  messages: string;
  /** Unexpected messages and failures (-trace_err). */
  errors: string;
  stderr: string;
}

export interface SippOptions {
  scenario: 'register.xml' | 'register-bad.xml' | 'unregister.xml' | 'register-noauth.xml';
  host?: string;
  port: number;
  transport: 'udp' | 'tcp';
  users: SippUser[];
  /** SIPp's own port: the Contact it registers, so a later unregister names the same contact. */
  localPort: number;
  /** Where the injection file and the traces go. */
  dir: string;
  /** Calls to make (-m); default one per user; 0: no limit, until the timeout (a load). */
  calls?: number;
  /** SIPp stops then; a run still going is a failure unless it is a load (calls 0). */
  timeoutSeconds?: number;
  /** Extra arguments (a call rate for the benchmark). */
  extra?: string[];
}

/**
 * The injection file: [field0] the user, [field1] its [authentication] keyword (SIPp reads keywords inside injected
 * fields, not fields inside the keyword).
 */
export function injectionFile(dir: string, users: SippUser[], name = 'users.csv'): string {
  const file = join(dir, name);
  writeFileSync(
    file,
    `SEQUENTIAL\n${users.map((u) => `${u.username};[authentication username=${u.username} password=${u.password}];\n`).join('')}`,
  );
  return file;
}

export function sippArgs(o: SippOptions): string[] {
  const tag = `${o.scenario.replace('.xml', '')}-${o.localPort}`;
  return [
    `${o.host ?? '127.0.0.1'}:${o.port}`,
    '-sf',
    join(SCENARIOS, o.scenario),
    '-inf',
    injectionFile(o.dir, o.users, `${tag}.csv`),
    ...(o.calls === 0 ? [] : ['-m', String(o.calls ?? o.users.length)]),
    '-i',
    '127.0.0.1',
    '-p',
    String(o.localPort),
    '-t',
    o.transport === 'udp' ? 'u1' : 't1',
    '-nostdin',
    '-trace_msg',
    '-message_file',
    join(o.dir, `${tag}.messages.log`),
    '-trace_err',
    '-error_file',
    join(o.dir, `${tag}.errors.log`),
    '-timeout',
    `${o.timeoutSeconds ?? 10}s`,
    ...(o.calls === 0 ? [] : ['-timeout_error']),
    ...(o.extra ?? []),
  ];
}

export function runSipp(o: SippOptions): Promise<SippRun> {
  const args = sippArgs(o);
  const read = (flag: string) => {
    const file = args[args.indexOf(flag) + 1]!;
    return existsSync(file) ? readFileSync(file, 'utf8') : '';
  };
  return new Promise((resolve, reject) => {
    const child = spawn('sipp', args, { cwd: o.dir, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code: code ?? -1, messages: read('-message_file'), errors: read('-error_file'), stderr }),
    );
  });
}

/** The status lines of the responses SIPp received, in order ("401", "200"). */
export function receivedStatuses(messages: string): string[] {
  return [...messages.matchAll(/message received \[\d+\] bytes :\s*\n+SIP\/2\.0 (\d{3})/g)].map((m) => m[1]!);
}
