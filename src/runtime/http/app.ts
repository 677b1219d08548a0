/** The HTTP application: health, metrics, and each dialect's mount point. */
import Koa from 'koa';
import Router from '@koa/router';
import type { MizuV2Pipeline } from '../mizu/pipeline.ts';
import type { Services } from '../services.ts';
import { mizuRoute } from './mizu-route.ts';
import { notYetServed } from './not-yet-served.ts';

export function createApp(services: Services, pipeline: MizuV2Pipeline, isReady: () => boolean): Koa {
  const app = new Koa();
  const router = new Router();
  router.get('/health', (ctx) => {
    ctx.status = isReady() ? 200 : 503;
    ctx.body = isReady() ? 'OK' : 'starting or stopping';
  });
  router.get('/metrics', async (ctx) => {
    ctx.type = services.metrics.registry.contentType;
    ctx.body = await services.metrics.registry.metrics();
  });
  const mizu = mizuRoute(pipeline, services.config.limits.maxRequestBytes);
  router.all('/mvapireq', mizu);
  router.all('/mvapireq/', mizu);
  router.all('/mvapireq/:command', mizu);
  for (const [prefix, dialect] of [['/xmapi', 'mizu-v1'], ['/xjava', 'mizu-v1'], ['/openapi', 'minisip'], ['/billing', 'mor']] as const) {
    router.all(new RegExp(`^${prefix}(/.*)?$`), notYetServed(dialect));
  }
  app.use(async (ctx, next) => {
    try {
      await next();
    } catch (err) {
      services.logger.error({ err }, 'unhandled HTTP error');
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
