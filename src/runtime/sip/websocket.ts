/**
 * SIP over WebSocket (RFC 7118) on /mfstwebsock of the shared port: the handshake must offer the `sip` subprotocol;
 * each WebSocket message is one SIP message (text or binary). A message that is garbage closes the connection.
 */
import { isUtf8 } from 'node:buffer';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { TLSSocket } from 'node:tls';
import { WebSocketServer, type WebSocket } from 'ws';
import { clientAddressOf } from '../client-address.ts';
import { SIP_LIMITS, type SipPeer } from '../../protocol/sip/message.ts';
import type { SipConnections } from './connections.ts';
import { MAX_WAITING_MESSAGES, type SipDispatch } from './dispatch.ts';

export const SIP_WEBSOCKET_PATH = '/mfstwebsock';
const SUBPROTOCOL = 'sip';

export type UpgradeHandler = (req: IncomingMessage, socket: Duplex, head: Buffer) => void;

export function sipWebSocket(dispatch: SipDispatch, connections: SipConnections): UpgradeHandler {
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: SIP_LIMITS.maxMessageBytes,
    handleProtocols: (offered) => (offered.has(SUBPROTOCOL) ? SUBPROTOCOL : false),
  });
  return (req, socket, head) => {
    const offered = String(req.headers['sec-websocket-protocol'] ?? '')
      .split(',')
      .map((p) => p.trim());
    if (!offered.includes(SUBPROTOCOL)) {
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\nthe sip subprotocol is required (RFC 7118)');
      return;
    }
    const client = clientAddressOf(req);
    const secure = (req.socket as TLSSocket).encrypted === true;
    const peer: SipPeer = { transport: secure ? 'wss' : 'ws', address: client.ip, port: req.socket.remotePort ?? 0 };
    wss.handleUpgrade(req, socket, head, (ws) => serve(ws, peer, dispatch, connections));
  };
}

function serve(ws: WebSocket, peer: SipPeer, dispatch: SipDispatch, connections: SipConnections): void {
  const write = (bytes: Buffer) => {
    // Text frames, as browsers' SIP stacks expect; a body that is not UTF-8 goes as a binary frame (RFC 7118 §5.1).
    if (ws.readyState === ws.OPEN) ws.send(bytes, { binary: !isUtf8(bytes) });
  };
  const forget = connections.add(peer, { write, end: () => ws.close(1001, 'server stopping') });
  ws.once('close', forget);
  ws.on('error', () => ws.terminate());
  let queue = Promise.resolve();
  let waiting = 0;
  ws.on('message', (data) => {
    const bytes = Buffer.isBuffer(data) ? data : Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data);
    if (++waiting >= MAX_WAITING_MESSAGES) ws.pause();
    queue = queue.then(async () => {
      const verdict = await dispatch.receive(bytes, peer, write, false);
      if (verdict === 'garbage') ws.close(1002, 'not a SIP message');
      if (--waiting < MAX_WAITING_MESSAGES && ws.isPaused) ws.resume();
    });
  });
}
