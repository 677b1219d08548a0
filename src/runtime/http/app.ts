/** The HTTP application: health, metrics, and each dialect's routes. */
import Koa from 'koa';
import Router from '@koa/router';
import type { Logger } from 'pino';
import type { Metrics } from '../../platform/observability/metrics.ts';
import type { DialectBinding } from '../dialect.ts';

export interface AppDeps {
  logger: Logger;
  metrics: Metrics;
  isReady: () => boolean;
}

export function createApp(deps: AppDeps, dialects: DialectBinding[]): Koa {
  const { logger, metrics, isReady } = deps;
  const app = new Koa();
  const router = new Router();
  router.get('/health', (ctx) => {
    ctx.status = isReady() ? 200 : 503;
    ctx.body = isReady() ? 'OK' : 'starting or stopping';
  });
  router.get('/metrics', async (ctx) => {
    ctx.type = metrics.registry.contentType;
    ctx.body = await metrics.registry.metrics();
  });
  for (const dialect of dialects) for (const route of dialect.routes) router.all(route.path, route.handle);
  app.use(async (ctx, next) => {
    try {
      await next();
    } catch (err) {
      logger.error({ err }, 'unhandled HTTP error');
      ctx.status = 500;
      ctx.body = 'internal error';
    }
    // Stopping: close the connection after this answer, or a keep-alive client could hold the process open forever.
    if (!isReady()) ctx.set('Connection', 'close');
  });
  app.use(router.routes());
  app.use(router.allowedMethods());
  return app;
}
