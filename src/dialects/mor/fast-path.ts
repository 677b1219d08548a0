/**
 * MOR GET pages (the main page every login lands on, the lists and their exports), straight to the pipeline: like
 * the Mizu v2 and openapi GETs they need none of the Koa middleware. POST forms, and any URL Koa would not split at
 * its first '?', go through Koa (route.ts), so both answer the same.
 */
import { KOA_SLOW_URL } from '../../runtime/fast-lane/direct-answer.ts';
import type { FastPath } from '../../runtime/fast-lane/fast-path.ts';
import type { MorPipeline } from './pipeline.ts';

/** The paths Koa mounts MOR on (MOR_PATH), up to the query. */
const BILLING = /^\/billing(?:[/?]|$)/;

export function morFastPath(pipeline: MorPipeline): FastPath {
  return (get) => {
    if (!BILLING.test(get.url) || KOA_SLOW_URL.test(get.url)) return undefined;
    return pipeline.handle({
      method: 'GET',
      path: get.path.slice('/billing'.length) || '/',
      query: Object.fromEntries(new URLSearchParams(get.query)),
      body: {},
      cookie: get.cookie,
      ip: get.ip,
      transport: get.transport,
    });
  };
}
