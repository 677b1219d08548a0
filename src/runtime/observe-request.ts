/**
 * The bookkeeping every request shares, whatever its dialect: a request id in the async context (so every log
 * line carries it), the request counter and latency histogram, and one "request" log line with the outcome. An HTTP
 * request's context is opened where it arrives (fast-lane/arrival.ts: its id goes back in X-Request-Id); a request
 * line's is opened here.
 */
import type { Logger } from 'pino';
import { isPending, type Awaitable } from '../platform/awaitable.ts';
import type { Metrics } from '../platform/observability/metrics.ts';
import { currentRequest, newRequestId, runInRequest } from '../platform/observability/request-context.ts';

export interface ObserveDeps {
  logger: Logger;
  metrics: Metrics;
}

export interface RequestScope {
  dialect: string;
  transport: string;
  ip: string;
}

/** What the request reports about itself as it runs: which command it was, and how it ended ('ok' or an error code). */
export interface Observed {
  command: string;
  outcome: string;
}

/** A request answered at once (run returns a value) is recorded at once, without a promise. */
export function observeRequest<T>(
  deps: ObserveDeps,
  scope: RequestScope,
  run: (requestId: string, observed: Observed) => Awaitable<T>,
): Awaitable<T> {
  const arrived = currentRequest();
  // An HTTP request's context, opened on arrival: filled in, not replaced, so the id is the one its answer carries.
  if (arrived && arrived.dialect === undefined) {
    arrived.dialect = scope.dialect;
    arrived.transport = scope.transport;
    arrived.ip = scope.ip;
    return measured(deps, scope, arrived.requestId, run);
  }
  const requestId = newRequestId();
  return runInRequest({ requestId, dialect: scope.dialect, transport: scope.transport, ip: scope.ip }, () =>
    measured(deps, scope, requestId, run),
  );
}

function measured<T>(
  deps: ObserveDeps,
  scope: RequestScope,
  requestId: string,
  run: (requestId: string, observed: Observed) => Awaitable<T>,
): Awaitable<T> {
  const started = performance.now();
  const observed: Observed = { command: '?', outcome: 'ok' };
  let result: Awaitable<T>;
  try {
    result = run(requestId, observed);
  } catch (e) {
    record(deps, scope, observed, started);
    throw e;
  }
  if (!isPending(result)) {
    record(deps, scope, observed, started);
    return result;
  }
  return Promise.resolve(result).finally(() => record(deps, scope, observed, started));
}

function record(deps: ObserveDeps, scope: RequestScope, observed: Observed, started: number): void {
  const seconds = (performance.now() - started) / 1000;
  deps.metrics.requests.inc(scope.dialect, observed.command, scope.transport, observed.outcome);
  deps.metrics.latency.observe(scope.dialect, observed.command, seconds);
  // Checked first: at the usual warn level the line's object would be made for nothing on every request.
  if (deps.logger.isLevelEnabled('info')) {
    deps.logger.info(
      {
        command: observed.command,
        transport: scope.transport,
        outcome: observed.outcome,
        ms: Math.round(seconds * 10_000) / 10,
      },
      'request',
    );
  }
}
