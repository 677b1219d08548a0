/** bannedlist and delbanned [ip|all]: the addresses banned after repeated failed authentication. */
import type { BannedlistParams, BannedlistResult, DelbannedParams, DelbannedResult } from '../../../generated/mizu-v2/types.ts';
import { SwitchboardError } from '../../platform/errors.ts';
import type { MizuContext } from '../mizu/context.ts';

export async function bannedlist(_params: BannedlistParams, ctx: MizuContext): Promise<BannedlistResult> {
  const bans = await ctx.services.bans.list(ctx.em);
  return { rows: bans.map((b) => ({ ip: b.ip, reason: b.reason, since: b.since.toISOString(), until: b.until.toISOString() })) };
}

export async function delbanned(params: DelbannedParams, ctx: MizuContext): Promise<DelbannedResult> {
  const lifted = await ctx.services.bans.lift(ctx.em, params.ip.toLowerCase() === 'all' ? 'all' : params.ip);
  if (lifted === 0 && params.ip.toLowerCase() !== 'all') throw new SwitchboardError('not-found', `${params.ip} is not banned`);
  return { message: `${lifted} ban(s) lifted` };
}
