/**
 * dbbackup, backupdb and dbrestore (002 Admin — Reset, Various operations) over domain/admin/backup.ts. One backup
 * or restore runs at a time (the others wait, listed by locks); after a restore every cache is read again.
 */
import { relative } from 'node:path';
import type {
  BackupdbParams, BackupdbResult, DbbackupParams, DbbackupResult, DbrestoreParams, DbrestoreResult,
} from '../../../../generated/mizu-v2/types.ts';
import { activityOf } from '../../../domain/admin/activity.ts';
import { backupDatabase, backupDirOf, backupPath, restoreDatabase, type BackupTarget } from '../../../domain/admin/backup.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import type { MizuContext } from '../../mizu/context.ts';

const LOCK = 'database backup/restore';

export async function dbbackup(params: DbbackupParams, ctx: MizuContext): Promise<DbbackupResult> {
  if (params.ival) throw new SwitchboardError('unsupported', 'repeated backups (ival) are not scheduled by Switchboard: call dbbackup or backupdb from cron or a systemd timer');
  if (params.type && params.type.toLowerCase() !== 'full') throw new SwitchboardError('invalid-parameter', `type ${params.type}: Switchboard makes full backups only (type empty or full)`);
  return backup(ctx, params.path, 'dbbackup');
}

export function backupdb(_params: BackupdbParams, ctx: MizuContext): Promise<BackupdbResult> {
  return backup(ctx, undefined, 'backupdb');
}

export async function dbrestore(params: DbrestoreParams, ctx: MizuContext): Promise<DbrestoreResult> {
  const t = target(ctx);
  const file = backupPath(t.dir, params.path, ctx.services.db.engine);
  const activity = activityOf(ctx.services);
  await activity.exclusive(LOCK, 'dbrestore', () => activity.track(`restore from ${relative(t.dir, file)}`, 'dbrestore', () => restoreDatabase(t, file)));
  await reloadEverything(ctx);
  ctx.services.logger.warn({ file }, 'database restored from a backup');
  return { message: `database restored from ${relative(t.dir, file)}` };
}

async function backup(ctx: MizuContext, path: string | undefined, source: string): Promise<DbbackupResult> {
  const t = target(ctx);
  const file = backupPath(t.dir, path, ctx.services.db.engine);
  const activity = activityOf(ctx.services);
  const done = await activity.exclusive(LOCK, source, () => activity.track(`backup to ${relative(t.dir, file)}`, source, () => backupDatabase(t, file)));
  return { path: relative(t.dir, done.path), size: done.size };
}

function target(ctx: MizuContext): BackupTarget {
  const s = ctx.services;
  return { db: s.db, databaseUrl: s.config.database, dir: backupDirOf(s.config.dataDir) };
}

/** The restored database is another one: settings, access rules, bans and cached users are read from it again. */
async function reloadEverything(ctx: MizuContext): Promise<void> {
  const s = ctx.services;
  const em = s.db.em();
  await s.options.load(em);
  await s.policies.load(em);
  await s.state.deleteAllBans();
  await s.bans.restore(em);
  for (const user of s.accounts.cache.entries()) await s.accounts.cache.invalidate(user.id);
}
