/** WebSocket on /mvstwebsock (002:L161): each message is a request as it would be sent over TCP; each answer one message. */
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { plainIp } from '../../domain/access/trust.ts';
import type { MizuV2Pipeline } from '../../dialects/mizu-v2/pipeline.ts';
import { parseRequestLine } from '../../dialects/mizu/decode/request-line.ts';
import { salvageFormat } from '../../dialects/mizu/decode/salvage.ts';

export const WEBSOCKET_PATH = '/mvstwebsock';

export function attachWebSocket(servers: Server[], pipeline: MizuV2Pipeline, maxPayload: number): WebSocketServer {
  const wss = new WebSocketServer({ noServer: true, maxPayload });
  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (!(req.url ?? '').startsWith(WEBSOCKET_PATH)) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => serve(ws, plainIp(req.socket.remoteAddress ?? ''), pipeline));
  };
  for (const server of servers) server.on('upgrade', onUpgrade);
  return wss;
}

function serve(ws: WebSocket, ip: string, pipeline: MizuV2Pipeline): void {
  let closing = false;
  const session = { keepalive: () => {}, close: () => { closing = true; } };
  let queue = Promise.resolve();
  ws.on('message', (data) => {
    queue = queue.then(async () => {
      let input;
      try {
        input = { ...parseRequestLine(data.toString()), transport: 'websocket' as const, ip, session };
      } catch (e) {
        input = { params: salvageFormat(data.toString()), transport: 'websocket' as const, ip, session, failure: e };
      }
      const out = await pipeline.handle(input);
      if (ws.readyState !== ws.OPEN) return;
      ws.send(out.rendered.body);
      if (closing) ws.close(1000, 'bye');
    });
  });
  ws.on('error', () => ws.terminate());
}
