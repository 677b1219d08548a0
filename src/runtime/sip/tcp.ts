/**
 * SIP over TCP (RFC 3261 §18.3): messages framed by Content-Length, CRLFCRLF keep-alive pings answered with CRLF
 * (RFC 5626 §3.5.1). A stream that cannot be framed or parsed is closed. Each connection works through its messages
 * in order; an idle one (no ping either) is closed after IDLE_MS.
 */
import { createServer, type Server, type Socket } from 'node:net';
import { plainIp } from '../../domain/access/trust.ts';
import { nextStreamFrame, SipParseError, type SipPeer } from '../../protocol/sip/message.ts';
import type { ConnectionCaps } from '../listen/connection-caps.ts';
import type { SipConnections } from './connections.ts';
import { MAX_WAITING_MESSAGES, type SipDispatch } from './dispatch.ts';

/** Longer than the 95–120 s keep-alive interval RFC 5626 §4.4.1 suggests for connection-oriented transports. */
export const IDLE_MS = 300_000;
const PONG = Buffer.from('\r\n');

export function sipTcpServer(dispatch: SipDispatch, connections: SipConnections, caps: ConnectionCaps): Server {
  return caps.guard(createServer((socket) => serve(socket, dispatch, connections)));
}

function serve(socket: Socket, dispatch: SipDispatch, connections: SipConnections): void {
  const peer: SipPeer = {
    transport: 'tcp',
    address: plainIp(socket.remoteAddress ?? ''),
    port: socket.remotePort ?? 0,
  };
  const write = (bytes: Buffer) => {
    if (socket.writable) socket.write(bytes);
  };
  const forget = connections.add(peer, { write, end: () => socket.destroy() });
  socket.setTimeout(IDLE_MS, () => socket.destroy());
  socket.on('error', () => socket.destroy());
  socket.once('close', forget);
  let buffer = Buffer.alloc(0);
  let queue = Promise.resolve();
  let waiting = 0;
  socket.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    try {
      for (let frame = nextStreamFrame(buffer); frame; frame = nextStreamFrame(buffer)) {
        const bytes = buffer.subarray(0, frame.length);
        buffer = buffer.subarray(frame.length);
        if (frame.kind === 'ping') write(PONG);
        else if (frame.kind === 'message') {
          if (++waiting >= MAX_WAITING_MESSAGES) socket.pause();
          queue = queue.then(() => handle(bytes));
        }
      }
    } catch (e) {
      if (!(e instanceof SipParseError)) throw e;
      socket.destroy();
    }
  });
  const handle = async (bytes: Buffer) => {
    try {
      if (socket.destroyed) return;
      const verdict = await dispatch.receive(bytes, peer, write, true);
      if (verdict === 'garbage') socket.destroy();
    } finally {
      if (--waiting < MAX_WAITING_MESSAGES && socket.isPaused()) socket.resume();
    }
  };
}
