/**
 * The listening side of Switchboard: the shared API port (HTTP, WebSocket, raw TCP lines), UDP on the same number,
 * and HTTPS/WSS when TLS is configured, serving the dialects the composition root hands it. `stop()` stops
 * accepting, drains in-flight requests and closes every listener.
 */
import { createServer as createHttpServer, type IncomingMessage, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Server as NetServer } from 'node:net';
import type { Socket as UdpSocket } from 'node:dgram';
import type { Logger } from 'pino';
import type { Config } from '../platform/config.ts';
import { readTlsFiles } from '../platform/tls-files.ts';
import type { Metrics } from '../platform/observability/metrics.ts';
import { ClientAddresses } from './client-address.ts';
import type { DialectBinding, LineAnswerer } from './dialect.ts';
import { createApp } from './http/app.ts';
import { checkHealth, type HealthDeps } from './http/health.ts';
import { fastPaths, withFastPaths } from './fast-lane/fast-path.ts';
import { LeanHttp } from './fast-lane/lean-http.ts';
import { ConnectionCaps } from './listen/connection-caps.ts';
import { serveLines } from './listen/line-session.ts';
import { handToNodeHttp, sharedPort } from './listen/shared-port.ts';
import { listenUdp } from './listen/udp.ts';
import { attachWebSocket } from './listen/websocket.ts';

/** How long an idle keep-alive connection is kept open. */
const KEEP_ALIVE_MS = 5_000;

export class ListenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ListenError';
  }
}

export interface ListenDeps extends Pick<HealthDeps, 'db' | 'state'> {
  config: Pick<Config, 'listen' | 'tls' | 'limits' | 'trust' | 'redis'>;
  logger: Logger;
  metrics: Metrics;
}

/** What the runtime serves: each dialect's routes and fast GETs, and the answerer of request lines. */
export interface Surfaces {
  dialects: DialectBinding[];
  lines: LineAnswerer;
}

export interface Listening {
  port: number;
  tlsPort?: number;
  stop(): Promise<void>;
}

export async function listen(deps: ListenDeps, surfaces: Surfaces): Promise<Listening> {
  const { config } = deps;
  let ready = false;
  const isReady = () => ready;
  const health = () => checkHealth({ isReady, db: deps.db, state: deps.state, redis: config.redis !== undefined });
  const app = createApp({ logger: deps.logger, metrics: deps.metrics, isReady, health }, surfaces.dialects);
  const writer = {
    isReady: () => ready,
    logger: deps.logger,
    stalledAnswerMs: config.limits.stalledAnswerSeconds * 1000,
  };
  const fast = fastPaths(...surfaces.dialects.flatMap((d) => (d.fastPath ? [d.fastPath] : [])));
  const listener = withFastPaths(fast, writer, app.callback());
  const clients = new ClientAddresses(config.trust);
  const http = resolvingClients(createHttpServer(listener), clients);
  http.keepAliveTimeout = KEEP_ALIVE_MS;
  const toNodeHttp = handToNodeHttp(http);
  // Without the lean reader, node:http reads every HTTP connection of the shared port (the fast paths still answer).
  const lean = config.listen.leanHttp
    ? new LeanHttp({ fast, writer, clients, keepAliveMs: KEEP_ALIVE_MS, handOver: toNodeHttp })
    : undefined;
  const httpsServers: Server[] = [];
  // One count for the shared port and the TLS port: a client's connections to both add up.
  const caps = new ConnectionCaps(config.limits, (ip) => clients.isProxy(ip));
  const tcp = sharedPort(
    http,
    (socket, first) => (lean ? lean.serve(socket, first) : toNodeHttp(socket, first)),
    (socket, first) =>
      serveLines(socket, first, surfaces.lines, {
        maxLineBytes: config.limits.maxRequestBytes,
        idleMs: config.limits.lineIdleSeconds * 1000,
      }),
    caps,
  );
  let udp: UdpSocket | undefined;
  let tls: Server | undefined;
  try {
    await listenOn(tcp, config.listen.host, config.listen.port, 'API port');
    const port = (tcp.address() as AddressInfo).port;
    if (config.listen.udp)
      udp = await listenUdp(config.listen.host, port, surfaces.lines).catch((e: Error) => {
        throw new ListenError(`cannot listen on UDP ${config.listen.host}:${port}: ${e.message}`);
      });
    if (config.tls) {
      tls = caps.guard(resolvingClients(createHttpsServer(readTlsFiles(config.tls), listener), clients));
      await listenOn(tls, config.listen.host, config.tls.port, 'TLS port');
      httpsServers.push(tls);
    }
    const wss = attachWebSocket([http, ...httpsServers], surfaces.lines, config.limits.maxRequestBytes);
    ready = true;
    return {
      port,
      tlsPort: tls ? (tls.address() as AddressInfo).port : undefined,
      async stop() {
        ready = false;
        for (const client of wss.clients) client.close(1001, 'server stopping');
        udp?.close();
        const closing = Promise.all([closeServer(tcp), closeServer(http), ...httpsServers.map(closeServer)]);
        lean?.closeIdle();
        await closing;
      },
    };
  } catch (e) {
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
