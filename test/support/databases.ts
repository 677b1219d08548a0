/**
 * Real databases for tests: a temp-file SQLite, and a fresh PostgreSQL database per call on the local service
 * (dropped afterwards). PostgreSQL is required when CI=true, skipped with one line elsewhere.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/persistence/database.ts';
import { postgresAvailable, POSTGRES, requireService } from './services.ts';

export interface TestDatabase {
  engine: 'sqlite' | 'postgresql';
  url: string;
  drop(): Promise<void>;
}

const ADMIN_URL = `postgres://postgres@${POSTGRES.host}:${POSTGRES.port}/test`;

export function sqliteDatabase(): TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-db-'));
  return {
    engine: 'sqlite',
    url: `sqlite:${join(dir, 'switchboard.db')}`,
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

export async function postgresDatabase(): Promise<TestDatabase> {
  const name = `sb_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`create database ${name}`);
  return {
    engine: 'postgresql',
    url: `postgres://postgres@${POSTGRES.host}:${POSTGRES.port}/${name}`,
    drop: () => adminQuery(`drop database if exists ${name} with (force)`),
  };
}

/** Runs sql on the `test` database as postgres (create and drop databases). */
export async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The engines a database-touching suite runs on here: SQLite always, PostgreSQL when reachable (always on CI). */
export async function testEngines(tests: string): Promise<Array<() => Promise<TestDatabase>>> {
  const withPostgres = requireService(POSTGRES, await postgresAvailable(), tests);
  return withPostgres ? [async () => sqliteDatabase(), postgresDatabase] : [async () => sqliteDatabase()];
}

/** What a fixture made on a fresh test database holds, and stop(), which undoes it and drops the database. */
export type OnFreshDatabase<T> = T & { stop(): Promise<void> };

/**
 * Makes a fixture on a fresh database of open: make registers how to undo each step it takes (undone last first).
 * A make that fails half way is undone as far as it got, and the database dropped, before the failure goes on.
 */
export async function onFreshDatabase<T>(
  open: () => Promise<TestDatabase>,
  make: (db: TestDatabase, undo: (step: () => Promise<unknown>) => void) => Promise<T>,
): Promise<OnFreshDatabase<T>> {
  const db = await open();
  const steps: (() => Promise<unknown>)[] = [];
  const stop = async () => {
    for (const step of [...steps].reverse()) await step();
    await db.drop();
  };
  try {
    return { ...(await make(db, (step) => steps.push(step))), stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

/** A migrated Database on a fresh test database. */
export type MigratedDatabase = OnFreshDatabase<{ db: Database }>;

export function migratedDatabase(open: () => Promise<TestDatabase>): Promise<MigratedDatabase> {
  return onFreshDatabase(open, async (test, undo) => {
    const db = await openDatabase(test.url);
    undo(() => db.close());
    await db.migrate();
    return { db };
  });
}
