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
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Request ids: a random per-process prefix and a counter — unique without a random draw per request. */
const PREFIX = randomBytes(4).toString('hex');
let counter = 0;

export function newRequestId(): string {
  counter = (counter + 1) % 0x1_0000_0000;
  return PREFIX + counter.toString(16).padStart(8, '0');
}

export function runInRequest<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function currentRequest(): RequestContext | undefined {
  return storage.getStore();
}
