/** Prometheus metrics (prom-client) served on GET /metrics. */
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export class Metrics {
  readonly registry = new Registry();
  readonly requests = new Counter({
    name: 'switchboard_requests_total', help: 'API requests by dialect, command, transport and outcome',
    labelNames: ['dialect', 'command', 'transport', 'outcome'] as const, registers: [this.registry],
  });
  readonly latency = new Histogram({
    name: 'switchboard_request_duration_seconds', help: 'API request latency by dialect and command',
    labelNames: ['dialect', 'command'] as const, buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  readonly authFailures = new Counter({
    name: 'switchboard_auth_failures_total', help: 'Failed authentications by dialect and reason',
    labelNames: ['dialect', 'reason'] as const, registers: [this.registry],
  });
  readonly bans = new Counter({ name: 'switchboard_bans_total', help: 'IP addresses banned after repeated failed authentication', registers: [this.registry] });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'switchboard_' });
  }
}
