/** dbbackup (002:L497): Create a database backup. */
import type { DbbackupParams, DbbackupResult } from '../../../../generated/mizu-v2/types.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { backup } from '../shared/backup.ts';

export async function dbbackup(params: DbbackupParams, ctx: MizuContext): Promise<DbbackupResult> {
  if (params.ival)
    throw new SwitchboardError(
      'unsupported',
      'repeated backups (ival) are not scheduled by Switchboard: call dbbackup or backupdb from cron or a systemd timer',
    );
  if (params.type && params.type.toLowerCase() !== 'full')
    throw new SwitchboardError(
      'invalid-parameter',
      `type ${params.type}: Switchboard makes full backups only (type empty or full)`,
    );
  return backup(ctx, params.path, 'dbbackup');
}
