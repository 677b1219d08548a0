/**
 * The database drivers underneath MikroORM, for the statements an operator writes (db, custom SQL): these run as
 * written, with the engine's own placeholders ($n on PostgreSQL), not the ORM's `?` convention. Only the few driver
 * calls used here are typed.
 */
import type { Pool } from 'pg';
import type { Database } from '../../persistence/database.ts';

/** The part of a better-sqlite3 connection used here (the package ships no types). */
export interface SqliteStatement {
  readonly reader: boolean;
  safeIntegers(on: boolean): SqliteStatement;
  columns(): { name: string }[];
  iterate(...params: unknown[]): IterableIterator<Record<string, unknown>>;
  get(...params: unknown[]): Record<string, unknown> | undefined;
  run(...params: unknown[]): { changes: number };
}

export interface SqliteNative {
  readonly name: string;
  prepare(sql: string): SqliteStatement;
  backup(
    file: string,
    options?: { progress?: (p: { totalPages: number; remainingPages: number }) => number | undefined },
  ): Promise<unknown>;
  pragma(sql: string, options?: { simple?: boolean }): unknown;
  close(): void;
}

export type NativeClient = { engine: 'sqlite'; sqlite: SqliteNative } | { engine: 'postgresql'; pool: Pool };

export async function nativeClient(db: Database): Promise<NativeClient> {
  const connection = db.orm.driver.getConnection() as unknown as { getNativeClient(): Promise<unknown> };
  const native = await connection.getNativeClient();
  return db.engine === 'sqlite'
    ? { engine: 'sqlite', sqlite: native as SqliteNative }
    : { engine: 'postgresql', pool: native as Pool };
}

/** The placeholder for the n-th (1-based) bound parameter: $n for PostgreSQL; SQLite binds ? in order of appearance. */
export function placeholder(engine: Database['engine'], n: number): string {
  return engine === 'sqlite' ? '?' : `$${n}`;
}
