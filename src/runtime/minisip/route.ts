/** The openapi over HTTP(S): `GET /openapi/object[/operation]?{json}`, or POST with the JSON as the body, answered by the pipeline. */
import type { IncomingMessage } from 'node:http';
import type { Context } from 'koa';
import { requestTarget, type RequestTarget } from '../http/direct-answer.ts';
import { readBody } from '../http/read-body.ts';
import { decodeBodyJson, decodeQueryJson } from './decode.ts';
import type { MinisipInput, MinisipPipeline } from './pipeline.ts';

/** The JSON type Koa gave openapi answers, kept byte for byte by the GET fast path. */
export const JSON_TYPE = 'application/json; charset=utf-8';

export function minisipRoute(pipeline: MinisipPipeline, maxRequestBytes: number, defaultPort: number) {
  return async (ctx: Context): Promise<void> => {
    let body = '';
    let unreadable: unknown;
    if (ctx.method === 'POST' || ctx.method === 'PUT') {
      try {
        body = await readBody(ctx.req, maxRequestBytes);
      } catch (e) {
        unreadable = e;
      }
    }
    const answer = await pipeline.handle(minisipInput(ctx.req, { ...requestTarget(ctx.req), path: ctx.path }, defaultPort, () => {
      if (unreadable) throw unreadable;
      return body.trim() !== '' ? decodeBodyJson(body) : decodeQueryJson(ctx.querystring);
    }));
    ctx.status = answer.httpStatus;
    ctx.type = JSON_TYPE;
    ctx.body = answer.body;
  };
}

/** The pipeline's input for a request on this server's socket (no proxy headers are trusted: the peer is the client). */
export function minisipInput(req: IncomingMessage, target: Pick<RequestTarget, 'path' | 'ip' | 'transport'>, defaultPort: number, params: MinisipInput['params']): MinisipInput {
  return { transport: target.transport, ip: target.ip, port: req.socket.localPort ?? defaultPort, path: target.path, params };
}
