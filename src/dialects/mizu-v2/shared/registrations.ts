/** What the registration commands (reguser, endpoints, epreg, fastregusers) share: users by name, times as text. */
import type { Binding } from '../../../domain/telephony/registrations.ts';
import type { MizuContext } from '../../mizu/context.ts';

/** The account of each binding's user, looked up once per user (the user cache answers known users from memory). */
export async function userIdsOf(bindings: readonly Binding[], ctx: MizuContext): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const username of new Set(bindings.map((b) => b.username))) {
    const user = await ctx.services.accounts.cache.find(username, () => ctx.em);
    if (user) ids.set(username, user.id);
  }
  return ids;
}

export function isoTime(epochMs: number): string {
  return new Date(epochMs).toISOString();
}
