/**
 * openapi GETs (localuser/query and the other reads), straight from node:http to the pipeline: like the Mizu v2 GETs
 * (mizu-fast-path.ts) they need none of the Koa middleware. POST bodies, and any URL Koa would not split at its first
 * '?' (an absolute form, a '#', white space), go through the Koa application, so both answer the same.
 */
import { decodeQueryJson } from '../minisip/decode.ts';
import type { MinisipPipeline } from '../minisip/pipeline.ts';
import { JSON_TYPE, minisipInput } from '../minisip/route.ts';
import type { Services } from '../services.ts';
import { answerDirect, KOA_SLOW_URL, requestTarget, type DirectWriter, type RequestListener } from './direct-answer.ts';

/** /openapi, then a path segment or the query; case as the Koa route takes it. */
const OPENAPI = /^\/openapi(?:[/?]|$)/i;

export function withMinisipFastPath(pipeline: MinisipPipeline, services: Services, writer: DirectWriter, next: RequestListener): RequestListener {
  return (req, res) => {
    const url = req.url ?? '';
    if (req.method !== 'GET' || !OPENAPI.test(url) || KOA_SLOW_URL.test(url)) return next(req, res);
    const target = requestTarget(req);
    const answering = pipeline.handle(minisipInput(req, target, services.config.listen.port, () => decodeQueryJson(target.query)))
      .then((answer) => ({ status: answer.httpStatus, contentType: JSON_TYPE, body: answer.body }));
    answerDirect(res, answering, writer);
  };
}
