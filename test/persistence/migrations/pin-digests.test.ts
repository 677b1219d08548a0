// Migration 0008 on SQLite and PostgreSQL: user and recharge PINs stored in clear before it are digests after it
// (the same SecretBox.digest the server looks them up by), and without the secret key it stops, saying why.
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../src/persistence/database.ts';
import { giveMigrationsSecretKey } from '../../../src/persistence/migrations/pin-digests.ts';
import { SecretBox } from '../../../src/platform/secret-box.ts';
import { testEngines, type TestDatabase } from '../../support/databases.ts';

const engines = await testEngines('the PIN migration tests on PostgreSQL');
const SECRET_KEY = 'migration-test-key-0123456789';

describe.each(engines.map((open) => [open]))('migration 0008 digests stored PINs (%#)', (open) => {
  let test: TestDatabase | undefined;
  let db: Database | undefined;

  afterEach(async () => {
    giveMigrationsSecretKey(undefined);
    await db?.close();
    await test?.drop();
    [db, test] = [undefined, undefined];
  });

  /** A database migrated to just before 0008, holding a user PIN and a recharge PIN in clear. */
  const withClearPins = async () => {
    test = await open();
    db = await openDatabase(test.url);
    await db.orm.migrator.up({ to: '0006-calls' });
    const sql = db.em().getConnection();
    const now = new Date();
    await sql.execute(
      'insert into tb_users (username, password_sealed, pin, created_at, updated_at) values (?, ?, ?, ?, ?)',
      ['olga', 'sealed', '5550123', now, now],
    );
    await sql.execute('insert into recharge_pins (pin, value_micros, currency, created_at) values (?, ?, ?, ?)', [
      'VOUCHER-77',
      1_000_000,
      'USD',
      now,
    ]);
    return db;
  };
  const stored = async (database: Database) => {
    const sql = database.em().getConnection();
    const [user] = await sql.execute<{ pin: string }[]>("select pin from tb_users where username = 'olga'");
    const vouchers = await sql.execute<{ pin: string }[]>('select pin from recharge_pins');
    return { user: user!.pin, vouchers: vouchers.map((v) => v.pin) };
  };

  it('turns each clear PIN into its digest', async () => {
    const database = await withClearPins();
    giveMigrationsSecretKey(SECRET_KEY);
    await database.migrate();
    const box = new SecretBox(SECRET_KEY);
    expect(await stored(database)).toEqual({ user: box.digest('5550123'), vouchers: [box.digest('VOUCHER-77')] });
  });

  it('stops without the secret key, leaving the PINs as they were', async () => {
    const database = await withClearPins();
    await expect(database.migrate()).rejects.toThrow(/0008 digests the 2 PIN\(s\) stored in clear and needs/);
    expect(await stored(database)).toEqual({ user: '5550123', vouchers: ['VOUCHER-77'] });
  });
});
