/**
 * The listening side of Switchboard: the shared API port (HTTP, WebSocket, raw TCP lines), UDP on the same number,
 * and the same over TLS (HTTPS, WSS, raw lines) when TLS is configured, serving the dialects the composition root
 * hands it. `stop()` stops accepting, drains in-flight requests and closes every listener.
 */
import { createServer as createHttpServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo, Server as NetServer, Socket } from 'node:net';
import type { Server as TlsServer } from 'node:tls';
import type { Socket as UdpSocket } from 'node:dgram';
import type { Logger } from 'pino';
import type { Config } from '../platform/config.ts';
import { readTlsFiles } from '../platform/tls-files.ts';
import type { Metrics } from '../platform/observability/metrics.ts';
import { ClientAddresses } from './client-address.ts';
import type { DialectBinding, LineAnswerer } from './dialect.ts';
import { createApp } from './http/app.ts';
import { docsRoutes } from './http/docs.ts';
import { checkHealth, type HealthDeps } from './http/health.ts';
import { fastPaths, withFastPaths } from './fast-lane/fast-path.ts';
import { LeanHttp } from './fast-lane/lean-http.ts';
import { ConnectionCaps } from './listen/connection-caps.ts';
import { serveLines } from './listen/line-session.ts';
import { handToNodeHttp, sharedPort } from './listen/shared-port.ts';
import { tlsPort } from './listen/tls-port.ts';
import { listenUdp } from './listen/udp.ts';
import { attachWebSocket } from './listen/websocket.ts';
import type { SipEdge, SipRequestHandler } from './sip/edge.ts';
import { type RunningSipEdge, startSipEdge } from './sip/sip-edge.ts';

/** How long an idle keep-alive connection is kept open. */
const KEEP_ALIVE_MS = 5_000;

export class ListenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ListenError';
  }
}

export interface ListenDeps extends Pick<HealthDeps, 'db' | 'state'> {
  config: Pick<Config, 'listen' | 'tls' | 'limits' | 'trust' | 'redis' | 'docs' | 'cors' | 'sip'>;
  logger: Logger;
  metrics: Metrics;
}

/**
 * What the runtime serves: each dialect's routes and fast GETs, the answerer of request lines, and the SIP edge's
 * request handlers by method (in place before it listens: a REGISTER in the first moments is not answered 405).
 */
export interface Surfaces {
  dialects: DialectBinding[];
  lines: LineAnswerer;
  sip: Record<string, SipRequestHandler>;
}

export interface Listening {
  port: number;
  tlsPort?: number;
  /** The SIP edge, when sip.port is not 0. */
  sip?: SipEdge;
  stop(): Promise<void>;
}

export async function listen(deps: ListenDeps, surfaces: Surfaces): Promise<Listening> {
  const { config } = deps;
  let ready = false;
  const isReady = () => ready;
  const health = () => checkHealth({ isReady, db: deps.db, state: deps.state, redis: config.redis !== undefined });
  const clients = new ClientAddresses(config.trust);
  const docs = docsRoutes({
    dialects: surfaces.dialects.map((d) => d.name),
    clients,
    publicUrl: config.docs.publicUrl,
  });
  const app = createApp(
    { logger: deps.logger, metrics: deps.metrics, isReady, health, docs, corsOrigins: config.cors.origins },
    surfaces.dialects,
  );
  const writer = {
    isReady: () => ready,
    logger: deps.logger,
    stalledAnswerMs: config.limits.stalledAnswerSeconds * 1000,
  };
  const fast = fastPaths(...surfaces.dialects.flatMap((d) => (d.fastPath ? [d.fastPath] : [])));
  const listener = withFastPaths(fast, writer, app.callback());
  const http = resolvingClients(createHttpServer(listener), clients);
  http.keepAliveTimeout = KEEP_ALIVE_MS;
  const toNodeHttp = handToNodeHttp(http);
  // Without the lean reader, node:http reads every HTTP connection of the shared port (the fast paths still answer).
  const lean = config.listen.leanHttp
    ? new LeanHttp({ fast, writer, clients, keepAliveMs: KEEP_ALIVE_MS, handOver: toNodeHttp })
    : undefined;
  // One count for the shared port and the TLS port: a client's connections to both add up.
  const caps = new ConnectionCaps(config.limits, (ip) => clients.isProxy(ip));
  const rawLines = (socket: Socket, first: Buffer) =>
    serveLines(socket, first, surfaces.lines, {
      maxLineBytes: config.limits.maxRequestBytes,
      idleMs: config.limits.lineIdleSeconds * 1000,
    });
  const tcp = sharedPort(
    http,
    (socket, first) => (lean ? lean.serve(socket, first) : toNodeHttp(socket, first)),
    rawLines,
    caps,
  );
  let udp: UdpSocket | undefined;
  let tls: TlsServer | undefined;
  let sip: RunningSipEdge | undefined;
  try {
    await listenOn(tcp, config.listen.host, config.listen.port, 'API port');
    const port = (tcp.address() as AddressInfo).port;
    if (config.listen.udp)
      udp = await listenUdp(config.listen.host, port, surfaces.lines).catch((e: Error) => {
        throw new ListenError(`cannot listen on UDP ${config.listen.host}:${port}: ${e.message}`);
      });
    if (config.tls) {
      // Its HTTP goes to the same node:http server as the shared port's (the socket says it is encrypted: https).
      tls = caps.guard(tlsPort(readTlsFiles(config.tls), toNodeHttp, rawLines));
      await listenOn(tls, config.listen.host, config.tls.port, 'TLS port');
    }
    if (config.sip.port > 0) {
      const sipOptions = {
        host: config.listen.host,
        port: config.sip.port,
        limits: config.limits,
        logger: deps.logger,
        handlers: surfaces.sip,
      };
      sip = await startSipEdge(sipOptions).catch((e: Error) => {
        throw new ListenError(`cannot listen on SIP port ${config.listen.host}:${config.sip.port}: ${e.message}`);
      });
    }
    const wss = attachWebSocket([http], surfaces.lines, config.limits.maxRequestBytes, sip?.upgrades);
    ready = true;
    return {
      port,
      tlsPort: tls ? (tls.address() as AddressInfo).port : undefined,
      sip,
      async stop() {
        ready = false;
        for (const client of wss.clients) client.close(1001, 'server stopping');
        udp?.close();
        const closing = Promise.all([
          closeServer(tcp),
          closeServer(http),
          ...(tls ? [closeServer(tls)] : []),
          ...(sip ? [sip.close()] : []),
        ]);
        lean?.closeIdle();
        await closing;
      },
    };
  } catch (e) {
    void sip?.close();
    udp?.close();
    tcp.close();
    tls?.close();
    throw e;
  }
}

/** Each request and upgrade has its client resolved (trust.proxies) before anything else hears of it. */
function resolvingClients<S extends Server>(server: S, clients: ClientAddresses): S {
  const stamp = (req: IncomingMessage) => clients.stamp(req);
  server.prependListener('request', stamp);
  server.prependListener('upgrade', stamp);
  return server;
}

function listenOn(server: NetServer, host: string, port: number, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      reject(
        new ListenError(
          e.code === 'EADDRINUSE'
            ? `${what} ${host}:${port} is already in use`
            : `cannot listen on ${what} ${host}:${port}: ${e.message}`,
        ),
      );
    });
    server.listen(port, host, () => resolve());
  });
}

/** Stops accepting, lets in-flight requests finish, and drops idle keep-alive connections. */
function closeServer(server: NetServer | Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    if ('closeIdleConnections' in server) server.closeIdleConnections();
  });
}
