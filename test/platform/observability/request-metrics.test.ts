// The hand-kept request counter and latency histogram read, in the Prometheus text format, exactly as prom-client's
// own Counter and Histogram read after the same requests.
import { Counter, Histogram, Registry, type Metric } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { LatencyHistogram, RequestCounter } from '../../../src/platform/observability/request-metrics.ts';

const BOUNDS = [0.001, 0.01, 0.1, 1];
const REQUESTS: [string, string, string, string, number][] = [
  ['mizu-v2', 'balance', 'http', 'ok', 0.0004],
  ['mizu-v2', 'balance', 'http', 'ok', 0.003],
  ['mizu-v2', 'balance', 'udp', 'auth-failed', 0.0009],
  ['mizu-v2', 'rating', 'http', 'ok', 0.05],
  ['minisip', 'localuser/query', 'https', 'ok', 2.5],
  ['mor', 'callc/main', 'http', 'not-found', 0.1],
];

describe('request metrics', () => {
  it('expose the same text as prom-client would', async () => {
    const ours = new Registry();
    const counter = new RequestCounter();
    const histogram = new LatencyHistogram(BOUNDS);
    ours.registerMetric(counter as unknown as Metric);
    ours.registerMetric(histogram as unknown as Metric);

    const theirs = new Registry();
    const promCounter = new Counter({
      name: counter.name,
      help: counter.help,
      labelNames: ['dialect', 'command', 'transport', 'outcome'],
      registers: [theirs],
    });
    const promHistogram = new Histogram({
      name: histogram.name,
      help: histogram.help,
      labelNames: ['dialect', 'command'],
      buckets: BOUNDS,
      registers: [theirs],
    });

    for (const [dialect, command, transport, outcome, seconds] of REQUESTS) {
      counter.inc(dialect, command, transport, outcome);
      histogram.observe(dialect, command, seconds);
      promCounter.inc({ dialect, command, transport, outcome });
      promHistogram.observe({ dialect, command }, seconds);
    }
    expect(await ours.metrics()).toBe(await theirs.metrics());
  });

  it('count what was served, and start again on reset', async () => {
    const counter = new RequestCounter();
    counter.inc('mizu-v2', 'balance', 'http', 'ok');
    counter.inc('mizu-v2', 'balance', 'http', 'ok');
    expect((await counter.get()).values).toEqual([
      { labels: { dialect: 'mizu-v2', command: 'balance', transport: 'http', outcome: 'ok' }, value: 2 },
    ]);
    counter.reset();
    expect((await counter.get()).values).toEqual([]);
  });
});
