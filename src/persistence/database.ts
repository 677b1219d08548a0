/**
 * Opens the database named by the config (sqlite:PATH embedded default, or postgres://…), with the entities and
 * the migrations for that engine. `migrate()` brings the schema up to date.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Migrator } from '@mikro-orm/migrations';
import { MikroORM as PostgreSqlORM } from '@mikro-orm/postgresql';
import { MikroORM as SqliteORM } from '@mikro-orm/sqlite';
import type { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/sql';
import { ENTITIES } from './entities/index.ts';
import { POSTGRESQL_MIGRATIONS } from './migrations/postgresql/index.ts';
import { SQLITE_MIGRATIONS } from './migrations/sqlite/index.ts';
import { cacheStatements } from './statement-cache.ts';

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

export async function openDatabase(url: string): Promise<Database> {
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
  };
  let orm: MikroORM;
  try {
    if (engine === 'sqlite') {
      const path = url.slice('sqlite:'.length);
      if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
      orm = (await SqliteORM.init({ ...common, dbName: path })) as unknown as MikroORM;
      const connection = orm.driver.getConnection() as unknown as {
        getNativeClient(): Promise<Parameters<typeof cacheStatements>[0]>;
      };
      cacheStatements(await connection.getNativeClient());
      // Concurrent readers while one process writes; wait on a lock instead of failing at once.
      await orm.em.fork().getConnection().execute('pragma journal_mode = wal');
      await orm.em.fork().getConnection().execute('pragma busy_timeout = 5000');
    } else {
      orm = (await PostgreSqlORM.init({ ...common, clientUrl: url, pool: { min: 0, max: 10 } })) as unknown as MikroORM;
    }
    await orm.em.fork().getConnection().execute('select 1');
  } catch (e) {
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

/** A URL fit for a log line: the password replaced. */
export function redactUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}
