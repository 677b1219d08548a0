/**
 * The calls in progress of every process sharing the state (serve --workers): each process keeps the calls it placed
 * as records of one table in the shared state, renewed while they last, so that discall, callrating and
 * session/release find a call whichever process placed it, and a user's calls hold their credit fleet-wide. A call's
 * legs live in the process that placed it: hanging up a call of another process is asked of that process over
 * publish/subscribe, and its answer awaited for a bounded time. The single-process default keeps the table in memory.
 */
import { randomUUID } from 'node:crypto';
import { SwitchboardError } from '../../../platform/errors.ts';
import type { SharedState } from '../../../platform/state/shared-state.ts';

/** A call in progress as every process sees it. */
export interface LiveCall {
  id: number;
  /** The process holding the call's legs. */
  owner: string;
  userId: number;
  username: string;
  numbers: string[];
  /** The SIP Call-IDs of the legs placed so far. */
  sipCallIds: string[];
  /** Both legs' rates added (what callrating answers). */
  ratePerMinuteMicros: bigint;
  /** The longest the call may last, the credit's and the dial plan's limit (none: not limited). */
  maxSeconds?: number;
  /** epoch milliseconds; none until it connects. */
  connectedAt?: number;
  /** The most the call may cost its user: what it holds of the user's credit. */
  mostItMayCostMicros: bigint;
}

/** The seconds a call may still last (undefined: not limited); its whole maximum until it connects. */
export function remainingSeconds(
  call: Pick<LiveCall, 'maxSeconds' | 'connectedAt'>,
  now = Date.now(),
): number | undefined {
  if (call.maxSeconds === undefined) return undefined;
  const elapsed = call.connectedAt === undefined ? 0 : Math.floor((now - call.connectedAt) / 1000);
  return Math.max(call.maxSeconds - elapsed, 0);
}

export type DirectoryState = Pick<
  SharedState,
  'nextInSequence' | 'putRecord' | 'deleteRecord' | 'listRecords' | 'publish' | 'subscribe'
>;

export interface CallDirectoryOptions {
  /** How long a record outlives its last renewal: a dead process's calls are gone after this (default RECORD_TTL_MS). */
  recordTtlMs?: number;
  /** How long the owner of a call may take to say it heard a hang-up request (default TAKEN_WITHIN_MS). */
  takenWithinMs?: number;
  /** How long it may take to hang the call up and bill it (default HUNG_UP_WITHIN_MS). */
  hungUpWithinMs?: number;
}

const TABLE = 'calls';
const SEQUENCE = 'call';
/** Carries {token, id, owner}: the owner of call id hangs it up. */
export const HANG_UP_CHANNEL = 'call-hang-up';
/** Carries the owner's answers: {token, taken} once heard, then {token, found} once the call is over and billed. */
const ANSWERS = 'call-hang-up-answers';

export const RECORD_TTL_MS = 30_000;
/** A live process hears a request a Redis round trip later: one that has not in this time is gone or stuck. */
export const TAKEN_WITHIN_MS = 3_000;
/** BYE's transaction gives up after 64·T1 = 32 s (RFC 3261 §17.1.2.2), then the call is billed. */
export const HUNG_UP_WITHIN_MS = 40_000;

type Answer = { token: string; taken: true } | { token: string; found: boolean; error?: string };

interface Pending {
  taken(): void;
  settle(answer: { found: boolean; error?: string }): void;
}

export class CallDirectory {
  /** This process, as the owner of the calls it places. */
  readonly owner = randomUUID();
  readonly #state: DirectoryState;
  readonly #ttlMs: number;
  readonly #takenWithinMs: number;
  readonly #hungUpWithinMs: number;
  /** This process's records, renewed every third of their lifetime while any is live. */
  readonly #mine = new Map<number, LiveCall>();
  readonly #pending = new Map<string, Pending>();
  #renewal: NodeJS.Timeout | undefined;
  #serving: Promise<void> | undefined;
  #asking: Promise<void> | undefined;

  constructor(state: DirectoryState, options: CallDirectoryOptions = {}) {
    this.#state = state;
    this.#ttlMs = options.recordTtlMs ?? RECORD_TTL_MS;
    this.#takenWithinMs = options.takenWithinMs ?? TAKEN_WITHIN_MS;
    this.#hungUpWithinMs = options.hungUpWithinMs ?? HUNG_UP_WITHIN_MS;
  }

  /** A call id no other process gives (a sequence of the shared state). */
  nextId(): Promise<number> {
    return this.#state.nextInSequence(SEQUENCE);
  }

