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
const Database = createRequire(import.meta.url)('better-sqlite3') as new (file: string) => { exec(sql: string): void; prepare(sql: string): Statement };

function database() {
  const db = new Database(':memory:');
  db.exec('create table t (n integer)');
  db.exec('insert into t values (1), (2), (3)');
  cacheStatements(db, 2);
  return db;
}

describe('statement cache', () => {
  it('answers the same statement for the same SQL text, and it still runs', () => {
    const db = database();
    const first = db.prepare('select n from t order by n');
    expect(db.prepare('select n from t order by n')).toBe(first);
    expect(db.prepare('select n from t order by n').all()).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    expect(db.prepare('select n from t where n > ?').all(1)).toEqual([{ n: 2 }, { n: 3 }]);
  });

  it('prepares another while the kept one is iterating (a streamed export beside a query)', () => {
    const db = database();
    const sql = 'select n from t order by n';
    const rows = db.prepare(sql).iterate();
    expect(rows.next().value).toEqual({ n: 1 });
    const other = db.prepare(sql);
    expect(other.all()).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    expect([...rows]).toEqual([{ n: 2 }, { n: 3 }]);
  });

  it('keeps the most recently used texts up to its capacity', () => {
    const db = database();
    const a = db.prepare('select 1');
    const b = db.prepare('select 2');
    expect(db.prepare('select 1')).toBe(a); // a is now the most recent
    db.prepare('select 3'); // b, the least recent, goes
    expect(db.prepare('select 1')).toBe(a);
    expect(db.prepare('select 2')).not.toBe(b);
  });

  it('gives a caller that changes modes a statement of its own', () => {
    const db = database();
    const sql = 'select n from t order by n limit 1';
    const kept = db.prepare(sql);
    const own = prepareFresh(db, sql).safeIntegers(true);
    expect(own).not.toBe(kept);
    expect(own.get()).toEqual({ n: 1n });
    expect(db.prepare(sql).get()).toEqual({ n: 1 });
  });
});
