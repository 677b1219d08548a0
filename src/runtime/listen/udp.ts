/**
 * UDP on the shared port number: one request per datagram, "up to 1490 bytes packet size"; a longer answer is cut with
 * a clear marker. A datagram's source address proves nothing, so UDP must not amplify: a banned address gets no
 * answer, and an answer to a request that proved no user's secret is at most UNAUTHENTICATED_FACTOR times the
 * request's size (at least UNAUTHENTICATED_FLOOR bytes).
 */
import { createSocket, type Socket } from 'node:dgram';
import { plainIp } from '../../domain/access/trust.ts';
import { SwitchboardError } from '../../platform/errors.ts';
import type { LineAnswerer } from '../dialect.ts';
import { EndOfTurn } from './end-of-turn.ts';

export const UDP_MAX = 1490;
export const TRUNCATED = '\n...[truncated]\n';
export const UNAUTHENTICATED_FACTOR = 8;
export const UNAUTHENTICATED_FLOOR = 512;

/** The largest answer to an unauthenticated request of requestBytes bytes. */
export function unauthenticatedLimit(requestBytes: number): number {
  return Math.min(UDP_MAX, Math.max(UNAUTHENTICATED_FLOOR, UNAUTHENTICATED_FACTOR * requestBytes));
}

export function truncateDatagram(body: string, max = UDP_MAX): Buffer {
  const bytes = Buffer.from(body, 'utf8');
  if (bytes.length <= max) return bytes;
  const marker = Buffer.from(TRUNCATED, 'utf8');
  let cut = max - marker.length;
  // Never split a UTF-8 character.
  while (cut > 0 && (bytes[cut]! & 0xc0) === 0x80) cut--;
  return Buffer.concat([bytes.subarray(0, cut), marker]);
}

interface Answer {
  bytes: Buffer;
  port: number;
  address: string;
}

export async function listenUdp(host: string, port: number, answerLine: LineAnswerer): Promise<Socket> {
  const socket = createSocket({ type: host.includes(':') ? 'udp6' : 'udp4', reuseAddr: false });
  let closed = false;
  socket.once('close', () => {
    closed = true;
  });
  // What is still to be sent when the socket closes is dropped, as datagrams may be.
  const outbox = new EndOfTurn<Answer>((answers) => {
    if (!closed) for (const { bytes, port, address } of answers) socket.send(bytes, port, address);
  });
  socket.on('message', (msg, rinfo) => {
    const ip = plainIp(rinfo.address);
    // An over-long datagram is answered as an error, in the format its first bytes asked for.
    const tooLong = msg.length > UDP_MAX;
    const line = (tooLong ? msg.subarray(0, 4096) : msg).toString('utf8');
    const failure = tooLong ? new SwitchboardError('request-too-large', `datagram over ${UDP_MAX} bytes`) : undefined;
    const verdict = { authenticated: false, banned: false };
    void answerLine({ line, transport: 'udp', ip, failure, verdict }).then((body) => {
      if (verdict.banned) return;
      const max = verdict.authenticated ? UDP_MAX : unauthenticatedLimit(msg.length);
      outbox.add({ bytes: truncateDatagram(body, max), port: rinfo.port, address: rinfo.address });
    });
  });
  await bindUdp(socket, host, port);
  return socket;
}

/**
 * Binds the socket; a failure to bind rejects instead of surfacing as the socket's error event. exclusive: the port
 * is this process's alone, not shared with the other workers of node:cluster.
 */
export function bindUdp(socket: Socket, host: string, port: number, exclusive = false): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.bind({ port, address: host, exclusive }, () => {
      socket.off('error', reject);
      resolve();
    });
  });
}
