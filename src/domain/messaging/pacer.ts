/** A throughput limit: take() resolves no sooner than 1/perSecond after the previous one (per process). */
import { setTimeout as sleep } from 'node:timers/promises';

export class Pacer {
  readonly #intervalMs: number;
  #nextFree = 0;
  constructor(perSecond: number) {
    this.#intervalMs = 1000 / perSecond;
  }

  async take(): Promise<void> {
    const now = performance.now();
    const at = Math.max(now, this.#nextFree);
    this.#nextFree = at + this.#intervalMs;
    if (at > now) await sleep(at - now);
  }
}
