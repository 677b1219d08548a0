/** Per-command rate limits for each user, each client IP and the whole server (002: "including for attacks tied to individual users, IP's and global usage"). */
import { SwitchboardError } from '../errors.ts';
import type { SharedState } from '../../runtime/state/shared-state.ts';

export interface Limits { perUser: number; perIp: number; global: number; windowSeconds: number }

export class RateLimits {
  readonly #state: SharedState;
  readonly #limits: Limits;

  constructor(state: SharedState, limits: Limits) {
    this.#state = state;
    this.#limits = limits;
  }

  async check(command: string, ip: string, userId?: number): Promise<void> {
    const windowMs = this.#limits.windowSeconds * 1000;
    const keys = [`rl:${command}:ip:${ip}`, `rl:${command}:all`];
    if (userId !== undefined) keys.push(`rl:${command}:user:${userId}`);
    const [perIp = 0, global = 0, perUser = 0] = await this.#state.hitEach(keys, windowMs);
    if (perIp > this.#limits.perIp || perUser > this.#limits.perUser || global > this.#limits.global) {
      throw new SwitchboardError('rate-limited', `rate limit exceeded for ${command}: try again in ${this.#limits.windowSeconds} s`);
    }
  }
}
