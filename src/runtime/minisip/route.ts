/** The openapi over HTTP(S): `GET /openapi/object[/operation]?{json}`, or POST with the JSON as the body, answered by the pipeline. */
import type { Context } from 'koa';
import { minisipHandlers } from '../../dialects/minisip/handlers.ts';
import { plainIp } from '../../domain/access/trust.ts';
import { readBody } from '../http/read-body.ts';
import type { Services } from '../services.ts';
import { decodeBodyJson, decodeQueryJson } from './decode.ts';
import { MinisipPipeline } from './pipeline.ts';

export function minisipRoute(services: Services) {
  const pipeline = new MinisipPipeline(services, minisipHandlers);
  const limit = services.config.limits.maxRequestBytes;
  return async (ctx: Context): Promise<void> => {
    let body = '';
    let unreadable: unknown;
    if (ctx.method === 'POST' || ctx.method === 'PUT') {
      try {
        body = await readBody(ctx.req, limit);
      } catch (e) {
        unreadable = e;
      }
    }
    const answer = await pipeline.handle({
      transport: ctx.protocol === 'https' ? 'https' : 'http',
      ip: plainIp(ctx.request.ip),
      port: ctx.req.socket.localPort ?? services.config.listen.port,
      path: ctx.path,
      params: () => {
        if (unreadable) throw unreadable;
        return body.trim() !== '' ? decodeBodyJson(body) : decodeQueryJson(ctx.querystring);
      },
    });
    ctx.status = answer.httpStatus;
    ctx.type = 'application/json';
    ctx.body = answer.body;
  };
}
