/** Raw SIP peers for the edge's tests: a UDP socket, a TCP connection and a WebSocket, each collecting what arrives. */
import { createHash } from 'node:crypto';
import { createSocket, type Socket as UdpSocket } from 'node:dgram';
import { connect, type Socket } from 'node:net';
import WebSocket from 'ws';
import { nextStreamFrame, type SipResponse } from '../../../src/protocol/sip/message.ts';

/** One finder of free SIP ports for every SIP test. */
export { freeSipPort } from '../../sip/free-port.ts';

/** Something that sends SIP and collects what comes back, in order. */
export interface SipPeer {
  port: number;
  send(text: string | Buffer): void;
  /** The next message (or pong) received, or undefined after waitMs. */
  next(waitMs?: number): Promise<string | undefined>;
  /** True once the far end closed the connection. */
  closed(): boolean;
  close(): void;
}

class Inbox {
  readonly #items: string[] = [];
  readonly #waiters: ((item: string | undefined) => void)[] = [];
  push(item: string): void {
    const waiter = this.#waiters.shift();
    if (waiter) waiter(item);
    else this.#items.push(item);
  }
  next(waitMs: number): Promise<string | undefined> {
    const item = this.#items.shift();
    if (item !== undefined) return Promise.resolve(item);
    return new Promise((resolve) => {
      const waiter = (value: string | undefined) => {
        clearTimeout(timer);
        resolve(value);
      };
      const timer = setTimeout(() => {
        this.#waiters.splice(this.#waiters.indexOf(waiter), 1);
        resolve(undefined);
      }, waitMs);
      this.#waiters.push(waiter);
    });
  }
}

export async function udpPeer(serverPort: number): Promise<SipPeer> {
  const socket: UdpSocket = createSocket('udp4');
  const inbox = new Inbox();
  socket.on('message', (msg) => inbox.push(msg.toString('utf8')));
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', () => resolve()));
  return {
    port: socket.address().port,
    send: (text) => socket.send(Buffer.from(text), serverPort, '127.0.0.1'),
    next: (waitMs = 2000) => inbox.next(waitMs),
    closed: () => false,
    close: () => socket.close(),
  };
}

export async function tcpPeer(serverPort: number): Promise<SipPeer> {
  const socket: Socket = connect(serverPort, '127.0.0.1');
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  const inbox = new Inbox();
  let buffer = Buffer.alloc(0);
  let ended = false;
  socket.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (let frame = nextStreamFrame(buffer); frame; frame = nextStreamFrame(buffer)) {
      inbox.push(buffer.subarray(0, frame.length).toString('utf8'));
      buffer = buffer.subarray(frame.length);
    }
    // A lone CRLF (the pong) is held back as a possible start of CRLFCRLF: hand it over as it is.
    if (buffer.toString() === '\r\n') {
      inbox.push('\r\n');
      buffer = Buffer.alloc(0);
    }
  });
  socket.on('error', () => {});
  socket.on('close', () => {
    ended = true;
  });
  return {
    port: socket.localPort ?? 0,
    send: (text) => socket.write(text),
    next: (waitMs = 2000) => inbox.next(waitMs),
    closed: () => ended,
    close: () => socket.destroy(),
  };
}

export async function wsPeer(apiPort: number, path = '/mfstwebsock', protocol = 'sip'): Promise<SipPeer> {
  const ws = new WebSocket(`ws://127.0.0.1:${apiPort}${path}`, protocol);
  await new Promise<void>((resolve, reject) => ws.once('open', () => resolve()).once('error', reject));
  const inbox = new Inbox();
  let ended = false;
  ws.on('message', (data) => inbox.push(data.toString()));
  ws.on('close', () => {
    ended = true;
  });
  return {
    port: 0,
    send: (text) => ws.send(text.toString()),
    next: (waitMs = 2000) => inbox.next(waitMs),
    closed: () => ended,
    close: () => ws.terminate(),
  };
}

/** An OPTIONS request as a phone sends it; `via` is the top Via's value after "SIP/2.0/<transport> ". */
export function options(
  opts: { transport?: string; via?: string; branch?: string; callId?: string; method?: string; omit?: string } = {},
): string {
  const method = opts.method ?? 'OPTIONS';
  const headers = [
    `Via: SIP/2.0/${opts.transport ?? 'UDP'} ${opts.via ?? 'client.invalid:5999;rport'};branch=${opts.branch ?? `z9hG4bK${Math.random().toString(36).slice(2)}`}`,
    'Max-Forwards: 70',
    'From: <sip:alice@127.0.0.1>;tag=a1',
    'To: <sip:alice@127.0.0.1>',
    `Call-ID: ${opts.callId ?? `c${Math.random().toString(36).slice(2)}`}@client`,
    `CSeq: 1 ${method}`,
    'Content-Length: 0',
  ].filter((h) => !opts.omit || !h.startsWith(`${opts.omit}:`));
  return `${method} sip:127.0.0.1 SIP/2.0\r\n${headers.join('\r\n')}\r\n\r\n`;
}

/** A header's value in a response's text (first occurrence). */
export function headerOf(message: string, name: string): string | undefined {
  const match = new RegExp(`^${name}:[ \\t]*(.*)$`, 'im').exec(message);
  return match?.[1]?.trim();
}

export function statusOf(message: string | undefined): string | undefined {
  return message?.split('\r\n')[0];
}

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

/**
 * A phone's Authorization answering a 401's challenge for a REGISTER to uri (RFC 2617, qop=auth, nonce-count nc),
 * computed here, not by the server's code.
 */
export function digestAuthorization(
  challenge: SipResponse,
  user: { username: string; password: string },
  uri: string,
  nc: number,
): string {
  const header = challenge.headers.get('WWW-Authenticate') ?? '';
  const param = (name: string) => new RegExp(`${name}="?([^",]+)"?`).exec(header)?.[1] ?? '';
  const [realm, nonce, cnonce] = [param('realm'), param('nonce'), 'c0ffee42'];
  const ncText = nc.toString(16).padStart(8, '0');
  const ha1 = md5(`${user.username}:${realm}:${user.password}`);
  const response = md5(`${ha1}:${nonce}:${ncText}:${cnonce}:auth:${md5(`REGISTER:${uri}`)}`);
  return `Digest username="${user.username}", realm="${realm}", nonce="${nonce}", uri="${uri}", response="${response}", algorithm=MD5, qop=auth, nc=${ncText}, cnonce="${cnonce}"`;
}
