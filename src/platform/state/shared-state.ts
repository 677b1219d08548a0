/**
 * State several Switchboard processes must share: rate-limit counters, bans, single-use nonces, sequences, tables
 * of short-lived records (the calls in progress) and cache invalidation. In-process for the embedded default (memory.ts), Redis when configured (redis.ts).
 */
import type { Awaitable } from '../awaitable.ts';

export interface BanRecord {
  ip: string;
  /** epoch milliseconds */
  until: number;
  reason: string;
}

export interface NonceRecord {
  nonce: string;
  /** The client address it was issued to. */
  ip: string;
}

export interface SharedState {
  /** Counts one hit for key in a fixed window of windowMs; answers the count so far in this window. */
  hit(key: string, windowMs: number): Promise<number>;
  /**
   * hit() for several keys at once (a request's per-IP, per-user and global counters): one round trip, not one a key.
   * Asked on every request, so the in-process state answers at once.
   */
  hitEach(keys: readonly string[], windowMs: number): Awaitable<number[]>;
  /** Forgets the counter of key, fixed-window and decaying alike (e.g. failed logins after a success). */
  reset(key: string): Promise<void>;
  /**
   * Adds one to key's decaying count and answers the count after it: the count halves every halfLifeMs, so hits add
   * up however they are spread in time (a fixed window is dodged by pacing hits to it). now: the caller's clock, epoch
   * milliseconds; a count unused for DECAY_MEMORY_HALF_LIVES half-lives is forgotten.
   */
  decay(key: string, halfLifeMs: number, now: number): Promise<number>;

  setBan(ban: BanRecord): Promise<void>;
  /** The ban in force for ip, or undefined (expired bans are gone). Asked on every request, like hitEach. */
  getBan(ip: string): Awaitable<BanRecord | undefined>;
  listBans(): Promise<BanRecord[]>;
  deleteBan(ip: string): Promise<boolean>;
  deleteAllBans(): Promise<number>;

  /** Stores a nonce for ttlMs, findable by its first NONCE_KEY_LENGTH characters (clients send only a prefix). */
  putNonce(record: NonceRecord, ttlMs: number): Promise<void>;
  /** Atomically takes (and removes) the nonce whose key prefix matches: a nonce is accepted once, by any process. */
  takeNonce(prefix: string): Promise<NonceRecord | undefined>;

  /**
   * The next number of the sequence name: 1, 2, … unique across every process sharing the state, and never given
   * twice while the state lives (a process restarting goes on from where the fleet is).
   */
  nextInSequence(name: string): Promise<number>;

  /**
   * Stores value as record id of table, replacing any, for ttlMs: a record its writer stops renewing (the writer
   * died) is gone once it expires.
   */
  putRecord(table: string, id: string, value: string, ttlMs: number): Promise<void>;
  /** Answers whether a live record was removed. */
  deleteRecord(table: string, id: string): Promise<boolean>;
  /** The live records of table, every process's. */
  listRecords(table: string): Promise<string[]>;

  /** Tells every process (this one included) on channel. */
  publish(channel: string, message: string): Promise<void>;
  subscribe(channel: string, listener: (message: string) => void): Promise<void>;

  /** Resolves once the state answers (Redis: a PING within the command timeout); for /health. */
  ping(): Promise<void>;

  close(): Promise<void>;
}

/** After this many half-lives a decaying count is below 1/65536 of what it was: it is dropped. */
export const DECAY_MEMORY_HALF_LIVES = 16;

/** 002:L292 says the client sends "the first 10 characters of the nonce" (the parameter list says 16): key on 10. */
export const NONCE_KEY_LENGTH = 10;
