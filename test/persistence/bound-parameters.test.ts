// Every value reaches SQLite and PostgreSQL as a bound parameter (issue 17, finding 7): payloads that SQL quoting
// gets wrong round-trip exactly through an entity insert, a find and an execute with parameters; the SQL text the
// native client receives holds placeholders, never the value; on SQLite the kept statement serves other values.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UnstorableValueError } from '../../src/persistence/bound-connection.ts';
import type { Database } from '../../src/persistence/database.ts';
import { GlobalOption } from '../../src/persistence/entities/global-option.ts';
import { type MigratedDatabase, migratedDatabase, testEngines } from '../support/databases.ts';

const engines = await testEngines('the bound-parameter tests on PostgreSQL');

const PAYLOADS: Record<string, string> = {
  quote: "O'Brien",
  quotes: `'' " '; drop table global_config; --`,
  backslashes: 'C:\\path\\to\\ \\\\ \\x00 \\n',
  wildcards: '100% _done_ %_%',
  placeholders: 'a ? b ?? c \\? $1 :name',
  emoji: '😀👍🏽🇭🇺',
  cjk: '漢字かなカナ한국어',
  long: `${'x'.repeat(100_000)}'${'é'.repeat(50_000)}`,
};

interface NativeCall {
  sql: string;
  values: unknown[];
}

/**
 * Records the SQL text and values each statement reaches the native client with: better-sqlite3's prepare (the
 * statement cache's) and the statement it answers, or pg's Client.query. Observing only: each call goes on unchanged.
 */
async function observeNative(db: Database): Promise<{ calls: NativeCall[]; statements: unknown[]; stop(): void }> {
  const calls: NativeCall[] = [];
  const statements: unknown[] = [];
  const native = (await (
    db.orm.driver.getConnection() as unknown as { getNativeClient(): Promise<unknown> }
  ).getNativeClient()) as Record<string, unknown>;
  if (db.engine === 'sqlite') {
    const sqlite = native as { prepare(sql: string): Record<string, (...a: unknown[]) => unknown> };
    const prepare = sqlite.prepare;
    sqlite.prepare = (sql: string) => {
      const statement = prepare.call(sqlite, sql);
      statements.push(statement);
      const call: NativeCall = { sql, values: [] };
      calls.push(call);
      return new Proxy(statement, {
        get(target, key) {
          const v = Reflect.get(target, key);
          if (typeof v !== 'function') return v;
          return (...args: unknown[]) => {
            if (['all', 'get', 'run', 'iterate'].includes(String(key))) call.values = args.flat();
            return v.apply(target, args);
          };
        },
      });
    };
    return { calls, statements, stop: () => void (sqlite.prepare = prepare) };
  }
  const client = (native as { Client: { prototype: { query(...a: unknown[]): unknown } } }).Client.prototype;
  const query = client.query;
  client.query = function (this: unknown, ...args: unknown[]) {
    if (typeof args[0] === 'string') calls.push({ sql: args[0], values: (args[1] as unknown[]) ?? [] });
    return query.apply(this, args);
  };
  return { calls, statements, stop: () => void (client.query = query) };
}

