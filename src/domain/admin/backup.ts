/**
 * Database backup and restore (dbbackup, dbrestore, backupdb; 002 Admin — Reset). SQLite: the online backup API of
 * better-sqlite3, while the server keeps serving. PostgreSQL: pg_dump / pg_restore from PATH (a clear error when the
 * client tools are missing). A restore checks the file first and replaces the data in one transaction, so it either
 * completes or leaves the database as it was. Backups live in the data folder's backups/ directory and nowhere else.
 */
import { spawn } from 'node:child_process';
import { realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Database } from '../../persistence/database.ts';
import { SwitchboardError } from '../../platform/errors.ts';
import { createPrivateFile, makePrivateFolder } from '../../platform/private-files.ts';
import { nativeClient, type SqliteNative } from './native-sql.ts';

export interface BackupTarget {
  db: Database;
  /** The config's database URL (postgres://… for pg_dump and pg_restore). */
  databaseUrl: string;
  dir: string;
}

export function backupDirOf(dataDir: string): string {
  return join(dataDir, 'backups');
}

/** A path given by the client, inside the backup directory or refused; absent or a directory gets a dated file name. */
export function backupPath(dir: string, given: string | undefined, engine: Database['engine']): string {
  makePrivateFolder(dir);
  const root = realpathSync(dir);
  const wanted = resolve(root, given ?? '');
  const inside = relative(root, wanted);
  if (inside.startsWith('..') || isAbsolute(inside))
    throw new SwitchboardError('access-denied', `backups are kept in ${root}; ${given} is outside it`);
  const real = existingRealPath(wanted);
  if (real && relative(root, real).startsWith('..'))
    throw new SwitchboardError('access-denied', `${given} leads outside the backup directory`);
  const isDir = !given || given.endsWith('/') || (real !== undefined && statSync(real).isDirectory());
  return isDir ? join(wanted, defaultName(engine)) : wanted;
}

export async function backupDatabase(t: BackupTarget, file: string): Promise<{ path: string; size: number }> {
  makePrivateFolder(dirname(file));
  // Written under a temporary name first: a failed backup never leaves a truncated file under the real one.
  const partial = `${file}.partial`;
  try {
    // The copy holds every secret the database holds: created 0600 before the engine's tool writes into it.
    rmSync(partial, { force: true });
    createPrivateFile(partial);
    const native = await nativeClient(t.db);
    if (native.engine === 'sqlite') await sqliteBackup(native.sqlite, partial);
    else await pgDump(t.databaseUrl, partial);
    renameSync(partial, file);
  } catch (e) {
    rmSync(partial, { force: true });
    if (e instanceof SwitchboardError) throw e;
    throw new SwitchboardError('command-failed', `backup failed: ${(e as Error).message.split('\n')[0]}`);
  }
  return { path: file, size: statSync(file).size };
}

/** Replaces the whole database with the backup in file, then brings its schema up to date. */
export async function restoreDatabase(t: BackupTarget, file: string): Promise<void> {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new SwitchboardError('not-found', `no backup file ${basename(file)} in the backup directory`);
  }
  if (size === 0) throw new SwitchboardError('command-failed', `${basename(file)} is empty: not a backup`);
  const native = await nativeClient(t.db);
  if (native.engine === 'sqlite') await sqliteRestore(native.sqlite, file);
  else await pgRestore(t.databaseUrl, file);
  await t.db.migrate();
}

function defaultName(engine: Database['engine']): string {
  const stamp = new Date()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return `switchboard-${stamp}.${engine === 'sqlite' ? 'sqlite' : 'pgdump'}`;
}

function existingRealPath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

type SqliteClass = new (
  file: string,
  options?: { readonly?: boolean; fileMustExist?: boolean; timeout?: number },
) => SqliteNative;

/** The driver's class, taken from the live connection rather than imported: it is MikroORM's dependency, not ours. */
function sqliteClass(live: SqliteNative): SqliteClass {
  return live.constructor as SqliteClass;
}

async function sqliteBackup(live: SqliteNative, file: string): Promise<void> {
  await live.backup(file, { progress: () => 1024 });
  // A self-contained file: the copy of a WAL database would otherwise need its -wal and -shm companions.
  const copy = new (sqliteClass(live))(file, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = delete');
  } finally {
    copy.close();
  }
}

async function sqliteRestore(live: SqliteNative, file: string): Promise<void> {
  const Sqlite = sqliteClass(live);
  let source: SqliteNative;
  try {
    source = new Sqlite(file, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw new SwitchboardError('command-failed', `${basename(file)} cannot be opened: ${(e as Error).message}`);
  }
  try {
    let check: unknown;
    let tables: number;
    try {
      check = source.pragma('integrity_check', { simple: true });
      tables = Number(
        source
          .prepare(
            "select count(*) as n from sqlite_master where type = 'table' and name in ('tb_users', 'schema_migrations')",
          )
          .get()?.n ?? 0,
      );
    } catch (e) {
      throw new SwitchboardError(
        'command-failed',
        `${basename(file)} is not an SQLite database (${(e as Error).message}); nothing was restored`,
      );
    }
    if (check !== 'ok')
      throw new SwitchboardError(
        'command-failed',
        `${basename(file)} is corrupt (integrity check: ${String(check)}); nothing was restored`,
      );
    if (tables !== 2)
      throw new SwitchboardError(
        'command-failed',
        `${basename(file)} is an SQLite database but not a Switchboard backup; nothing was restored`,
      );
    // One step for every page: the destination is written in a single transaction, all or nothing.
    await source.backup(live.name, { progress: () => 0x7fffffff });
  } finally {
    source.close();
  }
}

/** The URL without its password, which goes to the tools in PGPASSWORD instead of their command line. */
function pgConnection(url: string): { url: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = '';
  return {
    url: u.toString(),
    env: { ...process.env, PGOPTIONS: '-c client_min_messages=warning', ...(password ? { PGPASSWORD: password } : {}) },
  };
}

async function pgDump(url: string, file: string): Promise<void> {
  const c = pgConnection(url);
  await run(
    'pg_dump',
    ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, `--dbname=${c.url}`],
    c.env,
  );
}

