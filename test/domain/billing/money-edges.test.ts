// Money at its edges (issue 17, finding 8), through the API on SQLite and PostgreSQL: an amount outside the money
// type (past its range, more than 6 decimals, a locale-ambiguous comma) is a parameter error naming the parameter,
// never an internal error; a change that would take a balance out of range is refused and stores nothing; balances
// and ledger rows stay integers (SQLite would turn an INTEGER past 2^63 into a float).
import { describe, expect, it } from 'vitest';
import { CreditEntry } from '../../../src/persistence/entities/credit-entry.ts';
import { testEngines } from '../../support/databases.ts';
import { asAdmin, serverOn } from '../../dialects/mizu-v2/accounts/fixture.ts';

const engines = await testEngines('the money edge tests on PostgreSQL');
/** SQLite's storage class or PostgreSQL's type of an exact integer: never real, never double precision. */
const INTEGER = /^(integer|bigint)$/;

describe.each(engines.map((open) => [open]))('money at the edges (%#)', (open) => {
  const f = serverOn(open);
  const addcredit = (pin: string, credit: string) => f.call({ apientry: 'addcredit', pin, credit, ...asAdmin });

  /** The storage type of the balance and of the user's ledger amounts: SQLite's typeof, PostgreSQL's pg_typeof. */
  const storedTypes = async (username: string) => {
    const { id } = await f.row(username);
    const typeOf = f.sb.server.services.db.engine === 'sqlite' ? 'typeof' : 'pg_typeof';
    const rows = await f.sb.server.services.db
      .em()
      .getConnection()
      .execute<{ kind: string }[]>(
        `select cast(${typeOf}(credit_micros) as text) as kind from tb_users where id = ?
         union all select cast(${typeOf}(amount_micros) as text) from credit_ledger where user_id = ?
         union all select cast(${typeOf}(after_micros) as text) from credit_ledger where user_id = ?`,
        [id, id, id],
      );
    return rows.map((r) => r.kind);
  };

  it.each([
    ['9223372036854.775807', 'credit is out of range'],
    ['-9223372036854.775808', 'credit is out of range'],
    ['1000000000.000001', 'credit is out of range'],
    ['1.1234567', 'credit has more than 6 decimals'],
    ['1,500', 'credit'],
  ])('addcredit credit=%s is a parameter error naming credit, and nothing changes', async (credit, named) => {
    const name = `edge${credit.replace(/\W/g, '')}`.slice(0, 30);
    await f.user(name, { credit: '5' });
    const answer = await addcredit(name, credit);
    expect(answer.status).not.toBe('OK');
    expect(answer.error?.code).toBe('invalid-parameter');
    expect(answer.error?.message).toContain(named);
    expect(await f.credit(name)).toBe('5.00');
    for (const kind of await storedTypes(name)) expect(kind).toMatch(INTEGER);
  });

  it('a change that would take the balance past the range is refused and stores nothing; up to it is taken', async () => {
    await f.user('rich', { credit: '999999999' });
    const entries = async () => f.sb.server.services.db.em().count(CreditEntry, { userId: (await f.row('rich')).id });
    const before = await entries();
    const over = await addcredit('rich', '1.000001');
    expect(over.error?.code).toBe('invalid-parameter');
    expect(over.error?.message).toMatch(/credit would take the balance out of range/);
    expect(await f.credit('rich')).toBe('999999999.00');
    expect(await entries()).toBe(before);

    expect((await addcredit('rich', '1')).status).toBe('OK');
    expect(await f.credit('rich')).toBe('1000000000.00');
    const kinds = await storedTypes('rich');
    expect(kinds.length).toBeGreaterThanOrEqual(3);
    for (const kind of kinds) expect(kind).toMatch(INTEGER);
  });

  it.each([
    ['tb_users', 'credit_micros'],
    ['tb_users', 'credit_limit_micros'],
    ['credit_ledger', 'amount_micros'],
    ['credit_ledger', 'before_micros'],
    ['credit_ledger', 'after_micros'],
  ])('the database itself refuses %s.%s past the range (migration 0010)', async (table, column) => {
    const name = `chk${column.replace(/_/g, '')}${table.length}`;
    const userId = await f.user(name, { credit: '1' }); // a user with credit has a ledger row too
    const conn = f.sb.server.services.db.em().getConnection();
    const key = table === 'tb_users' ? 'id' : 'user_id';
    const past = 1_000_000_000_000_001n;
    for (const value of [past, -past])
      await expect(conn.execute(`update ${table} set ${column} = ? where ${key} = ?`, [value, userId])).rejects.toThrow(
        /check|constraint/i,
      );
    const edge = 1_000_000_000_000_000n;
    const done = await conn.execute<{ affectedRows: number }>(
      `update ${table} set ${column} = ? where ${key} = ?`,
      [edge, userId],
      'run',
    );
    expect(done.affectedRows).toBeGreaterThan(0);
  });

  it.each([
    ['credit', '1000000000.000001', 'credit is out of range'],
    ['creditlimit', '1.1234567', 'creditlimit has more than 6 decimals'],
    ['credit_limit_micros', '1000000000000001', 'credit_limit_micros must be an integer of micro-units'],
  ])('an admin setfield %s=%s is a parameter error naming it', async (fieldname, fieldvalue, named) => {
    const id = await f.user(`set${fieldname.replace(/_/g, '')}`, { credit: '2' });
    const answer = await f.call({ ...asAdmin, apientry: 'setfield', fieldname, fieldvalue, rowid: String(id) });
    expect(answer.error?.code).toBe('invalid-parameter');
    expect(answer.error?.message).toContain(named);
  });

  it('a transfer that would take the receiver past the range is refused, both balances unchanged', async () => {
    await f.user('giver', { credit: '10' });
    await f.user('full', { credit: '999999995' });
    const answer = await f.as('giver', { apientry: 'transfercredit', username: 'full', credit: '6' });
    expect(answer.error?.code).toBe('invalid-parameter');
    expect([await f.credit('giver'), await f.credit('full')]).toEqual(['10.00', '999999995.00']);
  });
});
