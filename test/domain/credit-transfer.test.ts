// transferCredit and setCredit, the ledger's two-sided and absolute changes: opposite transfers racing cannot
// deadlock or lose money, and an admin's absolute setting is recorded as the difference — on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setCredit, transferCredit } from '../../src/domain/billing/credit-ledger.ts';
import type { Database } from '../../src/persistence/database.ts';
import { CreditEntry } from '../../src/persistence/entities/credit-entry.ts';
import { User } from '../../src/persistence/entities/user.ts';
import { testEngines, migratedDatabase, type MigratedDatabase } from '../support/databases.ts';

const engines = await testEngines('the credit transfer tests on PostgreSQL');

describe.each(engines.map((open) => [open]))('credit transfers (%#)', (open) => {
  let fixture: MigratedDatabase | undefined;
  let db: Database;
  const ids: Record<string, number> = {};
  const credit = async (name: string) => BigInt((await db.em().findOneOrFail(User, { id: ids[name]! }, { disableIdentityMap: true })).creditMicros);
  const who = { reason: 'test', actor: 'test', requestId: 'r' };

  beforeAll(async () => {
    fixture = await migratedDatabase(open);
    db = fixture.db;
    const em = db.em();
    for (const name of ['a', 'b', 'c']) {
      const user = em.create(User, { username: name, passwordSealed: 'x', creditMicros: 10_000_000n } as never) as { id: number };
      await em.flush();
      ids[name] = user.id;
    }
  });
  afterAll(() => fixture?.stop());

  it('runs 90 transfers between three users in every direction at once without deadlock, loss or overdraft', async () => {
    const names = ['a', 'b', 'c'];
    const results = await Promise.allSettled(Array.from({ length: 90 }, (_, i) => transferCredit(db.em(), {
      ...who, fromUserId: ids[names[i % 3]!]!, toUserId: ids[names[(i + 1 + Math.floor(i / 3) % 2) % 3]!]!, amountMicros: 1_500_000n,
    })));
    for (const r of results) if (r.status === 'rejected') expect((r.reason as Error).message).toBe('insufficient credit');
    const balances = await Promise.all(names.map(credit));
    expect(balances.reduce((s, b) => s + b, 0n)).toBe(30_000_000n);
    for (const b of balances) expect(b).toBeGreaterThanOrEqual(0n);
    const done = results.filter((r) => r.status === 'fulfilled').length;
    expect(await db.em().count(CreditEntry, { reason: 'test' })).toBe(done * 2);
  });

  it('refuses a transfer to oneself and a non-positive amount', async () => {
    await expect(transferCredit(db.em(), { ...who, fromUserId: ids.a!, toUserId: ids.a!, amountMicros: 1n })).rejects.toThrow(/same account/);
    await expect(transferCredit(db.em(), { ...who, fromUserId: ids.a!, toUserId: ids.b!, amountMicros: 0n })).rejects.toThrow(/must be positive/);
  });

  it('sets an absolute balance as the difference, and a repeat with its key changes nothing', async () => {
    const before = await credit('c');
    const set = await setCredit(db.em(), { ...who, reason: 'set', userId: ids.c!, targetMicros: 42_000_000n, idempotencyKey: 'set-c-42' });
    expect(set).toEqual({ beforeMicros: before, afterMicros: 42_000_000n, replayed: false });
    const entry = await db.em().findOneOrFail(CreditEntry, { idempotencyKey: 'set-c-42' });
    expect(BigInt(entry.amountMicros)).toBe(42_000_000n - before);
    await transferCredit(db.em(), { ...who, fromUserId: ids.c!, toUserId: ids.a!, amountMicros: 2_000_000n });
    expect((await setCredit(db.em(), { ...who, reason: 'set', userId: ids.c!, targetMicros: 42_000_000n, idempotencyKey: 'set-c-42' })).replayed).toBe(true);
    expect(await credit('c')).toBe(40_000_000n);
  });

  it('sets the value exactly while transfers into the same account race it, losing none of them', async () => {
    const start = await credit('b');
    const [set] = await Promise.all([
      setCredit(db.em(), { ...who, reason: 'set race', userId: ids.b!, targetMicros: 7_000_000n }),
      ...Array.from({ length: 8 }, () => transferCredit(db.em(), { ...who, reason: 'race in', fromUserId: ids.a!, toUserId: ids.b!, amountMicros: 1n })),
    ]);
    expect(set.afterMicros).toBe(7_000_000n);
    const entries = await db.em().find(CreditEntry, { userId: ids.b!, reason: { $in: ['set race', 'race in'] } }, { orderBy: { id: 'asc' } });
    expect(entries.filter((e) => e.reason === 'race in')).toHaveLength(8);
    // After the setting, the balance is 7.00 plus exactly the transfers recorded after it.
    const after = entries.slice(entries.findIndex((e) => e.reason === 'set race') + 1);
    expect(await credit('b')).toBe(7_000_000n + BigInt(after.length));
    expect(entries.reduce((s, e) => s + BigInt(e.amountMicros), start)).toBe(await credit('b'));
  });
});
