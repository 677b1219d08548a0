/**
 * openapi GETs (localuser/query and the other reads), straight to the pipeline: like the Mizu v2 GETs
 * (mizu-fast-path.ts) they need none of the Koa middleware. POST bodies, and any URL Koa would not split at its first
 * '?' (an absolute form, a '#', white space), go through the Koa application, so both answer the same.
 */
import { decodeQueryJson } from './decode.ts';
import type { MinisipPipeline } from './pipeline.ts';
import { JSON_TYPE, minisipInput } from './http-route.ts';
import { KOA_SLOW_URL } from '../../runtime/fast-lane/direct-answer.ts';
import type { FastPath } from '../../runtime/fast-lane/fast-path.ts';

/** /openapi, then a path segment or the query; case as the Koa route takes it. */
const OPENAPI = /^\/openapi(?:[/?]|$)/i;

export function minisipFastPath(pipeline: MinisipPipeline, defaultPort: number): FastPath {
  return (get) => {
    if (!OPENAPI.test(get.url) || KOA_SLOW_URL.test(get.url)) return undefined;
    return pipeline
      .handle(minisipInput(get, defaultPort, () => decodeQueryJson(get.query)))
      .then((answer) => ({ status: answer.httpStatus, contentType: JSON_TYPE, body: answer.body }));
  };
}
