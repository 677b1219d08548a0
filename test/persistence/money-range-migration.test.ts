// Migration 0010 (issue 17, finding 8) on a database that already holds money: the rows, their values and the
// unique indexes of the rebuilt tables (SQLite adds a CHECK only by rebuilding a table) survive, and from then on
// the database refuses a money value past the range — on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../src/persistence/database.ts';
import { CreditEntry } from '../../src/persistence/entities/credit-entry.ts';
import { User } from '../../src/persistence/entities/user.ts';
import { testEngines, type TestDatabase } from '../support/databases.ts';

const engines = await testEngines('the money range migration test on PostgreSQL');

describe.each(engines.map((open) => [open]))('migration 0010-money-range (%#)', (open) => {
  let test: TestDatabase;
  let db: Database;
  beforeAll(async () => {
    test = await open();
    db = await openDatabase(test.url);
  });
  afterAll(async () => {
    await db?.close();
    await test?.drop();
  });

  it('keeps the money already stored, and its unique indexes, and refuses out-of-range values after', async () => {
    await db.orm.migrator.up({ to: '0009-idempotency-digest' });
    const em = db.em();
    const user = em.create(User, {
      username: 'before-0010',
      passwordSealed: 'sealed',
      creditMicros: 999_999_999_999_999n,
      creditLimitMicros: 5_000_000n,
    } as never);
    await em.flush();
    em.create(CreditEntry, {
      userId: user.id,
      amountMicros: -123_456n,
      beforeMicros: 1n,
      afterMicros: -123_455n,
      reason: 'test',
      actor: 'test',
      requestId: 'r-0010',
    } as never);
    await em.flush();

    expect(await db.migrate()).toContain('0010-money-range');

    const kept = await db.em().findOneOrFail(User, { username: 'before-0010' }, { disableIdentityMap: true });
    expect([BigInt(kept.creditMicros), BigInt(kept.creditLimitMicros)]).toEqual([999_999_999_999_999n, 5_000_000n]);
    const entry = await db.em().findOneOrFail(CreditEntry, { requestId: 'r-0010' }, { disableIdentityMap: true });
    expect([entry.amountMicros, entry.beforeMicros, entry.afterMicros].map(BigInt)).toEqual([-123_456n, 1n, -123_455n]);

    const twin = db.em();
    twin.create(User, { username: 'before-0010', passwordSealed: 'sealed' } as never);
    await expect(twin.flush()).rejects.toThrow(/unique/i);
    const conn = db.em().getConnection();
    await expect(
      conn.execute('update tb_users set credit_micros = ? where id = ?', [1_000_000_000_000_001n, user.id]),
    ).rejects.toThrow(/check|constraint/i);
  });
});
