/**
 * miniSIPServer's openapi as the runtime serves it: /openapi/object[/operation] over HTTP(S), its GETs on the fast
 * lane.
 */
import type { Services } from '../../domain/services.ts';
import type { DialectBinding } from '../../runtime/dialect.ts';
import { minisipFastPath } from './fast-path.ts';
import { minisipHandlers } from './handlers.ts';
import { minisipRoute } from './http-route.ts';
import { MinisipPipeline } from './pipeline.ts';

export function bindMinisip(services: Services): DialectBinding {
  const pipeline = new MinisipPipeline(services, minisipHandlers);
  const { limits, listen } = services.config;
  return {
    name: 'minisip',
    routes: [{ path: /^\/openapi(\/.*)?$/i, handle: minisipRoute(pipeline, limits.maxRequestBytes, listen.port) }],
    fastPath: minisipFastPath(pipeline, listen.port),
  };
}