describe.each(engines.map((open) => [open]))('bound parameters (%#)', (open) => {
  let fixture: MigratedDatabase;
  let db: Database;
  beforeAll(async () => {
    fixture = await migratedDatabase(open);
    db = fixture.db;
  });
  afterAll(async () => {
    await fixture?.stop();
  });

  const key = (what: string) => `bp-${what}-${randomBytes(3).toString('hex')}`;

  it.each(Object.keys(PAYLOADS))('%s round-trips through an insert, a find and an execute', async (what) => {
    const value = PAYLOADS[what]!;
    const name = key(what);
    const em = db.em();
    em.create(GlobalOption, { name, value });
    await em.flush();

    const found = await db.em().findOne(GlobalOption, { value }, { disableIdentityMap: true });
    expect(found?.name).toBe(name);
    expect(found?.value).toBe(value);

    const rows = await db
      .em()
      .getConnection()
      .execute<{ name: string; value: string; echo: string }[]>(
        'select name, value, ? as echo from global_config where value = ? and name = ?',
        [value, value, name],
      );
    expect(rows).toEqual([{ name, value, echo: value }]);
  });

  it('a streamed query binds its values too', async () => {
    const value = "O'Brien ?";
    const names = [key('stream-a'), key('stream-b')];
    const em = db.em();
    for (const name of names) em.create(GlobalOption, { name, value });
    await em.flush();
    const streamed: string[] = [];
    const rows = db
      .em()
      .getConnection()
      .stream<{ name: string }>('select name from global_config where value = ? order by name', [value]);
    for await (const row of rows) streamed.push(row.name);
    expect(streamed).toEqual([...names].sort());
  });

  it('sends placeholders to the native client, never the value', async () => {
    const value = "O'Brien 😀 100%";
    const name = key('observed');
    const observer = await observeNative(db);
    try {
      const em = db.em();
      em.create(GlobalOption, { name, value });
      await em.flush();
      await db.em().findOne(GlobalOption, { name }, { disableIdentityMap: true });
      await db.em().getConnection().execute('select value from global_config where name = ?', [name]);
    } finally {
      observer.stop();
    }
    const carrying = observer.calls.filter((c) => c.values.includes(name));
    expect(carrying.length).toBeGreaterThanOrEqual(3);
    for (const call of observer.calls) {
      expect(call.sql).not.toContain(name);
      expect(call.sql).not.toContain('Brien');
    }
    const placeholder = db.engine === 'sqlite' ? '?' : '$1';
    for (const call of carrying) expect(call.sql).toContain(placeholder);
  });

  it('binds IN lists, dates, booleans and big integers as the ORM quoted them', async () => {
    const names = [key('in-a'), key('in-b'), key('in-c')];
    const em = db.em();
    for (const name of names) em.create(GlobalOption, { name, value: name });
    await em.flush();
    const found = await db.em().find(GlobalOption, { name: { $in: names } }, { orderBy: { name: 'asc' } });
    expect(found.map((o) => o.name)).toEqual([...names].sort());
    const [row] = await db
      .em()
      .getConnection()
      .execute<{ n: number | string; big: number | string; yes: number | boolean }[]>(
        'select count(*) as n, ? as big, ? as yes from global_config where name in (?) and updated_at <= ?',
        [9_007_199_254_740_991n, true, names, new Date(Date.now() + 60_000)],
      );
    expect(Number(row!.n)).toBe(3);
    expect(String(row!.big)).toBe('9007199254740991');
    expect([1, true, 'true']).toContain(row!.yes);
  });

  it('a NUL in a value reaching the database is bound (SQLite keeps it), or refused by name (PostgreSQL text)', async () => {
    const value = 'a\0b';
    const name = key('nul');
    const em = db.em();
    em.create(GlobalOption, { name, value });
    if (db.engine === 'sqlite') {
      await em.flush();
      const found = await db.em().findOne(GlobalOption, { value }, { disableIdentityMap: true });
      expect(found?.value).toBe(value);
      return;
    }
    const refused = await em.flush().catch((e: unknown) => e);
    expect((refused as Error).message).toMatch(/parameter \d+ holds a NUL character/);
    await expect(
      db.em().getConnection().execute('select 1 from global_config where value = ?', [value]),
    ).rejects.toBeInstanceOf(UnstorableValueError);
  });

  it('SQLite: one statement text for every value, and its kept statement serves them all', async (ctx) => {
    if (db.engine !== 'sqlite') ctx.skip('the statement cache is SQLite-only');
    const observer = await observeNative(db);
    try {
      for (const value of ['first', "O'Brien", '漢字', 'fourth'])
        await db.em().getConnection().execute('select name from global_config where value = ?', [value]);
    } finally {
      observer.stop();
    }
    const texts = new Set(observer.calls.map((c) => c.sql));
    expect(texts).toEqual(new Set(['select name from global_config where value = ?']));
    // Kept from the second sighting on: the same prepared statement answers the second, third and fourth value.
    expect(new Set(observer.statements.slice(1)).size).toBe(1);
  });
});
