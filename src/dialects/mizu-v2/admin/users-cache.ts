/** fastusers and syncusers (001/002): the in-memory user cache ("fast users") and its re-read from tb_users. */
import type { FastusersParams, FastusersResult, SyncusersParams, SyncusersResult } from '../../../../generated/mizu-v2/types.ts';
import { fromMicros } from '../../../platform/money.ts';
import { User } from '../../../persistence/entities/user.ts';
import type { MizuContext } from '../../mizu/context.ts';

export function fastusers(_params: FastusersParams, ctx: MizuContext): FastusersResult {
  const users = ctx.services.accounts.cache.entries().sort((a, b) => a.id - b.id);
  return {
    rows: users.map((u) => ({ userid: u.id, username: u.username, type: u.type, enabled: u.enabled, credit: fromMicros(u.creditMicros), currency: u.currency })),
  };
}

/**
 * Every cached user is dropped here and in the other processes, so the next request of each reads tb_users again;
 * deleted users stay out. (Re-reading them here would race the invalidation reaching this process's own listener.)
 */
export async function syncusers(_params: SyncusersParams, ctx: MizuContext): Promise<SyncusersResult> {
  const cache = ctx.services.accounts.cache;
  const ids = cache.entries().map((u) => u.id);
  for (const id of ids) await cache.invalidate(id);
  const synced = ids.length === 0 ? 0 : await ctx.em.count(User, { id: { $in: ids } });
  return { synced, dropped: ids.length - synced };
}
