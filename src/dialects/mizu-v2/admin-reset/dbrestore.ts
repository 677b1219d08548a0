/** dbrestore (002:L498): Restore the database from a backup. */
import { relative } from 'node:path';
import type { DbrestoreParams, DbrestoreResult } from '../../../../generated/mizu-v2/types.ts';
import { backupPath, restoreDatabase } from '../../../domain/admin/backup.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { LOCK, target } from '../shared/backup.ts';

export async function dbrestore(params: DbrestoreParams, ctx: MizuContext): Promise<DbrestoreResult> {
  const t = target(ctx);
  const file = backupPath(t.dir, params.path, ctx.services.db.engine);
  const activity = ctx.services.activity;
  await activity.exclusive(LOCK, 'dbrestore', () =>
    activity.track(`restore from ${relative(t.dir, file)}`, 'dbrestore', () => restoreDatabase(t, file)),
  );
  await reloadEverything(ctx);
  ctx.services.logger.warn({ file }, 'database restored from a backup');
  return { message: `database restored from ${relative(t.dir, file)}` };
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
