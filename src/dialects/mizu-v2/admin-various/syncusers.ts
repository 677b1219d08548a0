/** syncusers (001:L535, 002:L516): Synchronise the fast (cached) users list with the database. */
import type { SyncusersParams, SyncusersResult } from '../../../../generated/mizu-v2/types.ts';
import { User } from '../../../persistence/entities/user.ts';
import type { MizuContext } from '../../mizu/context.ts';

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
