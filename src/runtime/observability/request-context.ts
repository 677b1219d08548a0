/** Per-request context (request id, client, dialect, command, user) carried by AsyncLocalStorage instead of threaded through every layer. */
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

export function newRequestId(): string {
  return randomBytes(8).toString('hex');
}

export function runInRequest<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function currentRequest(): RequestContext | undefined {
  return storage.getStore();
}
