/**
 * Per-command rate limits for each user, each client IP and the whole server (002: "including for attacks tied to
 * individual users, IP's and global usage").
 */
import { SwitchboardError } from '../../platform/errors.ts';
import { Memo } from './memo.ts';
import { whenReady, type Awaitable } from '../../platform/awaitable.ts';
import type { SharedState } from '../../platform/state/shared-state.ts';
import { windowEnd } from '../../platform/state/contract.ts';
import { askRetryAfter } from '../../platform/observability/request-context.ts';

export interface Limits {
  perUser: number;
  perIp: number;
  global: number;
  windowSeconds: number;
}

/** A command's counter keys, made once: a key built afresh every request had to be joined, flattened and hashed. */
class CounterKeys {
  readonly all: string;
  readonly byIp: Memo<string, string>;
  readonly byUser: Memo<number, string>;

  constructor(command: string) {
    this.all = `rl:${command}:all`;
    this.byIp = new Memo((ip) => `rl:${command}:ip:${ip}`);
    this.byUser = new Memo((userId) => `rl:${command}:user:${userId}`, 50_000);
  }
}

export class RateLimits {
  readonly #state: SharedState;
  readonly #limits: Limits;
  readonly #keys = new Memo((command: string) => new CounterKeys(command), 1_000);

  constructor(state: SharedState, limits: Limits) {
    this.#state = state;
    this.#limits = limits;
  }

  /** Counts the request; refuses it when a limit is passed. At once when the shared state is in process. */
  check(command: string, ip: string, userId?: number): Awaitable<void> {
    const commandKeys = this.#keys.get(command);
    const keys = [commandKeys.byIp.get(ip), commandKeys.all];
    if (userId !== undefined) keys.push(commandKeys.byUser.get(userId));
    return whenReady(this.#state.hitEach(keys, this.#limits.windowSeconds * 1000), (counts) =>
      this.#enforce(command, counts),
    );
  }

  /** counts: per IP, global, then per user when there is a user. */
  #enforce(command: string, counts: number[]): void {
    const { perIp, global, perUser, windowSeconds } = this.#limits;
    if (counts[0]! > perIp || counts[1]! > global || (counts[2] ?? 0) > perUser) {
      // The windows are fixed and aligned (contract.ts): the counters start again when this one ends.
      const now = Date.now();
      askRetryAfter(windowEnd(windowSeconds * 1000, now) - now);
      throw new SwitchboardError('rate-limited', `rate limit exceeded for ${command}: try again in ${windowSeconds} s`);
    }
  }
}
