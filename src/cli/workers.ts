/**
 * `switchboard serve --workers N`: N server processes on the shared port (node:cluster hands connections and
 * datagrams round robin). The primary prepares the database once (migrations, globals, the admin), then forks and
 * supervises: a worker that dies is replaced after a back-off, and SIGTERM or SIGINT drains them all. Bans, nonces,
 * rate limits and cache invalidation must be shared, so Redis is required, and so is PostgreSQL. The worker in the
 * first place alone sends the outbox's messages: one SMPP bind for the fleet (SMSCs limit binds per account) and
 * the configured throughput in all, not once per worker; every worker queues.
 */
import cluster, { type Address, type Worker } from 'node:cluster';
import { Writable } from 'node:stream';
import { loadConfig } from '../platform/config.ts';
import { answerClusterMetrics } from '../platform/observability/cluster-metrics.ts';
import { redactUrl } from '../persistence/database.ts';
import { createServices } from '../app.ts';
import { RespawnBackoff } from './respawn-backoff.ts';
import { sipListening } from './serve.ts';
import { WORKER_SLOT_ENV } from './worker-slot.ts';

export async function serveWorkers(
  configFile: string | undefined,
  count: number,
  explain: (e: unknown) => string,
): Promise<number> {
  // From the start, so that a signal while the workers start stops them too.
  const stopRequested = new Promise<void>((resolve) => {
    process.once('SIGTERM', resolve);
    process.once('SIGINT', resolve);
  });
  let fleet: Fleet | undefined;
  try {
    const config = loadConfig(configFile);
    if (config.database.startsWith('sqlite:')) {
      console.error(
        'switchboard: --workers needs a PostgreSQL database: each worker caches what it reads, and processes sharing one SQLite file would answer from stale caches (one `serve` per SQLite file)',
      );
      return 1;
    }
    if (!config.redis) {
      console.error(
        'switchboard: --workers needs `redis: { url: … }` in the config: bans, nonces, rate limits and caches must be shared between the workers',
      );
      return 1;
    }
    const { services, start } = await createServices(
      config,
      new Writable({
        write(_c, _e, done) {
          done();
        },
      }),
    );
    await services.close();
    if (start.adminPassword) {
      console.error(
        `Created admin user "${config.admin.username}" with password: ${start.adminPassword} (kept in ${config.dataDir}/admin.password; shown once)`,
      );
    }
    answerClusterMetrics();
    fleet = new Fleet(count);
    const port = await Promise.race([fleet.start(), stopRequested.then(() => undefined)]);
    if (port !== undefined) {
      console.error(
        `Switchboard listening on ${config.listen.host}:${port} (HTTP, WebSocket, TCP and UDP)${sipListening(config.sip.port)} with ${count} workers (pids ${fleet.pids().join(', ')}); database ${redactUrl(config.database)}`,
      );
      fleet.supervise();
      await stopRequested;
    }
    return await fleet.stop();
  } catch (e) {
    console.error(`switchboard: ${explain(e)}`);
    await fleet?.stop();
    return 1;
  }
}

/** One place in the fleet: the worker filling it now, and the back-off for its next replacement. */
interface Slot {
  index: number;
  worker: Worker;
  startedAt: number;
  backoff: RespawnBackoff;
}

/** The workers, each replaced when it dies until stop() is called. */
class Fleet {
  readonly #count: number;
  readonly #slots: Slot[] = [];
  readonly #respawns = new Set<NodeJS.Timeout>();
  #supervising = false;
  #stopping = false;

  constructor(count: number) {
    this.#count = count;
  }

  /** Forks every worker; resolves with the port once all listen, rejects if one exits before. */
  start(): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      let listening = 0;
      for (let i = 0; i < this.#count; i++) {
        const slot: Slot = { index: i, worker: forkSlot(i), startedAt: Date.now(), backoff: new RespawnBackoff() };
        this.#slots.push(slot);
        // A worker's first TCP listener is the shared port (it listens before UDP and TLS): count each worker once.
        const onListening = (address: Address) => {
          if (address.addressType === 'udp4' || address.addressType === 'udp6') return;
          slot.worker.off('listening', onListening);
          if (++listening === this.#count) resolve(address.port);
        };
        slot.worker.on('listening', onListening);
        this.#watch(slot, (code) => {
          // A worker that cannot start at all (a port taken, a bad certificate) would fail the same way again.
          if (!this.#supervising)
            reject(new Error(`worker ${slot.worker.process.pid} exited with ${code} before listening`));
        });
      }
    });
  }

  pids(): number[] {
    return this.#slots.map((slot) => slot.worker.process.pid!);
  }

  /** From now on a worker that dies is replaced. */
  supervise(): void {
    this.#supervising = true;
  }

  /** Stops every live worker (SIGTERM: each drains its requests) and answers 0 when all exited cleanly. */
  async stop(): Promise<number> {
    this.#stopping = true;
    for (const timer of this.#respawns) clearTimeout(timer);
    const codes = await Promise.all(this.#slots.map((slot) => stopWorker(slot.worker)));
    return codes.every((code) => code === 0) ? 0 : 1;
  }

  #watch(slot: Slot, beforeSupervised: (code: number | null) => void): void {
    slot.worker.once('exit', (code, signal) => {
      if (this.#stopping) return;
      if (!this.#supervising) return beforeSupervised(code);
      const lived = Date.now() - slot.startedAt;
      const delay = slot.backoff.next(lived);
      const dead = slot.worker.process.pid;
      const timer = setTimeout(() => {
        this.#respawns.delete(timer);
        slot.worker = forkSlot(slot.index);
        slot.startedAt = Date.now();
        this.#watch(slot, beforeSupervised);
        console.error(
          `switchboard: worker ${dead} ${signal ? `was killed by ${signal}` : `exited with ${code}`} after ${seconds(lived)}; worker ${slot.worker.process.pid} replaces it (after ${seconds(delay)})`,
        );
      }, delay);
      this.#respawns.add(timer);
    });
  }
}

/** Answers 0 for a clean stop, which includes a worker ended by the SIGTERM before it had started. */
function stopWorker(worker: Worker): Promise<number | null> {
  if (worker.isDead()) return Promise.resolve(0);
  const exited = new Promise<number | null>((resolve) =>
    worker.once('exit', (code, signal) => resolve(signal === 'SIGTERM' ? 0 : code)),
  );
  worker.process.kill('SIGTERM');
  return exited;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** A worker for the place index, told it in its environment (a replacement takes the place of the one that died). */
function forkSlot(index: number): Worker {
  return cluster.fork({ [WORKER_SLOT_ENV]: String(index) });
}
