/**
 * The files that hold the data or secrets (the SQLite database and its -wal and -shm, backups, the secret key, the
 * admin password) are the owner's alone: created 0600, in folders created 0700. Set where each is created, not by a
 * process umask: a umask would reach every file the process writes (putfile, exports), would not reach a server
 * embedded in another process (the tests), and cannot be changed from a worker thread.
 */
import { closeSync, mkdirSync, openSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const PRIVATE_FILE_MODE = 0o600;
const PRIVATE_FOLDER_MODE = 0o700;
/** Read, write or execute for the group or others. */
const SHARED_BITS = 0o077;

/** Makes the folder (and its missing parents) 0700; one that exists keeps its mode. */
export function makePrivateFolder(path: string): void {
  mkdirSync(path, { recursive: true, mode: PRIVATE_FOLDER_MODE });
}

/**
 * Creates the file empty and 0600 unless it exists. A tool that then writes into it (SQLite, pg_dump) keeps the mode;
 * SQLite also gives a database's -wal, -shm and journal files the database file's own mode.
 */
export function createPrivateFile(path: string): void {
  closeSync(openSync(path, 'a', PRIVATE_FILE_MODE));
}

/** The files among paths (folders: the files anywhere under them) that exist and the group or others can read. */
export function sharedFiles(paths: string[]): { path: string; mode: string }[] {
  return paths
    .flatMap(filesAt)
    .map((path) => ({ path, mode: statSync(path).mode & 0o777 }))
    .filter((f) => f.mode & SHARED_BITS)
    .map((f) => ({ path: f.path, mode: f.mode.toString(8) }));
}

function filesAt(path: string): string[] {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return [];
  }
  if (!stat.isDirectory()) return [path];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}
