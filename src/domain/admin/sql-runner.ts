/**
 * Runs one operator-written statement (the db command, tb_api customsql, custom_action sql) with bound parameters:
 * "for SELECT it will display the rows (max 100) and for UPDATE/INSERT it will execute the query" (002:L574).
 * Values come back as JSON-safe scalars so every answer format can show them.
 */
import type { Pool } from 'pg';
import type { Database } from '../../persistence/database.ts';
import { prepareFresh } from '../../persistence/statement-cache.ts';
import { SwitchboardError } from '../../platform/errors.ts';
import { nativeClient, type SqliteNative } from './native-sql.ts';

export const MAX_ROWS = 100;

export type SqlValue = string | number | bigint | null;
export type SqlRow = Record<string, string | number | null>;

export type SqlResult = { kind: 'rows'; rows: SqlRow[]; truncated: boolean } | { kind: 'affected'; affected: number };

/** The rows to show: the statement's own, or for a statement that answers none one row with the count it affected. */
export function resultRows(result: SqlResult): SqlRow[] {
  return result.kind === 'rows' ? result.rows : [{ affected: result.affected }];
}

/** Statements that answer rows: a select and its relatives, or anything with RETURNING. */
export function returnsRows(sql: string): boolean {
  return (
    /^[\s(]*(select|with|values|table|show|explain|pragma)\b/i.test(stripComments(sql)) || /\breturning\b/i.test(sql)
  );
}

export async function runSql(
  db: Database,
  sql: string,
  params: readonly SqlValue[] = [],
  maxRows = MAX_ROWS,
): Promise<SqlResult> {
  const text = sql.trim().replace(/;\s*$/, '');
  if (!text) throw new SwitchboardError('invalid-parameter', 'empty SQL statement');
  const native = await nativeClient(db);
  try {
    return native.engine === 'sqlite'
      ? runSqlite(native.sqlite, text, params, maxRows)
      : await runPostgres(native.pool, text, params, maxRows);
  } catch (e) {
    if (e instanceof SwitchboardError) throw e;
    throw new SwitchboardError('command-failed', `SQL failed: ${(e as Error).message.split('\n')[0]}`);
  }
}

function runSqlite(sqlite: SqliteNative, text: string, params: readonly SqlValue[], maxRows: number): SqlResult {
  const statement = prepareFresh(sqlite, text).safeIntegers(true);
  if (!statement.reader) return { kind: 'affected', affected: Number(statement.run(...params).changes) };
  const rows: SqlRow[] = [];
  const iterator = statement.iterate(...params);
  let truncated = false;
  for (const row of iterator) {
    if (rows.length === maxRows) {
      truncated = true;
      iterator.return?.();
      break;
    }
    rows.push(plainRow(row));
  }
  return { kind: 'rows', rows, truncated };
}

async function runPostgres(pool: Pool, text: string, params: readonly SqlValue[], maxRows: number): Promise<SqlResult> {
  const values = params.map((v) => (typeof v === 'bigint' ? v.toString() : v));
  if (/^[\s(]*(select|with|values|table)\b/i.test(stripComments(text))) {
    // Read one row past the cap, in the database, so a large table is never fetched whole.
    try {
      const capped = await pool.query(`select * from (${text}\n) as sb_rows limit ${maxRows + 1}`, values);
      return {
        kind: 'rows',
        rows: capped.rows.slice(0, maxRows).map(plainRow),
        truncated: capped.rows.length > maxRows,
      };
    } catch (e) {
      // Some statements cannot be a subquery (a data-modifying WITH, FOR UPDATE…): nothing ran, so run it as written.
      if (!['42601', '0A000'].includes((e as { code?: string }).code ?? '')) throw e;
    }
  }
  const result = await pool.query(text, values);
  if (result.fields?.length)
    return { kind: 'rows', rows: result.rows.slice(0, maxRows).map(plainRow), truncated: result.rows.length > maxRows };
  return { kind: 'affected', affected: result.rowCount ?? 0 };
}

/**
 * One row as JSON-safe values: big integers as text when they do not fit a number, bytes as Base64, times in ISO 8601.
 */
function plainRow(row: Record<string, unknown>): SqlRow {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plainValue(v)]));
}

function plainValue(v: unknown): string | number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint')
    return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v.toString();
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof Date) return v.toISOString();
  if (v instanceof Uint8Array) return Buffer.from(v).toString('base64');
  return JSON.stringify(v);
}

function stripComments(sql: string): string {
  return sql.replace(/^(\s*(--[^\n]*\n|\/\*[\s\S]*?\*\/))+/, '');
}
