/**
 * Starts Switchboard: services, then the shared API port (HTTP, WebSocket, raw TCP lines), UDP on the same number,
 * and HTTPS/WSS when TLS is configured. `stop()` stops accepting, drains in-flight requests, and closes everything.
 */
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Server as NetServer } from 'node:net';
import type { Socket as UdpSocket } from 'node:dgram';
import type { Config } from '../platform/config.ts';
import { minisipHandlers } from '../dialects/minisip/handlers.ts';
import { mizuV2Handlers } from '../dialects/mizu-v2/handlers.ts';
import { createApp } from './http/app.ts';
import { fastPaths, withFastPaths } from './fast-lane/fast-path.ts';
import { minisipFastPath } from '../dialects/minisip/fast-path.ts';
import { mizuFastPath } from '../dialects/mizu-v2/fast-path.ts';
import { LeanHttp } from './fast-lane/lean-http.ts';
import { serveLines } from './listen/line-session.ts';
import { handToNodeHttp, sharedPort } from './listen/shared-port.ts';
import { listenUdp } from './listen/udp.ts';
import { attachWebSocket } from './listen/websocket.ts';
import { MinisipPipeline } from '../dialects/minisip/pipeline.ts';
import { morFastPath } from '../dialects/mor/fast-path.ts';
import { morPipeline } from '../dialects/mor/mount.ts';
import { MizuV2Pipeline } from '../dialects/mizu-v2/pipeline.ts';
import { createServices, type Services, type StartInfo } from '../domain/services.ts';

/** How long an idle keep-alive connection is kept open. */
const KEEP_ALIVE_MS = 5_000;

export class ListenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ListenError';
  }
}

export interface RunningServer {
  services: Services;
  start: StartInfo;
  port: number;
  tlsPort?: number;
  stop(): Promise<void>;
}

export async function startServer(config: Config, logDestination?: NodeJS.WritableStream): Promise<RunningServer> {
  const { services, start } = await createServices(config, logDestination);
  let ready = false;
  const pipeline = new MizuV2Pipeline(services, mizuV2Handlers);
  const minisip = new MinisipPipeline(services, minisipHandlers);
  const app = createApp(services, pipeline, minisip, () => ready);
  const writer = { isReady: () => ready, logger: services.logger, stalledAnswerMs: config.limits.stalledAnswerSeconds * 1000 };
  const fast = fastPaths(mizuFastPath(pipeline), minisipFastPath(minisip, config.listen.port), morFastPath(morPipeline(services)));
  const listener = withFastPaths(fast, writer, app.callback());
  const http = createHttpServer(listener);
  http.keepAliveTimeout = KEEP_ALIVE_MS;
  const lean = new LeanHttp({ fast, writer, keepAliveMs: KEEP_ALIVE_MS, handOver: handToNodeHttp(http) });
  const httpsServers: Server[] = [];
  const tcp = sharedPort(http, (socket, first) => lean.serve(socket, first), (socket, first) => serveLines(socket, first, pipeline, config.limits.maxRequestBytes));
  let udp: UdpSocket | undefined;
  let tls: Server | undefined;
  try {
    await listen(tcp, config.listen.host, config.listen.port, 'API port');
    const port = (tcp.address() as AddressInfo).port;
    udp = await listenUdp(config.listen.host, port, pipeline).catch((e: Error) => {
      throw new ListenError(`cannot listen on UDP ${config.listen.host}:${port}: ${e.message}`);
    });
    if (config.tls) {
      tls = createHttpsServer({ cert: readFileSync(config.tls.cert), key: readFileSync(config.tls.key) }, listener);
      await listen(tls, config.listen.host, config.tls.port, 'TLS port');
      httpsServers.push(tls);
    }
    const wss = attachWebSocket([http, ...httpsServers], pipeline, config.limits.maxRequestBytes);
    ready = true;
    // The cache of active users (fastusers) fills in the background: starting is not delayed, and requests meanwhile fill it themselves.
    void services.accounts.cache.warm(services.db.em()).then(
      (count) => services.logger.info({ count }, 'user cache warmed'),
      (err: unknown) => services.logger.warn({ err }, 'user cache warm-up stopped'),
    );
    services.logger.info({ port, tlsPort: tls ? (tls.address() as AddressInfo).port : undefined, database: services.db.engine }, 'switchboard accepting requests');
    return {
      services, start, port,
      tlsPort: tls ? (tls.address() as AddressInfo).port : undefined,
      async stop() {
        ready = false;
        for (const client of wss.clients) client.close(1001, 'server stopping');
        udp?.close();
        const closing = Promise.all([closeServer(tcp), closeServer(http), ...httpsServers.map(closeServer)]);
        lean.closeIdle();
        await closing;
        await services.close();
      },
    };
  } catch (e) {
    udp?.close();
    tcp.close();
    tls?.close();
    await services.close();
    throw e;
  }
}

function listen(server: NetServer, host: string, port: number, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      reject(new ListenError(e.code === 'EADDRINUSE' ? `${what} ${host}:${port} is already in use` : `cannot listen on ${what} ${host}:${port}: ${e.message}`));
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
