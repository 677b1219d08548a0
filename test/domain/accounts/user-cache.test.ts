// The user cache (fastusers) keeps what it read, but never a row that a write may have overtaken while it was read.
import type { SqlEntityManager } from '@mikro-orm/sql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserCache } from '../../../src/domain/accounts/user-cache.ts';
import type { Database } from '../../../src/persistence/database.ts';
import { User } from '../../../src/persistence/entities/user.ts';
import { MemoryState } from '../../../src/platform/state/memory.ts';
import { testEngines, migratedDatabase, type MigratedDatabase } from '../../support/databases.ts';

const engines = await testEngines('the user cache tests on PostgreSQL');

describe.each(engines.map((open) => [open]))('user cache (%#)', (open) => {
  let fixture: MigratedDatabase | undefined;
  let db: Database;
  let id: number;

  /** A real unit of work whose reads are counted, and whose answers wait for `gate` when one is given. */
  const reading = (counter: { reads: number; answered?: number }, gate?: Promise<void>) => (): SqlEntityManager => {
    const em = db.em();
    return new Proxy(em, {
      get(target, name, receiver) {
        if (name !== 'find' && name !== 'findOne') return Reflect.get(target, name, receiver);
        return async (...args: unknown[]) => {
          counter.reads++;
          const answer = await (target[name] as (...a: unknown[]) => Promise<unknown>).apply(target, args);
          counter.answered = (counter.answered ?? 0) + 1;
          await gate;
          return answer;
        };
      },
    });
  };
  const setCredit = (micros: bigint) =>
    db.em().getConnection().execute('update tb_users set credit_micros = ? where id = ?', [micros, id]);

  beforeAll(async () => {
    fixture = await migratedDatabase(open);
    db = fixture.db;
    const em = db.em();
    const user = em.create(User, { username: 'carla', passwordSealed: 'x', creditMicros: 1_000_000n });
    await em.flush();
    id = user.id;
  });
  afterAll(() => fixture?.stop());

  it('reads a user once, then answers from memory until the user is invalidated', async () => {
    const cache = new UserCache(new MemoryState());
    const counter = { reads: 0 };
    expect((await cache.find('carla', reading(counter)))?.creditMicros).toBe(1_000_000n);
    expect((await cache.find('carla', reading(counter)))?.id).toBe(id);
    expect(counter.reads).toBe(1);
    await setCredit(2_000_000n);
    await cache.invalidate(id);
    expect((await cache.find('carla', reading(counter)))?.creditMicros).toBe(2_000_000n);
    expect(counter.reads).toBe(2);
  });

  it('does not keep a row read before a write whose invalidation came while it was read', async () => {
    const cache = new UserCache(new MemoryState());
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const counter = { reads: 0, answered: 0 };
    await setCredit(3_000_000n);
    const early = cache.find('carla', reading(counter, gate));
    while (counter.answered === 0) await new Promise((resolve) => setImmediate(resolve)); // it has the row as it was
    await setCredit(4_000_000n);
    await cache.invalidate(id);
    release();
    expect((await early)?.creditMicros).toBe(3_000_000n); // what it read: answered, but not kept
    expect((await cache.find('carla', reading(counter)))?.creditMicros).toBe(4_000_000n);
  });

  it('keeps a row read while another user was written', async () => {
    const cache = new UserCache(new MemoryState());
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const counter = { reads: 0, answered: 0 };
    const read = cache.find('carla', reading(counter, gate));
    while (counter.answered === 0) await new Promise((resolve) => setImmediate(resolve));
    await cache.invalidate(id + 1000);
    release();
    await read;
    expect((await cache.find('carla', reading(counter)))?.id).toBe(id);
    expect(counter.reads).toBe(1);
  });
});
