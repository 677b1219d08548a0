/** reloadnumdircache and setfastregpwd: the accounts cache read again from the database. */
import type { MizuContext } from '../../mizu/context.ts';

/** Forgets every user this process holds, here and in every process (each reads it again on next use). */
export async function forgetCachedUsers(ctx: MizuContext): Promise<number> {
  const cache = ctx.services.accounts.cache;
  const users = cache.entries();
  for (const user of users) await cache.invalidate(user.id);
  return users.length;
}
