/**
 * The cache of active users the vendor calls `fastusers`: authentication and balance never pay a database round
 * trip for a known user. Every write invalidates the entry here and, through the shared state, in every other process.
 * An entry stays one object until its user is written or evicted, so what is derived from a user can be kept in a
 * WeakMap keyed by its entry (Accounts keeps opened passwords so, the openapi its localuser answers).
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import type { Awaitable } from '../../platform/awaitable.ts';
import type { SharedState } from '../../platform/state/shared-state.ts';
import { User, type UserRow } from '../../persistence/entities/user.ts';

export interface CachedUser {
  id: number;
  username: string;
  passwordSealed: string;
  type: string;
  enabled: boolean;
  /** The PIN's stored form (UserPins), never the PIN. */
  pin: string | null;
  creditMicros: bigint;
  currency: string;
  postpaid: boolean;
  name: string;
  email: string;
  /** The tariff the user is rated on; null: the default tariff. */
  tariffId: number | null;
}

const CHANNEL = 'users:changed';

/** What the cache keeps of a user: an entity, or a plain row read by warm(). */
type StoredFields = Pick<
  UserRow,
  'id' | 'username' | 'passwordSealed' | 'type' | 'enabled' | 'currency' | 'postpaid' | 'name' | 'email'
> & { pin?: string | null; creditMicros: bigint | string | number; tariffId?: number | string | null };

/** A tb_users row as the driver returns it (booleans may be 0/1, bigints text). */
interface RawUser {
  id: number;
  username: string;
  password_sealed: string;
  type: string;
  enabled: boolean | number;
  pin: string | null;
  credit_micros: string | number | bigint;
  currency: string;
  postpaid: boolean | number;
  name: string;
  email: string;
  tariff_id: number | string | null;
}
const MAX_ENTRIES = 200_000;

export class UserCache {
  readonly #byId = new Map<number, CachedUser>();
  readonly #idByName = new Map<string, number>();
  readonly #idByPin = new Map<string, number>();
  readonly #state: SharedState;
  /** While warm() runs: the ids invalidated meanwhile. */
  #warming: Set<number> | undefined;
  /** Set by stopWarming: the warm-up ends after the page in hand, so a stopping server can close the database. */
  #warmingStopped = false;
  /** Invalidations heard so far, here or from other processes: a read notes the count before it starts. */
  #invalidations = 0;
  /** The count at each user's last invalidation, kept while reads are in flight (they are what it is for). */
  #invalidatedAt = new Map<number, number>();
  /** Reads that started before this count keep nothing: what #invalidatedAt knew of their time was let go. */
  #forgottenBefore = 0;
  #readsInFlight = 0;

  constructor(state: SharedState) {
    this.#state = state;
  }

  async start(): Promise<void> {
    await this.#state.subscribe(CHANNEL, (message) => this.#drop(Number(message)));
  }

  get size(): number {
    return this.#byId.size;
  }

