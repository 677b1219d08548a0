/**
 * One `switchboard serve` per SQLite file: each server keeps users, rate decks and options in memory, so a second one
 * on the same file would answer from caches the first one's writes never reach.
 *
 * The lock is SQLite's own file lock (fcntl) on a file beside the database, `<file>.lock`, held exclusively for the
 * life of the process: the kernel drops it when the process ends, however it ends (a SIGKILL leaves nothing stale),
 * and a recycled pid cannot pass for a live holder, as it can with a pid file. Not `locking_mode = exclusive` on the
 * database itself: that would also shut out what rightly opens the file beside a running server (`switchboard
 * import`, `migrate`, a backup, the sqlite3 shell). The holder writes its pid as the lock file's user_version, which
 * the file header keeps at byte 60, so a refused process can name it without taking the lock.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { createPrivateFile, makePrivateFolder } from '../platform/private-files.ts';
import { DatabaseError } from './database.ts';

export interface SqliteLock {
  release(): void;
}

/** SQLITE_BUSY: another connection holds the lock. */
const SQLITE_BUSY = 5;
/** Where the SQLite file header keeps user_version (4 bytes, big-endian). */
const USER_VERSION_OFFSET = 60;

/** Locks the SQLite file of a `sqlite:PATH` database URL; nothing to lock for PostgreSQL or `sqlite::memory:`. */
export function lockSqliteFile(databaseUrl: string): SqliteLock | undefined {
  if (!databaseUrl.startsWith('sqlite:')) return undefined;
  const path = databaseUrl.slice('sqlite:'.length);
  if (path === ':memory:') return undefined;
  const lockPath = `${path}.lock`;
  // The first file made in a new data folder: the folder is private, as the database's own would be.
  makePrivateFolder(dirname(path));
  createPrivateFile(lockPath);
  const lock = new DatabaseSync(lockPath, { timeout: 0 });
  try {
    // In exclusive locking mode the lock taken by the first write is kept until the connection closes.
    lock.exec('pragma locking_mode = exclusive');
    lock.exec(`begin exclusive; pragma user_version = ${process.pid}; commit`);
  } catch (e) {
    lock.close();
    if ((e as { errcode?: number }).errcode !== SQLITE_BUSY) throw e;
    throw new DatabaseError(
      `${path} is in use by another Switchboard process (pid ${holderPid(lockPath)}); stop it first (one server per SQLite file: several share a PostgreSQL database and Redis)`,
    );
  }
  return { release: () => lock.close() };
}

/**
 * Read with plain file calls, never from the holding process: closing any descriptor of a file drops every fcntl
 * lock the process holds on it.
 */
function holderPid(lockPath: string): number | string {
  const header = Buffer.alloc(4);
  const fd = openSync(lockPath, 'r');
  try {
    return readSync(fd, header, 0, 4, USER_VERSION_OFFSET) === 4 ? header.readUInt32BE(0) : 'unknown';
  } finally {
    closeSync(fd);
  }
}
