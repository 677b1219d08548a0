/**
 * What a dialect hands the runtime: the HTTP routes it answers (Koa middleware on a path), the GETs it answers on the
 * fast lane, and, for a dialect that speaks request lines (Mizu v2), the answerer of raw TCP, UDP and WebSocket
 * lines. The composition root (src/app.ts) builds each dialect and gives the runtime these; the runtime never
 * imports a dialect.
 */
import type { Middleware } from 'koa';
import type { FastPath } from './fast-lane/fast-path.ts';
import type { Session, Transport } from './transport.ts';

export interface HttpRoute {
  /** A path as @koa/router takes it (`/mvapireq/:command`), or a pattern for a whole subtree. */
  path: string | RegExp;
  handle: Middleware;
}

export interface DialectBinding {
  name: string;
  routes: HttpRoute[];
  fastPath?: FastPath;
}

/** One request line from a raw TCP connection, a UDP datagram or a WebSocket message. */
export interface LineRequest {
  line: string;
  transport: Extract<Transport, 'tcp' | 'udp' | 'websocket'>;
  ip: string;
  /** A WebSocket upgrade through a proxy not in trust.proxies: the address earns no trust (client-address.ts). */
  viaUnknownProxy?: boolean;
  session?: Session;
  /** The transport refused the request (a datagram too long): answered as this error, in the format it asked for. */
  failure?: unknown;
  /**
   * Filled in by the answerer for a transport that asks (UDP): whether the request proved a user's secret, and
   * whether its address is banned. UDP sends a banned address nothing, and an unauthenticated request a bounded answer.
   */
  verdict?: { authenticated: boolean; banned: boolean };
}

/** Answers a request line with the text to send back. */
export type LineAnswerer = (request: LineRequest) => Promise<string>;
