/** Prometheus metrics (prom-client) served on GET /metrics. */
import cluster from 'node:cluster';
import { Counter, Gauge, Registry, collectDefaultMetrics, type Metric } from 'prom-client';
import { PACKAGE_VERSION } from '../version.ts';
import { fleetMetrics } from './cluster-metrics.ts';
import { LatencyHistogram, RequestCounter } from './request-metrics.ts';

export class Metrics {
  readonly registry = new Registry();
  /** Updated by every request: kept without prom-client's per-call label work (request-metrics.ts). */
  readonly requests = new RequestCounter();
  readonly latency = new LatencyHistogram([0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5]);
  readonly authFailures = new Counter({
    name: 'switchboard_auth_failures_total',
    help: 'Failed authentications by dialect and reason',
    labelNames: ['dialect', 'reason'] as const,
    registers: [this.registry],
  });
  readonly bans = new Counter({
    name: 'switchboard_bans_total',
    help: 'IP addresses banned after repeated failed authentication',
    registers: [this.registry],
  });
  /** The Prometheus text: this process's metrics, or under `serve --workers` the whole fleet's. */
  readonly text: () => Promise<string>;

  constructor() {
    // The registry reads a metric through its name and get(), which these have in prom-client's shape.
    this.registry.registerMetric(this.requests as unknown as Metric);
    this.registry.registerMetric(this.latency as unknown as Metric);
    new Gauge({
      name: 'switchboard_build_info',
      help: 'The running Switchboard and Node versions (always 1)',
      labelNames: ['version', 'node'] as const,
      // The same in every worker: summing the fleet would count the workers.
      aggregator: 'first',
      registers: [this.registry],
    }).set({ version: PACKAGE_VERSION, node: process.versions.node }, 1);
    // Stock names (process_cpu_seconds_total, nodejs_heap_size_used_bytes, …), which stock dashboards expect.
    collectDefaultMetrics({ register: this.registry });
    this.text = cluster.isWorker ? fleetMetrics(this.registry) : () => this.registry.metrics();
  }
}
