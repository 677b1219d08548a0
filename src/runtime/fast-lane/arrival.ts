/**
 * An HTTP request's context, opened where it arrives (the lean reader, or node:http's request listener) and filled in
 * by the pipeline (observe-request.ts). Its id is the one the answer carries in X-Request-Id and the one its log lines
 * carry: the client's when it sent a sane one (a proxy's or a caller's id then follows the request through), else a
 * new one. Whatever runs for the request may ask the client to come back later (askRetryAfter): the answer then says
 * Retry-After.
 */
import { requestIdFrom, type RequestContext } from '../../platform/observability/request-context.ts';

export const REQUEST_ID = 'X-Request-Id';
export const RETRY_AFTER = 'Retry-After';

export function arriving(sentId: string | undefined, ip: string, transport: string): RequestContext {
  return { requestId: requestIdFrom(sentId), ip, transport };
}
