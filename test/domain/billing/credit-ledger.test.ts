// The credit ledger: every credit change is exact, goes through the ledger, and can never be spent or applied twice
// (parallel requests); transferCredit and setCredit, its two-sided and absolute changes: opposite transfers racing
// cannot deadlock or lose money, and an admin's absolute setting is recorded as the difference — on SQLite and
// PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeCredit, setCredit, transferCredit } from '../../../src/domain/billing/credit-ledger.ts';
import type { Database } from '../../../src/persistence/database.ts';
import { CreditEntry } from '../../../src/persistence/entities/credit-entry.ts';
import { User } from '../../../src/persistence/entities/user.ts';
import { fromMicros } from '../../../src/platform/money.ts';
import { testEngines, migratedDatabase, type MigratedDatabase, type TestDatabase } from '../../support/databases.ts';
import { mizuJson } from '../../support/mizu.ts';
import { ADMIN, startTestServer, type TestServer } from '../../support/server.ts';

const engines = await testEngines('the credit ledger tests on PostgreSQL');

describe.each(engines.map((open) => [open]))('credit ledger (%#)', (open) => {
  let db: TestDatabase;
  let sb: TestServer;
  const asAdmin = { authid: ADMIN.username, authpwd: ADMIN.password };
  const newUser = async (username: string, creditMicros?: bigint) =>
    (
      await sb.server.services.accounts.create(
        sb.server.services.db.em(),
        { username, password: `${username}-pw-1`, creditMicros },
        { name: 'test', requestId: 'setup' },
      )
    ).id;

  beforeAll(async () => {
    db = await open();
    sb = await startTestServer(db);
  });
  afterAll(async () => {
    await sb?.stop();
    await db?.drop();
  });

  const creditOf = async (userId: number) =>
    fromMicros(
      BigInt(
        (await sb.server.services.db.em().findOneOrFail(User, { id: userId }, { disableIdentityMap: true }))
          .creditMicros,
      ),
    );

  it('applies 40 parallel addcredit requests exactly once each, with a ledger row each', async () => {
    const userId = await newUser('erin');
    const answers = await Promise.all(
      Array.from({ length: 40 }, () =>
        mizuJson(sb.port, { apientry: 'addcredit', pin: 'erin', credit: '0.25', ...asAdmin }),
      ),
    );
    expect(answers.every((a) => a.status === 'OK')).toBe(true);
    expect(await creditOf(userId)).toBe('10.00');
    const entries = await sb.server.services.db.em().find(CreditEntry, { userId });
    expect(entries).toHaveLength(40);
    for (const e of entries) expect(BigInt(e.afterMicros) - BigInt(e.beforeMicros)).toBe(250_000n);
  });

  it('an idempotency key makes parallel retries of one change happen once', async () => {
    const userId = await newUser('gina', 10_000_000n);
    const key = `retry-${Date.now()}`;
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        mizuJson(sb.port, { apientry: 'addcredit', pin: 'gina', credit: '5', idempotencykey: key, ...asAdmin }),
      ),
    );
    expect(answers.every((a) => a.status === 'OK')).toBe(true);
    expect(answers.filter((a) => !/already applied/.test(a.message ?? '')).length).toBe(1);
    expect(await creditOf(userId)).toBe('15.00');
  });

  it('never spends the same credit twice: parallel debits stop at zero', async () => {
    const userId = await newUser('hank', 15_000_000n);
    const em = () => sb.server.services.db.em();
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        changeCredit(em(), {
          userId,
          amountMicros: -1_000_000n,
          reason: 'test debit',
          actor: 'test',
          requestId: `d${i}`,
          keepNonNegative: true,
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(15);
    for (const r of results)
      if (r.status === 'rejected') expect((r.reason as Error).message).toBe('insufficient credit');
    expect(await creditOf(userId)).toBe('0.00');
  });

  it('the balance a user reads follows every change at once (the cache is invalidated)', async () => {
    await sb.server.services.accounts.create(
      sb.server.services.db.em(),
      { username: 'fred', password: 'fred-pw-1' },
      { name: 'test', requestId: 'setup' },
    );
    const asFred = { authid: 'fred', authpwd: 'fred-pw-1' };
    expect((await mizuJson(sb.port, { apientry: 'balance', ...asFred })).data?.credit).toBe('0.00');
    await mizuJson(sb.port, { apientry: 'addcredit', pin: 'fred', credit: '7.10', ...asAdmin });
    expect((await mizuJson(sb.port, { apientry: 'balance', ...asFred })).data?.credit).toBe('7.10');
  });
});

