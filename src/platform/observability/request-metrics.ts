/**
 * The request counter and latency histogram that every request updates. prom-client validates and hashes the
 * labels on each call, which measured 3-4 µs of the ~27 µs a Mizu `balance` cost the server (bench/README.md);
 * these keep each series in nested maps keyed by label value, and hand the registry the same counter and histogram,
 * in prom-client's own metric shape, when it is scraped.
 */

type Labels = Record<string, string | number>;
interface Sample {
  labels: Labels;
  value: number;
  metricName?: string;
}
export interface MetricData {
  name: string;
  help: string;
  type: 'counter' | 'histogram';
  aggregator: 'sum';
  values: Sample[];
}

/** A level of nested maps, one per label, made as it is first reached. */
type Level<T> = Map<string, T>;

/** The value under key, made when first reached. make is made once, not per call: this runs on every request. */
function leaf<T>(level: Level<T>, key: string, make: () => T): T {
  let value = level.get(key);
  if (value === undefined) level.set(key, (value = make()));
  return value;
}

function newLevel<T>(): Level<T> {
  return new Map<string, T>();
}

/** The next level under key. */
function inner<T>(level: Level<Level<T>>, key: string): Level<T> {
  return leaf<Level<T>>(level, key, newLevel);
}

function newCount(): { value: number } {
  return { value: 0 };
}

/** switchboard_requests_total{dialect, command, transport, outcome}. */
export class RequestCounter {
  readonly name = 'switchboard_requests_total';
  readonly help = 'API requests by dialect, command, transport and outcome';
  readonly type = 'counter';
  #counts: Level<Level<Level<Level<{ value: number }>>>> = new Map();

  inc(dialect: string, command: string, transport: string, outcome: string): void {
    const outcomes = inner(inner(inner(this.#counts, dialect), command), transport);
    leaf(outcomes, outcome, newCount).value++;
  }

  async get(): Promise<MetricData> {
    const values: Sample[] = [];
    for (const [dialect, commands] of this.#counts) {
      for (const [command, transports] of commands) {
        for (const [transport, outcomes] of transports) {
          for (const [outcome, { value }] of outcomes)
            values.push({ labels: { dialect, command, transport, outcome }, value });
        }
      }
    }
    return { name: this.name, help: this.help, type: 'counter', aggregator: 'sum', values };
  }

  reset(): void {
    this.#counts = new Map();
  }
}

interface Distribution {
  buckets: number[];
  sum: number;
  count: number;
}

/** switchboard_request_duration_seconds{dialect, command}: seconds, in the buckets given. */
export class LatencyHistogram {
  readonly name = 'switchboard_request_duration_seconds';
  readonly help = 'API request latency by dialect and command';
  readonly type = 'histogram';
  readonly #bounds: readonly number[];
  #series: Level<Level<Distribution>> = new Map();

  readonly #newDistribution = (): Distribution => ({ buckets: this.#bounds.map(() => 0), sum: 0, count: 0 });

  constructor(bounds: readonly number[]) {
    this.#bounds = bounds;
  }

  observe(dialect: string, command: string, seconds: number): void {
    const series = leaf(inner(this.#series, dialect), command, this.#newDistribution);
    const bucket = this.#bucketOf(seconds);
    if (bucket >= 0) series.buckets[bucket]!++;
    series.sum += seconds;
    series.count++;
  }

  /** The first bucket whose bound holds seconds; -1 past the last. A loop: findIndex would make a closure a request. */
  #bucketOf(seconds: number): number {
    for (let i = 0; i < this.#bounds.length; i++) if (seconds <= this.#bounds[i]!) return i;
    return -1;
  }

  async get(): Promise<MetricData> {
    const values: Sample[] = [];
    for (const [dialect, commands] of this.#series) {
      for (const [command, { buckets, sum, count }] of commands) {
        let cumulative = 0;
        this.#bounds.forEach((le, i) => {
          cumulative += buckets[i]!;
          values.push({ labels: { le, dialect, command }, value: cumulative, metricName: `${this.name}_bucket` });
        });
        values.push({ labels: { le: '+Inf', dialect, command }, value: count, metricName: `${this.name}_bucket` });
        values.push({ labels: { dialect, command }, value: sum, metricName: `${this.name}_sum` });
        values.push({ labels: { dialect, command }, value: count, metricName: `${this.name}_count` });
      }
    }
    return { name: this.name, help: this.help, type: 'histogram', aggregator: 'sum', values };
  }

  reset(): void {
    this.#series = new Map();
  }
}
