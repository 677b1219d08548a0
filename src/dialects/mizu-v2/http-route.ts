/** Mizu v2 over HTTP(S): GET query strings and POST bodies in every documented format, answered by the pipeline. */
import type { Context } from 'koa';
import { decodeBody, decodeQuery } from '../mizu/decode/index.ts';
import type { MizuV2Pipeline } from './pipeline.ts';
import { clientAddressOf } from '../../runtime/client-address.ts';
import { readBody } from '../../runtime/http/read-body.ts';
import { salvageFormat } from '../mizu/decode/salvage.ts';

export function mizuRoute(pipeline: MizuV2Pipeline, maxRequestBytes: number) {
  return async (ctx: Context): Promise<void> => {
    const transport = ctx.protocol === 'https' ? 'https' : 'http';
    let params: Record<string, string> = {};
    let bodyFormat: string | undefined;
    let failure: unknown;
    try {
      params = decodeQuery(ctx.querystring);
      if (ctx.method === 'POST' || ctx.method === 'PUT') {
        const body = await readBody(ctx.req, maxRequestBytes);
        if (body.trim() !== '') {
          const decoded = decodeBody(ctx.get('content-type') || undefined, body);
          params = { ...params, ...decoded.params };
          bodyFormat = decoded.format;
        }
      }
    } catch (e) {
      failure = e;
      params = salvageFormat(ctx.querystring);
    }
    const out = await pipeline.handle({
      transport,
      ...clientAddressOf(ctx.req),
      params,
      bodyFormat,
      accept: ctx.get('accept') || undefined,
      pathCommand: typeof ctx.params?.command === 'string' ? ctx.params.command : undefined,
      failure,
    });
    ctx.status = out.httpStatus;
    ctx.type = out.rendered.contentType;
    ctx.body = out.rendered.body;
  };
}
