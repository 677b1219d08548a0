/**
 * WebSocket on /mvstwebsock (002:L161): each message is a request as it would be sent over TCP; each answer one
 * message.
 */
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { plainIp } from '../../domain/access/trust.ts';
import type { LineAnswerer } from '../dialect.ts';

export const WEBSOCKET_PATH = '/mvstwebsock';

export function attachWebSocket(servers: Server[], answerLine: LineAnswerer, maxPayload: number): WebSocketServer {
  const wss = new WebSocketServer({ noServer: true, maxPayload });
  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (!(req.url ?? '').startsWith(WEBSOCKET_PATH)) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => serve(ws, plainIp(req.socket.remoteAddress ?? ''), answerLine));
  };
  for (const server of servers) server.on('upgrade', onUpgrade);
  return wss;
}

function serve(ws: WebSocket, ip: string, answerLine: LineAnswerer): void {
  let closing = false;
  const session = {
    keepalive: () => {},
    close: () => {
      closing = true;
    },
  };
  let queue = Promise.resolve();
  ws.on('message', (data) => {
    queue = queue.then(async () => {
      const body = await answerLine({ line: data.toString(), transport: 'websocket', ip, session });
      if (ws.readyState !== ws.OPEN) return;
      ws.send(body);
      if (closing) ws.close(1000, 'bye');
    });
  });
  ws.on('error', () => ws.terminate());
}
