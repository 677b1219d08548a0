/**
 * Per-request context (request id, client, dialect, command, user) carried by AsyncLocalStorage instead of threaded
 * through every layer.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';

export interface RequestContext {
  requestId: string;
  ip: string;
  transport: string;
  dialect?: string;
  command?: string;
  user?: string;
  /** Seconds the client is asked to wait before trying again (a rate limit, a ban): HTTP answers say Retry-After. */
  retryAfterSeconds?: number;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Request ids: a random per-process prefix and a counter — unique without a random draw per request. */
const PREFIX = randomBytes(4).toString('hex');
let counter = 0;

export function newRequestId(): string {
  counter = (counter + 1) % 0x1_0000_0000;
  return PREFIX + counter.toString(16).padStart(8, '0');
}

/**
 * A request id a client sent (X-Request-Id) that is safe to log and echo: 64 characters at most (the ledger's and
 * audit log's requestId columns), of [A-Za-z0-9._:-].
 */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** The client's request id when it is sane, else a new one. */
export function requestIdFrom(sent: string | undefined): string {
  return sent !== undefined && SANE_REQUEST_ID.test(sent) ? sent : newRequestId();
}

export function runInRequest<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function currentRequest(): RequestContext | undefined {
  return storage.getStore();
}

/** Asks the client of the current request, if any, to wait `ms` before trying again (rounded up to a second). */
export function askRetryAfter(ms: number): void {
  const request = storage.getStore();
  if (request) request.retryAfterSeconds = Math.max(1, Math.ceil(ms / 1000));
}
