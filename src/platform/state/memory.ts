/**
 * SharedState for the embedded single-process default: everything lives in this process and dies with it. What every
 * request asks (its counters, its ban) is answered at once, without a promise.
 */
import { DECAY_MEMORY_HALF_LIVES, type BanRecord, type NonceRecord, type SharedState } from './shared-state.ts';
import { Channels, type Listener } from './channels.ts';
import { decayed, issuedNonceKey, nonceKey, windowEnd } from './contract.ts';
import { ExpiringMap } from './expiring-map.ts';

export class MemoryState implements SharedState {
  readonly #counters = new ExpiringMap<{ count: number }>();
  readonly #decaying = new ExpiringMap<{ count: number; at: number }>();
  readonly #bans = new ExpiringMap<BanRecord>();
  readonly #nonces = new ExpiringMap<NonceRecord>();
  readonly #channels = new Channels();
  readonly #sequences = new Map<string, number>();
  readonly #tables = new Map<string, ExpiringMap<string>>();

  async hit(key: string, windowMs: number): Promise<number> {
    return this.#count(key, windowMs, Date.now());
  }

  hitEach(keys: readonly string[], windowMs: number): number[] {
    const now = Date.now();
    const counts: number[] = [];
    for (const key of keys) counts.push(this.#count(key, windowMs, now));
    return counts;
  }

  async reset(key: string): Promise<void> {
    this.#counters.delete(key);
    this.#decaying.delete(key);
  }

  async decay(key: string, halfLifeMs: number, now: number): Promise<number> {
    const last = this.#decaying.get(key, now);
    const at = Math.max(now, last?.at ?? now);
    const count = (last ? decayed(last.count, last.at, now, halfLifeMs) : 0) + 1;
    this.#decaying.set(key, { count, at }, at + DECAY_MEMORY_HALF_LIVES * halfLifeMs, now);
    return count;
  }

  async setBan(ban: BanRecord): Promise<void> {
    this.#bans.set(ban.ip, { ip: ban.ip, until: ban.until, reason: ban.reason }, ban.until);
  }

  getBan(ip: string): BanRecord | undefined {
    return this.#bans.get(ip);
  }

  async listBans(): Promise<BanRecord[]> {
    return this.#bans.values();
  }

  async deleteBan(ip: string): Promise<boolean> {
    return this.#bans.delete(ip);
  }

  async deleteAllBans(): Promise<number> {
    return this.#bans.clear();
  }

  async putNonce(record: NonceRecord, ttlMs: number): Promise<void> {
    this.#nonces.set(issuedNonceKey(record.nonce), { nonce: record.nonce, ip: record.ip }, Date.now() + ttlMs);
  }

  async takeNonce(prefix: string): Promise<NonceRecord | undefined> {
    const key = nonceKey(prefix);
    return key === undefined ? undefined : this.#nonces.take(key);
  }

  async nextInSequence(name: string): Promise<number> {
    const next = (this.#sequences.get(name) ?? 0) + 1;
    this.#sequences.set(name, next);
    return next;
  }

  async putRecord(table: string, id: string, value: string, ttlMs: number): Promise<void> {
    let records = this.#tables.get(table);
    if (!records) this.#tables.set(table, (records = new ExpiringMap()));
    records.set(id, value, Date.now() + ttlMs);
  }

  async deleteRecord(table: string, id: string): Promise<boolean> {
    return this.#tables.get(table)?.delete(id) ?? false;
  }

  async listRecords(table: string): Promise<string[]> {
    return this.#tables.get(table)?.values() ?? [];
  }

  /** Delivered on a later turn of the event loop, as a Redis round trip would be, never inside the publisher's call. */
  async publish(channel: string, message: string): Promise<void> {
    setImmediate(() => this.#channels.deliver(channel, message));
  }

  async subscribe(channel: string, listener: Listener): Promise<void> {
    this.#channels.add(channel, listener);
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {
    this.#channels.clear();
  }

  #count(key: string, windowMs: number, now: number): number {
    const counter = this.#counters.get(key, now);
    if (counter) return ++counter.count;
    this.#counters.set(key, { count: 1 }, windowEnd(windowMs, now), now);
    return 1;
  }
}
