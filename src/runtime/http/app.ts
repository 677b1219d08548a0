/** The HTTP application: health, metrics, and each dialect's mount point. */
import Koa from 'koa';
import Router from '@koa/router';
import type { MizuV2Pipeline } from '../../dialects/mizu-v2/pipeline.ts';
import type { MinisipPipeline } from '../../dialects/minisip/pipeline.ts';
import type { Services } from '../../domain/services.ts';
import { mizuRoute } from '../../dialects/mizu-v2/http-route.ts';
import { mizuV1Route } from '../../dialects/mizu-v1/http-route.ts';
import { MizuV1Pipeline } from '../../dialects/mizu-v1/pipeline.ts';
import { mizuV1Handlers } from '../../dialects/mizu-v1/handlers.ts';
import { minisipRoute } from '../../dialects/minisip/http-route.ts';
import { MOR_PATH, morMount } from '../../dialects/mor/mount.ts';

export function createApp(services: Services, pipeline: MizuV2Pipeline, minisip: MinisipPipeline, isReady: () => boolean): Koa {
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
  const v1 = mizuV1Route(new MizuV1Pipeline(services, mizuV1Handlers), services.config.limits.maxRequestBytes);
  for (const prefix of ['/xmapi', '/xjava']) {
    router.all(`${prefix}/`, v1);
    router.all(`${prefix}/:command`, v1);
  }
  router.all(/^\/openapi(\/.*)?$/i, minisipRoute(minisip, services.config.limits.maxRequestBytes, services.config.listen.port));
  router.all(MOR_PATH, morMount(services));
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
