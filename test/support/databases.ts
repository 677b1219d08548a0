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
  return { engine: 'sqlite', url: `sqlite:${join(dir, 'switchboard.db')}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
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

async function adminQuery(sql: string): Promise<void> {
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

/** A migrated Database on a fresh test database; close() closes it and drops the database. */
export interface MigratedDatabase {
  db: Database;
  close(): Promise<void>;
}

export async function migratedDatabase(open: () => Promise<TestDatabase>): Promise<MigratedDatabase> {
  const test = await open();
  let db: Database | undefined;
  const close = async () => {
    await db?.close();
    await test.drop();
  };
  try {
    db = await openDatabase(test.url);
    await db.migrate();
    return { db, close };
  } catch (e) {
    await close();
    throw e;
  }
}