  entries(): CachedUser[] {
    return [...this.#byId.values()];
  }

  /**
   * The user named by an authid: a username first, else — when `pin` is given, the stored form of authid as a PIN
   * (UserPins) — the user with that PIN, else a numeric user id (usernames are often numbers); `em` is asked for on a
   * miss only. A hit is answered at once: every authenticated request asks.
   */
  find(authid: string, em: () => SqlEntityManager, pin?: string): Awaitable<CachedUser | undefined> {
    const cachedId = this.#idByName.get(authid) ?? (pin === undefined ? undefined : this.#idByPin.get(pin));
    if (cachedId !== undefined) {
      const hit = this.#byId.get(cachedId);
      if (hit) return hit;
    }
    const numeric = /^\d{1,9}$/.test(authid);
    return this.#load(async () => {
      const rows = await em().find(
        User,
        { $or: [{ username: authid }, ...(pin ? [{ pin }] : []), ...(numeric ? [{ id: Number(authid) }] : [])] },
        { disableIdentityMap: true },
      );
      return rows.find((r) => r.username === authid) ?? rows.find((r) => pin && r.pin === pin) ?? rows[0];
    });
  }

  /** The user with exactly this username (no PIN or id fallback as for an authid); `em` is asked for on a miss only. */
  byUsername(username: string, em: () => SqlEntityManager): Awaitable<CachedUser | undefined> {
    const cachedId = this.#idByName.get(username);
    const hit = cachedId === undefined ? undefined : this.#byId.get(cachedId);
    if (hit) return hit;
    return this.#load(() => em().findOne(User, { username }, { disableIdentityMap: true }));
  }

  /** The user with this id; `em` is asked for on a miss only. */
  byId(id: number, em: () => SqlEntityManager): Awaitable<CachedUser | undefined> {
    const hit = this.#byId.get(id);
    if (hit) return hit;
    return this.#load(() => em().findOne(User, { id }, { disableIdentityMap: true }));
  }

  /** Ends a warm-up after the page in hand: a stopping server lets it end before it closes the database. */
  stopWarming(): void {
    this.#warmingStopped = true;
  }

  /** After any write to a user: forget it here and everywhere else. */
  async invalidate(id: number): Promise<void> {
    this.#drop(id);
    await this.#state.publish(CHANNEL, String(id));
  }

  /**
   * Loads every enabled user, a page at a time, yielding to requests between pages. A user invalidated while this
   * runs is left for its next request to load, so a stale page never overwrites a fresh write.
   */
  async warm(em: SqlEntityManager, pageSize = 5000): Promise<number> {
    const invalidated = new Set<number>();
    this.#warming = invalidated;
    let lastId = 0;
    let loaded = 0;
    try {
      while (this.#byId.size < MAX_ENTRIES && !this.#warmingStopped) {
        // Plain rows, not entities: hydrating a hundred thousand entities would grow the heap far past what the cache
        // holds.
        const rows = await em
          .getConnection()
          .execute<RawUser[]>(
            'select id, username, password_sealed, type, enabled, pin, credit_micros, currency, postpaid, name, email, tariff_id from tb_users where id > ? and enabled order by id limit ?',
            [lastId, pageSize],
          );
        if (rows.length === 0) break;
        for (const row of rows) {
          if (this.#byId.has(row.id) || invalidated.has(row.id)) continue;
          this.#store({
            id: row.id,
            username: row.username,
            passwordSealed: row.password_sealed,
            type: row.type,
            enabled: Boolean(row.enabled),
            pin: row.pin,
            creditMicros: row.credit_micros,
            currency: row.currency,
            postpaid: Boolean(row.postpaid),
            name: row.name,
            email: row.email,
            tariffId: row.tariff_id,
          });
          loaded++;
        }
        lastId = rows[rows.length - 1]!.id;
        await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      this.#warming = undefined;
    }
    return loaded;
  }

  /**
   * A user missing from the cache, read from the database. Kept only when that user was not invalidated during the
   * read: a read that started before a write committed may answer the old row after the write's invalidation, and
   * kept, that row would stay until the next write. Other users' writes meanwhile do not matter.
   */
  async #load(read: () => Promise<StoredFields | null | undefined>): Promise<CachedUser | undefined> {
    const invalidationsBefore = this.#invalidations;
    this.#readsInFlight++;
    let row: StoredFields | null | undefined;
    try {
      row = await read();
    } finally {
      this.#readsInFlight--;
    }
    const overtaken = row
      ? invalidationsBefore < this.#forgottenBefore || (this.#invalidatedAt.get(row.id) ?? -1) >= invalidationsBefore
      : false;
    if (this.#readsInFlight === 0) this.#invalidatedAt.clear();
    if (!row) return undefined;
    return overtaken ? cachedUser(row) : this.#store(row);
  }

  #store(row: StoredFields): CachedUser {
    if (this.#byId.size >= MAX_ENTRIES) this.#clear();
    const user = cachedUser(row);
    this.#byId.set(user.id, user);
    this.#idByName.set(user.username, user.id);
    if (user.pin) this.#idByPin.set(user.pin, user.id);
    return user;
  }

  #drop(id: number): void {
    // A busy server always has reads in flight: bounded, or it would keep every id ever written.
    if (this.#invalidatedAt.size >= MAX_ENTRIES) {
      this.#invalidatedAt.clear();
      this.#forgottenBefore = this.#invalidations;
    }
    if (this.#readsInFlight > 0) this.#invalidatedAt.set(id, this.#invalidations);
    this.#invalidations++;
    this.#warming?.add(id);
    const user = this.#byId.get(id);
    if (!user) return;
    this.#byId.delete(id);
    this.#idByName.delete(user.username);
    if (user.pin) this.#idByPin.delete(user.pin);
  }

  #clear(): void {
    this.#byId.clear();
    this.#idByName.clear();
    this.#idByPin.clear();
  }
}

function cachedUser(row: StoredFields): CachedUser {
  return {
    id: row.id,
    username: row.username,
    passwordSealed: row.passwordSealed,
    type: row.type,
    enabled: row.enabled,
    pin: row.pin ?? null,
    creditMicros: BigInt(row.creditMicros),
    currency: row.currency,
    postpaid: row.postpaid,
    name: row.name,
    email: row.email,
    tariffId: row.tariffId === null || row.tariffId === undefined ? null : Number(row.tariffId),
  };
}
