/**
 * A Map whose entries vanish at their expiry time. Expired entries are swept on writes at most once per
 * sweepEveryMs, so they cannot pile up, and no timer keeps the process alive.
 */

interface Entry<V> {
  value: V;
  expiresAt: number;
}

export class ExpiringMap<V> {
  readonly #entries = new Map<string, Entry<V>>();
  readonly #sweepEveryMs: number;
  #nextSweep: number;

  constructor(sweepEveryMs = 60_000) {
    this.#sweepEveryMs = sweepEveryMs;
    this.#nextSweep = Date.now() + sweepEveryMs;
  }

  /** Entries held, expired ones not yet swept included. */
  get size(): number {
    return this.#entries.size;
  }

  /** now: the caller's clock reading, when it reads several entries at one instant. */
  get(key: string, now = Date.now()): V | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt > now) return entry.value;
    this.#entries.delete(key);
    return undefined;
  }

  /** expiresAt is epoch milliseconds; an entry is gone from that instant on. */
  set(key: string, value: V, expiresAt: number, now = Date.now()): void {
    this.#sweepIfDue(now);
    this.#entries.set(key, { value, expiresAt });
  }

  /** Removes and answers the live value under key. */
  take(key: string): V | undefined {
    const value = this.get(key);
    this.#entries.delete(key);
    return value;
  }

  /** Answers whether a live entry was removed. */
  delete(key: string): boolean {
    return this.take(key) !== undefined;
  }

  /** Live values, soonest to expire first. */
  values(): V[] {
    const now = Date.now();
    return [...this.#entries.values()]
      .filter((entry) => entry.expiresAt > now)
      .sort((a, b) => a.expiresAt - b.expiresAt)
      .map((entry) => entry.value);
  }

  /** Empties the map; answers how many live entries it held. */
  clear(): number {
    const live = this.values().length;
    this.#entries.clear();
    return live;
  }

  #sweepIfDue(now: number): void {
    if (now < this.#nextSweep) return;
    this.#nextSweep = now + this.#sweepEveryMs;
    for (const [key, entry] of this.#entries) {
      if (entry.expiresAt <= now) this.#entries.delete(key);
    }
  }
}