describe.each(engines.map((open) => [open]))('credit transfers (%#)', (open) => {
  let fixture: MigratedDatabase | undefined;
  let db: Database;
  const ids: Record<string, number> = {};
  const credit = async (name: string) =>
    BigInt((await db.em().findOneOrFail(User, { id: ids[name]! }, { disableIdentityMap: true })).creditMicros);
  const who = { reason: 'test', actor: 'test', requestId: 'r' };

  beforeAll(async () => {
    fixture = await migratedDatabase(open);
    db = fixture.db;
    const em = db.em();
    for (const name of ['a', 'b', 'c']) {
      const user = em.create(User, { username: name, passwordSealed: 'x', creditMicros: 10_000_000n } as never) as {
        id: number;
      };
      await em.flush();
      ids[name] = user.id;
    }
  });
  afterAll(() => fixture?.stop());

  it('runs 90 transfers between three users in every direction at once without deadlock, loss or overdraft', async () => {
    const names = ['a', 'b', 'c'];
    const results = await Promise.allSettled(
      Array.from({ length: 90 }, (_, i) =>
        transferCredit(db.em(), {
          ...who,
          fromUserId: ids[names[i % 3]!]!,
          toUserId: ids[names[(i + 1 + (Math.floor(i / 3) % 2)) % 3]!]!,
          amountMicros: 1_500_000n,
        }),
      ),
    );
    for (const r of results)
      if (r.status === 'rejected') expect((r.reason as Error).message).toBe('insufficient credit');
    const balances = await Promise.all(names.map(credit));
    expect(balances.reduce((s, b) => s + b, 0n)).toBe(30_000_000n);
    for (const b of balances) expect(b).toBeGreaterThanOrEqual(0n);
    const done = results.filter((r) => r.status === 'fulfilled').length;
    expect(await db.em().count(CreditEntry, { reason: 'test' })).toBe(done * 2);
  });

  it('refuses a transfer to oneself and a non-positive amount', async () => {
    await expect(
      transferCredit(db.em(), { ...who, fromUserId: ids.a!, toUserId: ids.a!, amountMicros: 1n }),
    ).rejects.toThrow(/same account/);
    await expect(
      transferCredit(db.em(), { ...who, fromUserId: ids.a!, toUserId: ids.b!, amountMicros: 0n }),
    ).rejects.toThrow(/must be positive/);
  });

  it('sets an absolute balance as the difference, and a repeat with its key changes nothing', async () => {
    const before = await credit('c');
    const set = await setCredit(db.em(), {
      ...who,
      reason: 'set',
      userId: ids.c!,
      targetMicros: 42_000_000n,
      idempotencyKey: 'set-c-42',
    });
    expect(set).toEqual({ beforeMicros: before, afterMicros: 42_000_000n, replayed: false });
    const entry = await db.em().findOneOrFail(CreditEntry, { idempotencyKey: 'set-c-42' });
    expect(BigInt(entry.amountMicros)).toBe(42_000_000n - before);
    await transferCredit(db.em(), { ...who, fromUserId: ids.c!, toUserId: ids.a!, amountMicros: 2_000_000n });
    expect(
      (
        await setCredit(db.em(), {
          ...who,
          reason: 'set',
          userId: ids.c!,
          targetMicros: 42_000_000n,
          idempotencyKey: 'set-c-42',
        })
      ).replayed,
    ).toBe(true);
    expect(await credit('c')).toBe(40_000_000n);
  });

  it('sets the value exactly while transfers into the same account race it, losing none of them', async () => {
    const start = await credit('b');
    const [set] = await Promise.all([
      setCredit(db.em(), { ...who, reason: 'set race', userId: ids.b!, targetMicros: 7_000_000n }),
      ...Array.from({ length: 8 }, () =>
        transferCredit(db.em(), { ...who, reason: 'race in', fromUserId: ids.a!, toUserId: ids.b!, amountMicros: 1n }),
      ),
    ]);
    expect(set.afterMicros).toBe(7_000_000n);
    const entries = await db
      .em()
      .find(CreditEntry, { userId: ids.b!, reason: { $in: ['set race', 'race in'] } }, { orderBy: { id: 'asc' } });
    expect(entries.filter((e) => e.reason === 'race in')).toHaveLength(8);
    // After the setting, the balance is 7.00 plus exactly the transfers recorded after it.
    const after = entries.slice(entries.findIndex((e) => e.reason === 'set race') + 1);
    expect(await credit('b')).toBe(7_000_000n + BigInt(after.length));
    expect(entries.reduce((s, e) => s + BigInt(e.amountMicros), start)).toBe(await credit('b'));
  });
});
