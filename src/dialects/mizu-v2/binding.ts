/** Mizu v2 as the runtime serves it: /mvapireq over HTTP(S), its GETs on the fast lane, and request lines. */
import type { Services } from '../../domain/services.ts';
import type { DialectBinding, LineAnswerer } from '../../runtime/dialect.ts';
import { mizuFastPath } from './fast-path.ts';
import { mizuV2Handlers } from './handlers.ts';
import { mizuRoute } from './http-route.ts';
import { mizuLines } from './lines.ts';
import { MizuV2Pipeline } from './pipeline.ts';
import { smsCommands } from './sms-commands.ts';

export function bindMizuV2(services: Services): DialectBinding & { lines: LineAnswerer } {
  const pipeline = new MizuV2Pipeline(services, mizuV2Handlers);
  services.messaging.onInbound(smsCommands(services, mizuV2Handlers));
  const route = mizuRoute(pipeline, services.config.limits.maxRequestBytes);
  return {
    name: 'mizu-v2',
    routes: ['/mvapireq', '/mvapireq/', '/mvapireq/:command'].map((path) => ({ path, handle: route })),
    fastPath: mizuFastPath(pipeline),
    lines: mizuLines(pipeline),
  };
}
