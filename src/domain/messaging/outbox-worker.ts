/**
 * Sends one channel's outbox rows: claims the due ones in batches (outbox.ts), hands each to the channel's sender and
 * records the result: submitted, failed for good, or tried again after a back-off (doubling per attempt, up to a
 * ceiling, failed after maxAttempts). While the sender is not ready (the SMPP link is down) nothing is claimed.
 * stop() lets the row in hand finish and hands the rest of the batch back, so a restart resumes the queue.
 *
 * Delivery is at least once, de-duplicated by outbox row: a row is only sent under a claim; each SMS part is recorded
 * the moment the SMSC acknowledges it (submit_sm_resp) and the row marked submitted once every part is, and neither
 * a submitted row nor a recorded part is ever sent again. The one window left: a process that dies (kill -9, power,
 * a lost database connection) after the SMSC's acknowledgement and before that record commits — or a submit_sm_resp
 * that never comes — leaves the part unrecorded, and when the claim's lease ends the part is sent again: at most one
 * duplicate per message in flight at that moment (`window` of them). SMPP has no idempotency key to close it.
 */
import type { Logger } from 'pino';
import type { OutboxMessageRow } from '../../persistence/entities/messaging/outbox-message.ts';
import type { Channel, Outbox } from './outbox.ts';
import type { Sender, SendResult } from './sender.ts';

export interface WorkerOptions {
  /** Rows claimed at a time. */
  batch: number;
  /** Rows of a batch in flight at once (submit_sm windowing); 1 on SQLite, whose one connection takes one at a time. */
  window: number;
  /** How long a claim keeps other processes off a row: longer than a batch takes to send. */
  leaseMs: number;
  /** How often an idle worker looks for due rows (queueing here wakes it at once). */
  idleMs: number;
  retryBaseMs: number;
  retryMaxMs: number;
  maxAttempts: number;
}

export const DEFAULT_WORKER_OPTIONS: WorkerOptions = {
  batch: 20,
  window: 1,
  leaseMs: 120_000,
  idleMs: 1000,
  retryBaseMs: 2000,
  retryMaxMs: 600_000,
  maxAttempts: 10,
};

export class OutboxWorker {
  readonly #channel: Channel;
  readonly #outbox: Outbox;
  readonly #sender: Sender;
  readonly #logger: Logger;
  readonly #options: WorkerOptions;
  #running: Promise<void> | undefined;
  #stopping = false;
  #woken = false;
  #wake: (() => void) | undefined;

  constructor(channel: Channel, outbox: Outbox, sender: Sender, logger: Logger, options: WorkerOptions) {
    this.#channel = channel;
    this.#outbox = outbox;
    this.#sender = sender;
    this.#logger = logger;
    this.#options = options;
  }

  start(): void {
    this.#stopping = false;
    this.#running ??= this.#loop();
  }

  /** New work (or a sender become ready): look now rather than after idleMs. */
  wake(): void {
    this.#woken = true;
    this.#wake?.();
  }

  async stop(): Promise<void> {
    this.#stopping = true;
    this.wake();
    await this.#running;
    this.#running = undefined;
  }

  async #loop(): Promise<void> {
    while (!this.#stopping) {
      this.#woken = false;
      try {
        await this.#outbox.expireDue(this.#channel);
        const rows = this.#sender.ready()
          ? await this.#outbox.claim(this.#channel, this.#options.batch, this.#options.leaseMs)
          : [];
        if (rows.length === 0) await this.#idle();
        else await this.#sendBatch(rows);
      } catch (e) {
        this.#logger.error({ err: e, channel: this.#channel }, 'outbox worker step failed');
        await this.#idle();
      }
    }
  }

  async #sendBatch(rows: OutboxMessageRow[]): Promise<void> {
    const untried: number[] = [];
    let next = 0;
    const lane = async () => {
      for (let row = rows[next++]; row; row = rows[next++]) {
        if (this.#stopping || !this.#sender.ready()) untried.push(row.id);
        else await this.#record(row, await this.#send(row));
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.#options.window, rows.length) }, lane));
    await this.#outbox.release(untried);
  }

  async #send(row: OutboxMessageRow): Promise<SendResult> {
    try {
      return await this.#sender.send(row);
    } catch (e) {
      return { ok: false, permanent: false, reason: (e as Error).message };
    }
  }

  async #record(row: OutboxMessageRow, result: SendResult): Promise<void> {
    if (result.ok) return this.#outbox.submitted(row.id, result.state);
    this.#logger.warn({ id: row.id, channel: this.#channel, reason: result.reason }, 'message not sent');
    if (result.permanent) return this.#outbox.failed(row.id, result.reason);
    if (row.attempts >= this.#options.maxAttempts) {
      return this.#outbox.failed(row.id, `gave up after ${row.attempts} attempts: ${result.reason}`);
    }
    const delay = Math.min(this.#options.retryBaseMs * 2 ** (row.attempts - 1), this.#options.retryMaxMs);
    return this.#outbox.retryAt(row.id, new Date(Date.now() + delay), result.reason);
  }

  #idle(): Promise<void> {
    if (this.#woken || this.#stopping) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.#wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, this.#options.idleMs);
      this.#wake = done;
    });
  }
}
