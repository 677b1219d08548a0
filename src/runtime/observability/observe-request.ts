/**
 * The bookkeeping every request shares, whatever its dialect: a request id in the async context (so every log
 * line carries it), the request counter and latency histogram, and one "request" log line with the outcome.
 */
import type { Services } from '../services.ts';
import { newRequestId, runInRequest } from './request-context.ts';

export interface RequestScope { dialect: string; transport: string; ip: string }

/** What the request reports about itself as it runs: which command it was, and how it ended ('ok' or an error code). */
export interface Observed { command: string; outcome: string }

export function observeRequest<T>(s: Services, scope: RequestScope, run: (requestId: string, observed: Observed) => Promise<T>): Promise<T> {
  const requestId = newRequestId();
  return runInRequest({ requestId, ...scope }, async () => {
    const started = performance.now();
    const observed: Observed = { command: '?', outcome: 'ok' };
    try {
      return await run(requestId, observed);
    } finally {
      const seconds = (performance.now() - started) / 1000;
      s.metrics.requests.inc(scope.dialect, observed.command, scope.transport, observed.outcome);
      s.metrics.latency.observe(scope.dialect, observed.command, seconds);
      // Checked first: at the usual warn level the line's object would be made for nothing on every request.
      if (s.logger.isLevelEnabled('info')) {
        s.logger.info({ command: observed.command, transport: scope.transport, outcome: observed.outcome, ms: Math.round(seconds * 10_000) / 10 }, 'request');
      }
    }
  });
}
