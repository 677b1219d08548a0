/**
 * A SIPp user agent server of this folder as a child process: one party of a placed call, bound on its own loopback
 * port, answering one INVITE. Resolves with SIPp's exit code and its -trace_msg/-trace_err files once it exits.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { freeSipPort } from '../free-port.ts';
import type { SippRun } from '../sipp.ts';

export interface PartyOptions {
  scenario: 'answer-hangup.xml' | 'answer-wait.xml' | 'busy.xml' | 'ring.xml';
  port: number;
  /** udp unless given: over tcp SIPp listens on port and answers on the connection Switchboard opens. */
  transport?: 'udp' | 'tcp';
  /** Written into the s= line of its SDP, to follow its offer or answer to the other party. */
  party: string;
  /** How long the call lasts before answer-hangup.xml hangs up. */
  talkMs?: number;
  dir: string;
  timeoutSeconds?: number;
}

/** Attempts at a media port: one found free can be taken by another process before SIPp binds it. */
const MEDIA_PORT_ATTEMPTS = 3;

export async function runParty(o: PartyOptions): Promise<SippRun> {
  for (let attempt = 1; ; attempt++) {
    const run = await runPartyOnce(o);
    // SIPp gives up at its start when the media port is taken (errno 98), before it received anything: a
    // retransmitted INVITE reaches the next one on the same SIP port.
    const mediaPortTaken = run.code !== 0 && /errno = 98/.test(run.errors) && run.messages === '';
    if (!mediaPortTaken || attempt === MEDIA_PORT_ATTEMPTS) return run;
  }
}

async function runPartyOnce(o: PartyOptions): Promise<SippRun> {
  // Each SIPp binds a media port too: two on the default 6000 would collide.
  const mediaPort = await freeSipPort();
  const messages = join(o.dir, `${o.party}.messages.log`);
  const errors = join(o.dir, `${o.party}.errors.log`);
  const args = [
    '-sf',
    join(import.meta.dirname, o.scenario),
    '-i',
    '127.0.0.1',
    '-p',
    String(o.port),
    '-mi',
    '127.0.0.1',
    '-mp',
    String(mediaPort),
    '-m',
    '1',
    '-t',
    o.transport === 'tcp' ? 't1' : 'u1',
    '-key',
    'party',
    o.party,
    '-d',
    String(o.talkMs ?? 0),
    '-nostdin',
    '-trace_msg',
    '-message_file',
    messages,
    '-trace_err',
    '-error_file',
    errors,
    '-timeout',
    `${o.timeoutSeconds ?? 20}s`,
    '-timeout_error',
  ];
  const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');
  return new Promise((resolve, reject) => {
    const child = spawn('sipp', args, { cwd: o.dir, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, messages: read(messages), errors: read(errors), stderr }));
  });
}

/** The requests SIPp received, in order ("INVITE", "ACK", "BYE"); retransmissions (the same CSeq again) once. */
export function receivedRequests(messages: string): string[] {
  const seen = new Set<string>();
  const requests: string[] = [];
  for (const m of messages.matchAll(/message received \[\d+\] bytes :\s*\n+([A-Z]+) sip:[\s\S]*?\nCSeq: ([^\r\n]+)/g)) {
    if (seen.has(m[2]!)) continue;
    seen.add(m[2]!);
    requests.push(m[1]!);
  }
  return requests;
}

/**
 * Resolves once something listens on TCP port of 127.0.0.1 (read from /proc/net/tcp, without connecting, so SIPp sees
 * no stray connection): Switchboard connects to a TCP party, and a connection refused while SIPp starts fails the call.
 */
export async function tcpListening(port: number, ms = 15_000): Promise<void> {
  const local = `0100007F:${port.toString(16).toUpperCase().padStart(4, '0')}`;
  const LISTEN = '0A';
  for (const until = Date.now() + ms; Date.now() < until; await sleep(20)) {
    const rows = readFileSync('/proc/net/tcp', 'utf8').split('\n').slice(1);
    if (rows.some((row) => row.trim().split(/\s+/)[1] === local && row.trim().split(/\s+/)[3] === LISTEN)) return;
  }
  throw new Error(`nothing listens on TCP 127.0.0.1:${port} within ${ms} ms`);
}
