/** bannedlist (001:L460, 002:L455): List the banned IP addresses. */
import type { BannedlistParams, BannedlistResult } from '../../../../generated/mizu-v2/types.ts';
import type { MizuContext } from '../../mizu/context.ts';

export async function bannedlist(_params: BannedlistParams, ctx: MizuContext): Promise<BannedlistResult> {
  const bans = await ctx.services.bans.list(ctx.em);
  return {
    rows: bans.map((b) => ({ ip: b.ip, reason: b.reason, since: b.since.toISOString(), until: b.until.toISOString() })),
  };
}
