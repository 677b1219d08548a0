/** MOR as the runtime serves it: every request under /billing over HTTP(S), its GET pages on the fast lane. */
import type { Services } from '../../domain/services.ts';
import type { DialectBinding } from '../../runtime/dialect.ts';
import { morFastPath } from './fast-path.ts';
import { morActionPages, morHandlers } from './handlers.ts';
import { morRoute } from './http-route.ts';
import { MorPipeline } from './pipeline.ts';

export const MOR_PATH = /^\/billing(\/.*)?$/;

export function bindMor(services: Services): DialectBinding {
  const pipeline = new MorPipeline(services, morHandlers, morActionPages);
  return {
    name: 'mor',
    routes: [{ path: MOR_PATH, handle: morRoute(pipeline, services.config.limits) }],
    fastPath: morFastPath(pipeline),
  };
}
