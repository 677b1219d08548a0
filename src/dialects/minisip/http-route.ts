/**
 * The openapi over HTTP(S): `GET /openapi/object[/operation]?{json}`, or POST with the JSON as the body, answered by
 * the pipeline.
 */
import type { Context } from 'koa';
import { requestTarget } from '../../runtime/fast-lane/direct-answer.ts';
import type { FastGet } from '../../runtime/fast-lane/fast-path.ts';
import { readBody } from '../../runtime/http/read-body.ts';
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
    const target = { ...requestTarget(ctx.req), path: ctx.path, localPort: ctx.req.socket.localPort };
    const answer = await pipeline.handle(
      minisipInput(target, defaultPort, () => {
        if (unreadable) throw unreadable;
        return body.trim() !== '' ? decodeBodyJson(body) : decodeQueryJson(ctx.querystring);
      }),
    );
    ctx.status = answer.httpStatus;
    ctx.type = JSON_TYPE;
    ctx.body = answer.body;
  };
}

/**
 * The pipeline's input for a request on this server's socket (no proxy headers are trusted: the peer is the client).
 */
export function minisipInput(
  target: Pick<FastGet, 'path' | 'ip' | 'transport' | 'localPort'>,
  defaultPort: number,
  params: MinisipInput['params'],
): MinisipInput {
  return {
    transport: target.transport,
    ip: target.ip,
    port: target.localPort ?? defaultPort,
    path: target.path,
    params,
  };
}
