/**
 * Mizu v1 as the runtime serves it: /xmapi/COMMAND and /xjava/COMMAND over HTTP(S). The empty COMMAND is the vendor's
 * /xmapi/; /xmapi without the slash is the same endpoint, as /mvapireq is for Mizu v2.
 */
import type { Services } from '../../domain/services.ts';
import type { DialectBinding } from '../../runtime/dialect.ts';
import { mizuV1Handlers } from './handlers.ts';
import { mizuV1Route } from './http-route.ts';
import { MizuV1Pipeline } from './pipeline.ts';

export function bindMizuV1(services: Services): DialectBinding {
  const route = mizuV1Route(new MizuV1Pipeline(services, mizuV1Handlers), services.config.limits.maxRequestBytes);
  return {
    name: 'mizu-v1',
    routes: ['/xmapi', '/xjava']
      .flatMap((prefix) => [prefix, `${prefix}/`, `${prefix}/:command`])
      .map((path) => ({ path, handle: route })),
  };
}
