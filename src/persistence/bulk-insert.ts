/**
 * Multi-row INSERTs for the importers, inside the caller's transaction. The ORM's execute writes every value into the
 * SQL text, so each chunk would be a text of its own for SQLite to prepare afresh; on SQLite the values are bound to
 * one statement per chunk size instead, prepared once (the statement cache) and run straight on better-sqlite3 — the
 * one connection the ORM's transaction is open on.
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import { stored } from './sqlite-rows.ts';

/** The part of a better-sqlite3 statement used here (the package ships no types). */
interface RunStatement {
  run(...params: unknown[]): { changes: number };
}

interface Preparing {
  prepare(sql: string): RunStatement;
}

export interface BulkInsert {
  /** `insert into t (a, b)`: the statement up to its values. */
  into: string;
  columns: number;
  /** What follows the values (an `on conflict` clause), or ''. */
  onConflict: string;
}

/** SQLite allows 32,766 parameters a statement: chunks stay well under it. */
const MAX_PARAMETERS = 16_000;
/**
 * Through the ORM (PostgreSQL) the values are written into the text: 500-row statements measured faster than ~2,300-row
 * ones (1M rates: 24–29 s against 26–37 s).
 */
const ORM_ROWS_PER_STATEMENT = 500;

/**
 * Inserts rows (each its values in column order) in statements of as many rows as fit, all of one size but the last
 * (one prepared statement); answers how many were inserted (fewer when onConflict skips some). onInserted hears the rows
 * taken so far after each statement.
 */
export async function insertRows(
  em: SqlEntityManager,
  insert: BulkInsert,
  rows: Iterable<readonly unknown[]>,
  onInserted?: (rows: number) => void,
): Promise<number> {
  // better-sqlite3 prepares statements; PostgreSQL's driver is a pool, which the ORM's transaction does not use.
  const client = await (
    em.getConnection() as unknown as { getNativeClient(): Promise<Partial<Preparing>> }
  ).getNativeClient();
  const native = typeof client.prepare === 'function' ? (client as Preparing) : undefined;
  const perStatement = native ? Math.floor(MAX_PARAMETERS / insert.columns) : ORM_ROWS_PER_STATEMENT;
  const placeholders = `(${Array.from({ length: insert.columns }, () => '?').join(', ')})`;
  const statementOf = (n: number) =>
    `${insert.into} values ${Array.from({ length: n }, () => placeholders).join(', ')} ${insert.onConflict}`;
  const full = statementOf(perStatement);
  let inserted = 0;
  let taken = 0;
  let params: unknown[] = [];
  const flush = async (n: number) => {
    const sql = n === perStatement ? full : statementOf(n);
    if (native) inserted += native.prepare(sql).run(...params).changes;
    else {
      const result = await em
        .getConnection()
        .execute<{ affectedRows: number }>(sql, params, 'run', em.getTransactionContext());
      inserted += result.affectedRows;
    }
    params = [];
    taken += n;
    onInserted?.(taken);
  };
  let inChunk = 0;
  for (const row of rows) {
    for (const value of row) params.push(native ? stored(value) : value);
    if (++inChunk === perStatement) {
      await flush(inChunk);
      inChunk = 0;
    }
  }
  if (inChunk) await flush(inChunk);
  return inserted;
}