  /**
   * Lists (or updates) a call of this process, and from the first one on hears hang-up requests for them:
   * hangUp(id) ends the call placed here and answers whether there was one.
   */
  async put(call: Omit<LiveCall, 'owner'>, hangUp: (id: number) => Promise<boolean>): Promise<void> {
    this.#serving ??= this.#state.subscribe(HANG_UP_CHANNEL, (message) => void this.#serve(message, hangUp));
    await this.#serving;
    const record = { ...call, owner: this.owner };
    this.#mine.set(call.id, record);
    this.#renewal ??= setInterval(() => void this.#renewAll(), this.#ttlMs / 3).unref();
    await this.#write(record);
  }

  async remove(id: number): Promise<void> {
    this.#mine.delete(id);
    if (this.#mine.size === 0) this.#stopRenewing();
    await this.#state.deleteRecord(TABLE, String(id));
  }

  /** Every process's calls in progress. */
  async all(): Promise<LiveCall[]> {
    return (await this.#state.listRecords(TABLE)).map(parse);
  }

  async find(id: number): Promise<LiveCall | undefined> {
    return (await this.all()).find((c) => c.id === id);
  }

  /**
   * Asks the owner of call to hang it up, and answers once it is over and billed: false when the owner no longer has
   * it. Fails `unavailable` when the owner does not answer in time.
   */
  async requestHangUp(call: Pick<LiveCall, 'id' | 'owner'>): Promise<boolean> {
    this.#asking ??= this.#state.subscribe(ANSWERS, (message) => this.#answered(JSON.parse(message) as Answer));
    await this.#asking;
    const token = randomUUID();
    const timeout = (ms: number, what: string) =>
      setTimeout(() => {
        this.#pending.delete(token);
        fail(
          new SwitchboardError('unavailable', `the process holding call ${call.id} did not ${what} within ${ms} ms`),
        );
      }, ms);
    let fail!: (e: Error) => void;
    const answer = new Promise<{ found: boolean; error?: string }>((resolve, reject) => {
      fail = reject;
      let timer = timeout(this.#takenWithinMs, 'answer');
      this.#pending.set(token, {
        taken: () => {
          clearTimeout(timer);
          timer = timeout(this.#hungUpWithinMs, 'end it');
        },
        settle: (outcome) => {
          clearTimeout(timer);
          this.#pending.delete(token);
          resolve(outcome);
        },
      });
    });
    await this.#state.publish(HANG_UP_CHANNEL, JSON.stringify({ token, id: call.id, owner: call.owner }));
    const { found, error } = await answer;
    if (error !== undefined)
      throw new SwitchboardError('command-failed', `hanging up call ${call.id} failed: ${error}`);
    return found;
  }

  /** Stops renewing this process's records (it is stopping; its calls are hung up and removed). */
  close(): void {
    this.#stopRenewing();
  }

  async #serve(message: string, hangUp: (id: number) => Promise<boolean>): Promise<void> {
    const { token, id, owner } = JSON.parse(message) as { token: string; id: number; owner: string };
    if (owner !== this.owner) return;
    const answer = (a: Answer) => this.#state.publish(ANSWERS, JSON.stringify(a));
    try {
      await answer({ token, taken: true });
      await answer({ token, found: await hangUp(id) });
    } catch (err) {
      await answer({ token, found: true, error: (err as Error).message }).catch(() => {});
    }
  }

  #answered(answer: Answer): void {
    const pending = this.#pending.get(answer.token);
    if (!pending) return;
    if ('taken' in answer) pending.taken();
    else pending.settle(answer);
  }

  async #renewAll(): Promise<void> {
    // A renewal lost to a Redis outage is made good by the next; the record outlives two of them.
    await Promise.all([...this.#mine.values()].map((r) => this.#write(r).catch(() => {})));
  }

  #write(record: LiveCall): Promise<void> {
    return this.#state.putRecord(TABLE, String(record.id), stringify(record), this.#ttlMs);
  }

  #stopRenewing(): void {
    clearInterval(this.#renewal);
    this.#renewal = undefined;
  }
}

/** Money travels as decimal text (JSON has no bigint). */
function stringify(call: LiveCall): string {
  return JSON.stringify({
    ...call,
    ratePerMinuteMicros: String(call.ratePerMinuteMicros),
    mostItMayCostMicros: String(call.mostItMayCostMicros),
  });
}

function parse(text: string): LiveCall {
  const record = JSON.parse(text) as LiveCall & { ratePerMinuteMicros: string; mostItMayCostMicros: string };
  return {
    ...record,
    ratePerMinuteMicros: BigInt(record.ratePerMinuteMicros),
    mostItMayCostMicros: BigInt(record.mostItMayCostMicros),
  };
}
