/**
 * Rows of one SQLite query straight from better-sqlite3, for reads too large for the ORM's row objects (a million-call
 * export): a statement of its own, prepared once and run again for every page, answering each row as an array of
 * its values in column order. Each run reads its page at once, so the one connection is free between pages.
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import { prepareFresh } from './statement-cache.ts';

/** The part of a better-sqlite3 statement used here (the package ships no types). */
interface RawStatement {
  raw(on: boolean): RawStatement;
  all(...params: unknown[]): unknown[][];
}

/** The rows the statement answers for params, each an array of its values in column order. */
export type SqliteRows = (params: readonly unknown[]) => unknown[][];

/** A parameter as SQLite stores it: a time as epoch milliseconds, a boolean as 0 or 1 (as the ORM writes them). */
export function stored(value: unknown): unknown {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

export async function sqliteRows(em: SqlEntityManager, sql: string): Promise<SqliteRows> {
  const db = await (
    em.getConnection() as unknown as { getNativeClient(): Promise<{ prepare(sql: string): RawStatement }> }
  ).getNativeClient();
  const statement = prepareFresh(db, sql).raw(true);
  return (params) => statement.all(...params.map(stored));
}
