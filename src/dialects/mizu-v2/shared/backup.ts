/**
 * What dbbackup, backupdb and dbrestore (002 Admin — Reset, Various operations) share, over domain/admin/backup.ts. One
 * backup
 * or restore runs at a time (the others wait, listed by locks); after a restore every cache is read again.
 */
import { relative } from 'node:path';
import type { DbbackupResult } from '../../../../generated/mizu-v2/types.ts';
import { backupDatabase, backupDirOf, backupPath, type BackupTarget } from '../../../domain/admin/backup.ts';
import type { MizuContext } from '../../mizu/context.ts';

export const LOCK = 'database backup/restore';

export async function backup(ctx: MizuContext, path: string | undefined, source: string): Promise<DbbackupResult> {
  const t = target(ctx);
  const file = backupPath(t.dir, path, ctx.services.db.engine);
  const activity = ctx.services.activity;
  const done = await activity.exclusive(LOCK, source, () =>
    activity.track(`backup to ${relative(t.dir, file)}`, source, () => backupDatabase(t, file)),
  );
  return { path: relative(t.dir, done.path), size: done.size };
}

export function target(ctx: MizuContext): BackupTarget {
  const s = ctx.services;
  return { db: s.db, databaseUrl: s.config.database, dir: backupDirOf(s.config.dataDir) };
}
