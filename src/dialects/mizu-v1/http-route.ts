/** Mizu v1 over HTTP(S): /xmapi/COMMAND and /xjava/COMMAND, GET or POST (form or query body). */
import type { Context } from 'koa';
import { clientAddressOf } from '../../runtime/client-address.ts';
import { decodeBody, decodeQuery } from '../mizu/decode/index.ts';
import type { MizuV1Pipeline } from './pipeline.ts';
import { readBody } from '../../runtime/http/read-body.ts';

export function mizuV1Route(pipeline: MizuV1Pipeline, maxRequestBytes: number) {
  return async (ctx: Context): Promise<void> => {
    let params: Record<string, string> = {};
    let failure: unknown;
    try {
      params = decodeQuery(ctx.querystring);
      if (ctx.method === 'POST') {
        const body = await readBody(ctx.req, maxRequestBytes);
        if (body.trim() !== '')
          params = { ...params, ...decodeBody(ctx.get('content-type') || undefined, body).params };
      }
    } catch (e) {
      failure = e;
    }
    const command = typeof ctx.params?.command === 'string' ? ctx.params.command : '';
    const out = await pipeline.handle({
      command,
      params,
      ...clientAddressOf(ctx.req),
      transport: ctx.protocol === 'https' ? 'https' : 'http',
      failure,
    });
    ctx.status = out.httpStatus;
    ctx.type = out.contentType;
    ctx.body = out.body;
  };
}
