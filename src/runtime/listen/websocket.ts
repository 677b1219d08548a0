/**
 * WebSocket on /mvstwebsock (002:L161): each message is a request as it would be sent over TCP; each answer one
 * message. A client that sends requests without reading the answers is not read from while more than MAX_WAITING
 * answers are owed or more than MAX_UNSENT_BYTES of answers wait to be sent, as on raw lines (line-session.ts).
 */
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { clientAddressOf, type ClientAddress } from '../client-address.ts';
import { requestIdFrom } from '../../platform/observability/request-context.ts';
import type { LineAnswerer } from '../dialect.ts';
import { REQUEST_ID } from '../fast-lane/arrival.ts';

export const WEBSOCKET_PATH = '/mvstwebsock';
/** Answers asked for and not yet sent before the session stops reading. */
const MAX_WAITING = 16;
/** Answer bytes waiting for the client to read them before the session stops reading. */
const MAX_UNSENT_BYTES = 256 * 1024;

/** Upgrades on another path (SIP over WebSocket on /mfstwebsock), served beside /mvstwebsock. */
export type UpgradeRoutes = Record<string, (req: IncomingMessage, socket: Duplex, head: Buffer) => void>;

export function attachWebSocket(
  servers: Server[],
  answerLine: LineAnswerer,
  maxPayload: number,
  others: UpgradeRoutes = {},
): WebSocketServer {
  const wss = new WebSocketServer({ noServer: true, maxPayload });
  // The upgrade is an HTTP answer too: it carries a request id like the others (the messages have their own).
  wss.on('headers', (headers, req) => headers.push(`${REQUEST_ID}: ${upgradeId(req)}`));
  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const other = Object.entries(others).find(([path]) => (req.url ?? '').startsWith(path));
    if (other) {
      other[1](req, socket, head);
      return;
    }
    if (!(req.url ?? '').startsWith(WEBSOCKET_PATH)) {
      socket.end(`HTTP/1.1 404 Not Found\r\n${REQUEST_ID}: ${upgradeId(req)}\r\nConnection: close\r\n\r\n`);
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => serve(ws, clientAddressOf(req), answerLine));
  };
  for (const server of servers) server.on('upgrade', onUpgrade);
  return wss;
}

function upgradeId(req: IncomingMessage): string {
  const sent = req.headers['x-request-id'];
  return requestIdFrom(typeof sent === 'string' ? sent : undefined);
}

function serve(ws: WebSocket, client: ClientAddress, answerLine: LineAnswerer): void {
  let closing = false;
  const session = {
    keepalive: () => {},
    close: () => {
      closing = true;
    },
  };
  let queue = Promise.resolve();
  let waiting = 0;
  // Messages already read from the socket still arrive after pause(): a bounded few, the rest of the chunk read.
  const flow = () => {
    if (waiting >= MAX_WAITING || ws.bufferedAmount > MAX_UNSENT_BYTES) ws.pause();
    else if (ws.isPaused) ws.resume();
  };
  ws.on('message', (data) => {
    waiting++;
    flow();
    queue = queue.then(async () => {
      try {
        const body = await answerLine({ line: data.toString(), transport: 'websocket', ...client, session });
        if (ws.readyState !== ws.OPEN) return;
        // Called once the answer is written out to the socket: the buffer may be below the bound again.
        ws.send(body, flow);
        if (closing) ws.close(1000, 'bye');
      } finally {
        waiting--;
        flow();
      }
    });
  });
  ws.on('error', () => ws.terminate());
}
