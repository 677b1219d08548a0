/**
 * openapi GETs (localuser/query and the other reads), straight from node:http to the pipeline: like the Mizu v2 GETs
 * (mizu-fast-path.ts) they need none of the Koa middleware. POST bodies, and any URL Koa would not split at its first
 * '?' (an absolute form, a '#', white space), go through the Koa application, so both answer the same.
 */
import { decodeQueryJson } from '../minisip/decode.ts';
import type { MinisipPipeline } from '../minisip/pipeline.ts';
import { JSON_TYPE, minisipInput } from '../minisip/route.ts';
import type { Services } from '../services.ts';
import { writeDirect, type RequestListener } from './direct-answer.ts';

/** /openapi, then a path segment or the query; case as the Koa route takes it. */
const OPENAPI = /^\/openapi(?:[/?]|$)/i;
/** Characters that make Koa's URL parser (parseurl) take its slow path, which splits the URL differently. */
const SLOW_URL = /[\t\n\f\r #\u00a0\ufeff]/;

export function withMinisipFastPath(pipeline: MinisipPipeline, services: Services, isReady: () => boolean, next: RequestListener): RequestListener {
  return (req, res) => {
    const url = req.url ?? '';
    if (req.method !== 'GET' || !OPENAPI.test(url) || SLOW_URL.test(url)) return next(req, res);
    const q = url.indexOf('?');
    const path = q < 0 ? url : url.slice(0, q);
    const query = q < 0 ? '' : url.slice(q + 1);
    pipeline.handle(minisipInput(req, path, services.config.listen.port, () => decodeQueryJson(query))).then(
      (answer) => writeDirect(res, { status: answer.httpStatus, contentType: JSON_TYPE, body: answer.body }, isReady),
      (err: unknown) => {
        services.logger.error({ err }, 'unhandled HTTP error');
        writeDirect(res, { status: 500, contentType: 'text/plain; charset=utf-8', body: 'internal error' }, isReady);
      },
    );
  };
}
