/**
 * Opens the database named by the config (sqlite:PATH embedded default, or postgres://…), with the entities and
 * the migrations for that engine. `migrate()` brings the schema up to date.
 */
import { dirname } from 'node:path';
import { Migrator } from '@mikro-orm/migrations';
import { MikroORM as PostgreSqlORM } from '@mikro-orm/postgresql';
import { MikroORM as SqliteORM } from '@mikro-orm/sqlite';
import type { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/sql';
import { BoundPostgreSqlDriver, BoundSqliteDriver } from './bound-connection.ts';
import { ENTITIES } from './entities/index.ts';
import { POSTGRESQL_MIGRATIONS } from './migrations/postgresql/index.ts';
import { SQLITE_MIGRATIONS } from './migrations/sqlite/index.ts';
import { cacheStatements } from './statement-cache.ts';
import { createPrivateFile, makePrivateFolder } from '../platform/private-files.ts';

export type Engine = 'sqlite' | 'postgresql';

const MIGRATIONS = { sqlite: SQLITE_MIGRATIONS, postgresql: POSTGRESQL_MIGRATIONS };

export class DatabaseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseError';
  }
}

export interface Database {
  engine: Engine;
  orm: MikroORM;
  /** A fresh unit of work (one per request). */
  em(): SqlEntityManager;
  /** A unit of work forked when first asked for: a request answered from memory pays for none. */
  lazyEm(): () => SqlEntityManager;
  migrate(): Promise<string[]>;
  close(): Promise<void>;
}

/** create: a PostgreSQL database that does not exist is created (`migrate --create`); otherwise it is an error. */
export async function openDatabase(url: string, options: { create?: boolean } = {}): Promise<Database> {
  const engine: Engine = url.startsWith('sqlite:') ? 'sqlite' : 'postgresql';
  const common = {
    entities: ENTITIES,
    extensions: [Migrator],
    migrations: {
      migrationsList: MIGRATIONS[engine],
      transactional: true,
      snapshot: false,
      silent: true,
      tableName: 'schema_migrations',
    },
    debug: false,
    allowGlobalContext: false,
    // MikroORM would create a missing database silently (a misspelt name: a new, empty one): only when asked.
    ensureDatabase: false,
  };
  let orm: MikroORM;
  try {
    if (engine === 'sqlite') {
      const path = url.slice('sqlite:'.length);
      if (path !== ':memory:') {
        makePrivateFolder(dirname(path));
        // SQLite gives the -wal and -shm files the database file's mode.
        createPrivateFile(path);
      }
      orm = (await SqliteORM.init({ ...common, driver: BoundSqliteDriver, dbName: path })) as unknown as MikroORM;
      const connection = orm.driver.getConnection() as unknown as {
        getNativeClient(): Promise<Parameters<typeof cacheStatements>[0]>;
      };
      cacheStatements(await connection.getNativeClient());
      // Concurrent readers while one process writes; wait on a lock instead of failing at once.
      await orm.em.fork().getConnection().execute('pragma journal_mode = wal');
      await orm.em.fork().getConnection().execute('pragma busy_timeout = 5000');
    } else {
      const postgres = await PostgreSqlORM.init({
        ...common,
        driver: BoundPostgreSqlDriver,
        clientUrl: url,
        pool: { min: 0, max: 10 },
      });
      await ensurePostgresDatabase(postgres, url, options.create === true);
      orm = postgres as unknown as MikroORM;
    }
    await orm.em.fork().getConnection().execute('select 1');
  } catch (e) {
    if (e instanceof DatabaseError) throw e;
    throw new DatabaseError(`cannot open database ${redactUrl(url)}: ${(e as Error).message.split('\n')[0]}`);
  }
  return {
    engine,
    orm,
    em: () => orm.em.fork() as SqlEntityManager,
    lazyEm() {
      let em: SqlEntityManager | undefined;
      return () => (em ??= orm.em.fork() as SqlEntityManager);
    },
    async migrate() {
      const done = await orm.migrator.up();
      return done.map((m) => m.name);
    },
    close: () => orm.close(),
  };
}

/** PostgreSQL's SQLSTATE invalid_catalog_name: the database named does not exist. */
const NO_SUCH_DATABASE = '3D000';

/** A database that does not exist is an error, or, with create, made through the `postgres` maintenance database. */
async function ensurePostgresDatabase(orm: PostgreSqlORM, url: string, create: boolean): Promise<void> {
  try {
    await orm.em.fork().getConnection().execute('select 1');
  } catch (e) {
    if ((e as { code?: string }).code !== NO_SUCH_DATABASE) throw e;
    if (create) {
      await orm.schema.ensureDatabase();
      return;
    }
    await orm.close();
    const { host } = new URL(url);
    throw new DatabaseError(
      `database "${orm.config.get('dbName')}" does not exist on ${host}; create it, or run \`switchboard migrate --create\``,
    );
  }
}

/** A URL fit for a log line: the password replaced. */
export function redactUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}
