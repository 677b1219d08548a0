/**
 * What other sessions are doing in the database, for querylist and locks: PostgreSQL reports it (pg_stat_activity,
 * pg_locks); SQLite keeps no such table, so there the answer is empty.
 */
import type { Database } from '../../persistence/database.ts';
import { nativeClient } from './native-sql.ts';

export interface RunningStatement {
  pid: number;
  started: Date | null;
  application: string;
  query: string;
}

export interface DatabaseLock {
  name: string;
  mode: string;
  granted: boolean;
  pid: number;
  since: Date | null;
  waiting: number;
}

export async function runningStatements(db: Database): Promise<RunningStatement[]> {
  const native = await nativeClient(db);
  if (native.engine === 'sqlite') return [];
  const { rows } = await native.pool.query<{
    pid: number;
    query_start: Date | string | null;
    application_name: string;
    query: string;
  }>(
    `select pid, query_start, application_name, query from pg_stat_activity
      where datname = current_database() and state = 'active' and pid <> pg_backend_pid() and backend_type = 'client backend'
      order by query_start`,
  );
  return rows.map((r) => ({
    pid: r.pid,
    started: time(r.query_start),
    application: r.application_name,
    query: r.query,
  }));
}

/**
 * Locks other sessions hold or want, without the shared read lock every running query takes; waiters counted per
 * object.
 */
export async function databaseLocks(db: Database): Promise<DatabaseLock[]> {
  const native = await nativeClient(db);
  if (native.engine === 'sqlite') return [];
  const { rows } = await native.pool.query<{
    name: string;
    object: string;
    mode: string;
    granted: boolean;
    pid: number;
    since: Date | string | null;
  }>(
    `select coalesce(c.relname, l.locktype) as name,
            concat_ws(':', l.locktype, l.relation, l.page, l.tuple, l.transactionid, l.classid, l.objid) as object,
            l.mode, l.granted, l.pid, a.query_start as since
       from pg_locks l
       join pg_stat_activity a on a.pid = l.pid
       left join pg_class c on c.oid = l.relation
      where a.datname = current_database() and l.pid <> pg_backend_pid()
        and l.locktype in ('relation', 'tuple', 'advisory', 'transactionid')
        and not (l.granted and l.locktype = 'relation' and l.mode = 'AccessShareLock')
        and not (l.granted and l.locktype = 'transactionid' and l.mode = 'ExclusiveLock' and not exists (
              select 1 from pg_locks w where w.locktype = 'transactionid' and w.transactionid = l.transactionid and not w.granted))
      order by a.query_start nulls last, l.pid`,
  );
  const waiters = new Map<string, number>();
  for (const r of rows) if (!r.granted) waiters.set(r.object, (waiters.get(r.object) ?? 0) + 1);
  return rows.map((r) => ({
    name: r.name,
    mode: r.mode,
    granted: r.granted,
    pid: r.pid,
    since: time(r.since),
    waiting: r.granted ? (waiters.get(r.object) ?? 0) : 0,
  }));
}

/** MikroORM's pool hands timestamps back as text. */
function time(v: Date | string | null): Date | null {
  return v === null ? null : new Date(v);
}
