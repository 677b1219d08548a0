/** backupdb (002:L512): Back up the database (meaning inferred from the name). */
import type { BackupdbParams, BackupdbResult } from '../../../../generated/mizu-v2/types.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { backup } from '../shared/backup.ts';

export function backupdb(_params: BackupdbParams, ctx: MizuContext): Promise<BackupdbResult> {
  return backup(ctx, undefined, 'backupdb');
}
