/**
 * The HTTP application: health, metrics, the API reference (/docs/), and each dialect's routes. It runs in the
 * request's context, opened by the listener in front of it (fast-lane/fast-path.ts), which has set X-Request-Id
 * already.
 */
import Koa from 'koa';
import Router from '@koa/router';
import type { Logger } from 'pino';
import type { Metrics } from '../../platform/observability/metrics.ts';
import { currentRequest } from '../../platform/observability/request-context.ts';
import { RETRY_AFTER } from '../fast-lane/arrival.ts';
import type { DialectBinding, HttpRoute } from '../dialect.ts';
import { cors } from './cors.ts';
import type { Health } from './health.ts';
import { isClientGone } from './read-body.ts';

export interface AppDeps {
  logger: Logger;
  metrics: Metrics;
  isReady: () => boolean;
  health: () => Promise<Health>;
  /** GET /docs/… (docs.ts). */
  docs: HttpRoute[];
  /** Origins whose browser pages may call the API (cors.ts); empty: none but the server's own. */
  corsOrigins: readonly string[];
}

export function createApp(deps: AppDeps, dialects: DialectBinding[]): Koa {
  const { logger, metrics, isReady, health, docs } = deps;
  const app = new Koa();
  const router = new Router();
  router.get('/health', async (ctx) => {
    const { status, body } = await health();
    ctx.status = status;
    ctx.body = body;
  });
  router.get('/metrics', async (ctx) => {
    ctx.type = metrics.registry.contentType;
    ctx.body = await metrics.text();
  });
  for (const route of docs) router.get(route.path, route.handle);
  for (const dialect of dialects) for (const route of dialect.routes) router.all(route.path, route.handle);
  app.use(async (ctx, next) => {
    try {
      await next();
    } catch (err) {
      logger.error({ err }, 'unhandled HTTP error');
      ctx.status = 500;
      ctx.body = 'internal error';
    }
    const wait = currentRequest()?.retryAfterSeconds;
    if (wait !== undefined) ctx.set(RETRY_AFTER, String(wait));
    // Stopping: close the connection after this answer, or a keep-alive client could hold the process open forever.
    if (!isReady()) ctx.set('Connection', 'close');
  });
  app.use(cors(deps.corsOrigins));
  app.use(router.routes());
  app.use(router.allowedMethods());
  // Koa's report of a connection that failed around an answer (printed with a stack when nobody listens): a client
  // that went away mid-request is a debug line; anything else an error.
  app.on('error', (err: NodeJS.ErrnoException) => {
    if (isClientGone(err)) logger.debug({ code: err.code ?? err.message }, 'the client went away mid-request');
    else logger.error({ err }, 'HTTP connection failed');
  });
  return app;
}
