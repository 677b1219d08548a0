/**
 * MOR GET pages (the main page every login lands on, the lists and their exports), straight from node:http to the
 * pipeline: like the Mizu v2 and openapi GETs they need none of the Koa middleware, and skipping it was measured to
 * matter (bench/README.md). POST forms, and any URL Koa would not split at its first '?', go through Koa (route.ts),
 * so both answer the same.
 */
import { answerDirect, KOA_SLOW_URL, requestTarget, type DirectWriter, type RequestListener } from '../http/direct-answer.ts';
import type { MorPipeline } from './pipeline.ts';

/** The paths Koa mounts MOR on (MOR_PATH), up to the query. */
const BILLING = /^\/billing(?:[/?]|$)/;

export function withMorFastPath(pipeline: MorPipeline, writer: DirectWriter, next: RequestListener): RequestListener {
  return (req, res) => {
    const url = req.url ?? '';
    if (req.method !== 'GET' || !BILLING.test(url) || KOA_SLOW_URL.test(url)) return next(req, res);
    const { path, query, ip, transport } = requestTarget(req);
    const answering = pipeline.handle({
      method: 'GET', path: path.slice('/billing'.length) || '/', query: Object.fromEntries(new URLSearchParams(query)), body: {}, cookie: req.headers.cookie, ip, transport,
    });
    answerDirect(res, answering, writer);
  };
}
