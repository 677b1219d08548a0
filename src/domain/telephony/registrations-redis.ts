/**
 * Registrations in Redis, beside the shared state (same connection and prefix): each binding a key that expires with
 * it (PXAT), found through two sorted sets scored by expiry — the user's contacts, and every user's — trimmed of
 * expired members as bindings are made.
 */
import type { Redis } from 'ioredis';
import { run } from '../../platform/state/redis.ts';
import { type Binding, byUserThenContact, type Registrations, soonestToExpire } from './registrations.ts';

export class RedisRegistrations implements Registrations {
  readonly #redis: Redis;
  readonly #key: (id: string) => string;
  readonly #now: () => number;

  constructor(keyspace: { redis: Redis; key: (id: string) => string }, now: () => number = Date.now) {
    this.#redis = keyspace.redis;
    this.#key = keyspace.key;
    this.#now = now;
  }

  async bind(b: Binding): Promise<void> {
    const now = this.#now();
    if (b.expiresAt <= now) {
      await this.unbind(b.username, b.contact);
      return;
    }
    const user = this.#userKey(b.username);
    await run(
      this.#redis
        .multi()
        .set(this.#bindingKey(b.username, b.contact), JSON.stringify(b), 'PXAT', b.expiresAt)
        .zadd(user, b.expiresAt, b.contact)
        .zremrangebyscore(user, '-inf', now)
        // The user's index lives as long as its longest binding: NX sets a first expiry, GT only lengthens it.
        .pexpireat(user, b.expiresAt, 'NX')
        .pexpireat(user, b.expiresAt, 'GT')
        .zadd(this.#allKey(), b.expiresAt, member(b.username, b.contact))
        .zremrangebyscore(this.#allKey(), '-inf', now),
    );
  }

  async unbind(username: string, contact?: string): Promise<number> {
    const contacts = contact === undefined ? await this.#redis.zrange(this.#userKey(username), '0', '-1') : [contact];
    if (contacts.length === 0) return 0;
    const [deleted] = await run(
      this.#redis
        .multi()
        .del(...contacts.map((c) => this.#bindingKey(username, c)))
        .zrem(this.#userKey(username), ...contacts)
        .zrem(this.#allKey(), ...contacts.map((c) => member(username, c))),
    );
    return Number(deleted);
  }

  async bindingsOf(username: string): Promise<Binding[]> {
    const contacts = await this.#redis.zrangebyscore(this.#userKey(username), `(${this.#now()}`, '+inf');
    return (await this.#read(contacts.map((c) => this.#bindingKey(username, c)))).sort(soonestToExpire);
  }

  async all(): Promise<Binding[]> {
    const members = await this.#redis.zrangebyscore(this.#allKey(), `(${this.#now()}`, '+inf');
    const keys = members.map((m) => {
      const [username, contact] = JSON.parse(m) as [string, string];
      return this.#bindingKey(username, contact);
    });
    return (await this.#read(keys)).sort(byUserThenContact);
  }

  async online(username: string): Promise<boolean> {
    return (await this.#redis.zcount(this.#userKey(username), `(${this.#now()}`, '+inf')) > 0;
  }

  /** The bindings under keys; a key gone meanwhile (expired, unbound) is skipped. */
  async #read(keys: string[]): Promise<Binding[]> {
    if (keys.length === 0) return [];
    const texts = await this.#redis.mget(keys);
    return texts.filter((t) => t !== null).map((t) => JSON.parse(t) as Binding);
  }

  #bindingKey(username: string, contact: string): string {
    return this.#key(`binding:${member(username, contact)}`);
  }

  #userKey(username: string): string {
    return this.#key(`user:${username}`);
  }

  #allKey(): string {
    return this.#key('all');
  }
}

/** A user's contact as one string: contact URIs may hold any character a separator could be. */
function member(username: string, contact: string): string {
  return JSON.stringify([username, contact]);
}