async function pgRestore(url: string, file: string): Promise<void> {
  const c = pgConnection(url);
  let toc: string;
  try {
    toc = await run('pg_restore', ['--list', file], c.env);
  } catch (e) {
    if (e instanceof SwitchboardError) throw e;
    throw new SwitchboardError(
      'command-failed',
      `${basename(file)} is not a PostgreSQL backup (${(e as Error).message}); nothing was restored`,
    );
  }
  if (!/ TABLE (DATA )?public tb_users /.test(toc))
    throw new SwitchboardError(
      'command-failed',
      `${basename(file)} is a PostgreSQL backup but not of Switchboard; nothing was restored`,
    );
  // The whole script is written out before anything runs: streamed, a backup that breaks half-way would reach psql
  // as a shorter script, which it would commit.
  const script = `${file}.restore.sql`;
  try {
    createPrivateFile(script);
    try {
      await run('pg_restore', ['--no-owner', '--no-privileges', `--file=${script}`, file], c.env);
    } catch (e) {
      if (e instanceof SwitchboardError) throw e;
      throw new SwitchboardError(
        'command-failed',
        `${basename(file)} cannot be read to the end (${(e as Error).message}); nothing was restored`,
      );
    }
    try {
      // One transaction that stops at the first error: the schema is emptied and refilled, or nothing changes.
      await run(
        'psql',
        [
          '--no-psqlrc',
          '--quiet',
          '--single-transaction',
          '--set=ON_ERROR_STOP=1',
          `--command=${DROP_ALL}`,
          `--file=${script}`,
          `--dbname=${c.url}`,
        ],
        c.env,
      );
    } catch (e) {
      if (e instanceof SwitchboardError) throw e;
      throw new SwitchboardError('command-failed', `restore failed, nothing was changed: ${(e as Error).message}`);
    }
  } finally {
    rmSync(script, { force: true });
  }
}

/**
 * Everything Switchboard's database holds in the public schema — tables, views, sequences, routines and types — so
 * the restored database holds exactly the backup (the schema itself and its grants stay).
 */
const DROP_ALL = `do $$ declare r record; begin
  for r in select c.relname, c.relkind from pg_class c join pg_namespace n on n.oid = c.relnamespace
           where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f') loop
    execute format(case r.relkind when 'v' then 'drop view if exists public.%I cascade' when 'm' then 'drop materialized view if exists public.%I cascade'
                   when 'S' then 'drop sequence if exists public.%I cascade' when 'f' then 'drop foreign table if exists public.%I cascade'
                   else 'drop table if exists public.%I cascade' end, r.relname);
  end loop;
  for r in select p.oid::regprocedure as routine from pg_proc p join pg_namespace n on n.oid = p.pronamespace
           where n.nspname = 'public' and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e') loop
    execute format('drop routine if exists %s cascade', r.routine);
  end loop;
  for r in select t.typname from pg_type t join pg_namespace n on n.oid = t.typnamespace
           where n.nspname = 'public' and t.typtype in ('c', 'd', 'e', 'r', 'm') and (t.typrelid = 0 or exists (select 1 from pg_class c where c.oid = t.typrelid and c.relkind = 'c'))
             and not exists (select 1 from pg_depend d where d.objid = t.oid and d.deptype = 'e') loop
    execute format('drop type if exists public.%I cascade', r.typname);
  end loop; end $$`;

const TOOL_MISSING = (tool: string) =>
  new SwitchboardError(
    'unsupported',
    `${tool} is not installed on this server (not found on PATH): install the PostgreSQL client tools to back up and restore a PostgreSQL database`,
  );

/** Runs a client tool; its stdout is the answer, a failure carries the first line of its stderr. */
function run(tool: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      err += d;
    });
    child.on('error', (e: NodeJS.ErrnoException) => reject(e.code === 'ENOENT' ? TOOL_MISSING(tool) : e));
    child.on('close', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${tool}: ${firstLine(err) || `exit code ${code}`}`)),
    );
  });
}

/** The line that says what went wrong: the first error, else the first line. */
function firstLine(text: string): string {
  const lines = text.trim().split('\n');
  // psql prefixes its script's errors with the script's own file and line, which say nothing to the client.
  return (lines.find((l) => /\b(ERROR|FATAL|error):/.test(l)) ?? lines[0] ?? '').replace(/^psql:\S+:\d+: /, '');
}
