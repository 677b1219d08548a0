/** locks (001:L422, 002:L415): List the pending locks. */
import type { LocksParams, LocksResult } from '../../../../generated/mizu-v2/types.ts';
import { databaseLocks } from '../../../domain/admin/database-activity.ts';
import type { MizuContext } from '../../mizu/context.ts';

export async function locks(_params: LocksParams, ctx: MizuContext): Promise<LocksResult> {
  const own = ctx.services.activity.locks().map((l) => ({
    name: l.name,
    mode: 'exclusive',
    granted: true,
    owner: l.owner,
    since: l.since.toISOString(),
    waiting: l.waiting,
  }));
  const database = (await databaseLocks(ctx.services.db)).map((l) => ({
    name: l.name,
    mode: l.mode,
    granted: l.granted,
    owner: `postgresql pid ${l.pid}`,
    ...(l.since ? { since: l.since.toISOString() } : {}),
    waiting: l.waiting,
  }));
  return { rows: [...own, ...database] };
}
