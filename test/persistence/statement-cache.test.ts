// The ORM's SQLite statements are prepared once per SQL text and reused, never while one is still iterating.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { cacheStatements, prepareFresh } from '../../src/persistence/statement-cache.ts';

/** The part of better-sqlite3 used here (the package ships no types). */
interface Statement {
  readonly busy: boolean;
  all(...params: unknown[]): unknown[];
  get(...params: unknown[]): unknown;
  iterate(...params: unknown[]): IterableIterator<unknown>;
  safeIntegers(on: boolean): Statement;
}
const Database = createRequire(import.meta.url)('better-sqlite3') as new (
  file: string,
) => { exec(sql: string): void; prepare(sql: string): Statement };

function database() {
  const db = new Database(':memory:');
  db.exec('create table t (n integer)');
  db.exec('insert into t values (1), (2), (3)');
  cacheStatements(db, 2);
  return db;
}

describe('statement cache', () => {
  it('keeps a statement from the second time its SQL text comes, and it still runs', () => {
    const db = database();
    const once = db.prepare('select n from t order by n');
    const kept = db.prepare('select n from t order by n');
    expect(kept).not.toBe(once);
    expect(db.prepare('select n from t order by n')).toBe(kept);
    expect(db.prepare('select n from t order by n').all()).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    expect(db.prepare('select n from t where n > ?').all(1)).toEqual([{ n: 2 }, { n: 3 }]);
  });

  it('prepares another while the kept one is iterating (a streamed export beside a query)', () => {
    const db = database();
    const sql = 'select n from t order by n';
    db.prepare(sql);
    const rows = db.prepare(sql).iterate();
    expect(rows.next().value).toEqual({ n: 1 });
    const other = db.prepare(sql);
    expect(other.all()).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    expect([...rows]).toEqual([{ n: 2 }, { n: 3 }]);
  });

  it('keeps the most recently used texts up to its capacity', () => {
    const db = database();
    const twice = (sql: string) => {
      db.prepare(sql);
      return db.prepare(sql);
    };
    const a = twice('select 1');
    const b = twice('select 2');
    expect(db.prepare('select 1')).toBe(a); // a is now the most recent
    twice('select 3'); // b, the least recent, goes
    expect(db.prepare('select 1')).toBe(a);
    expect(db.prepare('select 2')).not.toBe(b);
  });

  it('gives a caller that changes modes a statement of its own', () => {
    const db = database();
    const sql = 'select n from t order by n limit 1';
    db.prepare(sql);
    const kept = db.prepare(sql);
    const own = prepareFresh(db, sql).safeIntegers(true);
    expect(own).not.toBe(kept);
    expect(own.get()).toEqual({ n: 1n });
    expect(db.prepare(sql).get()).toEqual({ n: 1 });
  });
});
