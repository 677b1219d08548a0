/**
 * The shared API port (002:L147-L171): one TCP listener that tells HTTP/1.x (and WebSocket upgrades, which are
 * HTTP) from raw request lines by the first bytes. HTTP connections go to `serveHttp` (the lean reader, which hands
 * what it does not answer to node:http with handToNodeHttp).
 *
 * Its connections count against the caps (connection-caps.ts): one over a cap is closed at once.
 */
import { createServer, type Server as NetServer, type Socket } from 'node:net';
import type { Server as HttpServer } from 'node:http';
import { ConnectionCaps } from './connection-caps.ts';

const HTTP_METHODS = ['GET', 'POST', 'PUT', 'HEAD', 'OPTIONS', 'DELETE', 'PATCH', 'CONNECT', 'TRACE'].map(
  (m) => `${m} `,
);
const LONGEST_METHOD = Math.max(...HTTP_METHODS.map((m) => m.length));
/** How long a connection may take to send enough bytes to tell what it speaks. */
const SNIFF_MS = 10_000;

export type Serve = (socket: Socket, first: Buffer) => void;

export function sharedPort(
  http: HttpServer,
  serveHttp: Serve,
  serveRawLines: Serve,
  caps = new ConnectionCaps({
    maxConnections: Number.POSITIVE_INFINITY,
    maxConnectionsPerIp: Number.POSITIVE_INFINITY,
  }),
): NetServer {
  // Half-open: a raw client may send its last line and close its side at once; the answer must still go out.
  const server = createServer({ allowHalfOpen: true, noDelay: true }, (socket) => {
    if (!caps.admit(socket)) {
      socket.destroy();
      return;
    }
    serveByFirstBytes(socket, serveHttp, serveRawLines);
  });
  // Node's HTTP server tracks its connections (closeIdleConnections at stop, the headers and request timeouts) only
  // once it emits 'listening'; this one never listens itself, so it hears it when the shared port does.
  server.on('listening', () => http.emit('listening'));
  return server;
}

/**
 * Reads a connection's first bytes and hands it, those bytes unread, to `serveHttp` or `serveRawLines`: on the shared
 * port, and on the TLS port once the handshake is done (tls-port.ts).
 */
export function serveByFirstBytes(socket: Socket, serveHttp: Serve, serveRawLines: Serve): void {
  const sniffTimedOut = () => socket.destroy();
  socket.setTimeout(SNIFF_MS, sniffTimedOut);
  // Closed before sending enough to tell (a TCP health check): nothing to answer. Left half-open, it would hold
  // stop() waiting on a socket that keeps no event loop alive, and the process would exit mid-stop.
  const silent = () => socket.destroy();
  socket.once('end', silent);
  let head: Buffer | undefined;
  const sniff = (chunk: Buffer) => {
    head = head ? Buffer.concat([head, chunk]) : chunk;
    const speaks = protocolOf(head);
    if (!speaks) return;
    socket.off('data', sniff);
    socket.off('end', silent);
    // setTimeout(0) stops the timer but keeps its listener, which would destroy the socket on its next owner's
    // timeout.
    socket.setTimeout(0);
    socket.off('timeout', sniffTimedOut);
    socket.pause();
    (speaks === 'http' ? serveHttp : serveRawLines)(socket, head);
    // A raw-line session that is owed too many answers pauses the socket again on the next chunk it is given.
    socket.resume();
  };
  socket.on('data', sniff);
  socket.on('error', () => socket.destroy());
}

/**
 * What the first bytes of a connection speak: HTTP when they start with a method and a space, raw lines when they
 * cannot, and undefined while they are still the beginning of a method (a first segment as short as "G").
 */
function protocolOf(head: Buffer): 'http' | 'raw' | undefined {
  const start = head.subarray(0, LONGEST_METHOD).toString('latin1');
  if (HTTP_METHODS.some((m) => start.startsWith(m))) return 'http';
  return HTTP_METHODS.some((m) => m.startsWith(start)) ? undefined : 'raw';
}

/** Gives node:http a connection, with the bytes already read from it. */
export function handToNodeHttp(http: HttpServer): (socket: Socket, unread: Buffer | undefined) => void {
  return (socket, unread) => {
    if (unread) socket.unshift(unread);
    http.emit('connection', socket);
    socket.resume();
  };
}
