/** delbanned (001:L462, 002:L459): Remove an IP from the banned list, or all of them (also sent bare: delbanned [all]). */
import type { DelbannedParams, DelbannedResult } from '../../../../generated/mizu-v2/types.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import type { MizuContext } from '../../mizu/context.ts';

export async function delbanned(params: DelbannedParams, ctx: MizuContext): Promise<DelbannedResult> {
  // The spec's default makes an absent or empty ip "all".
  const all = params.ip.toLowerCase() === 'all';
  const lifted = await ctx.services.bans.lift(ctx.em, all ? 'all' : params.ip);
  if (lifted === 0 && !all) throw new SwitchboardError('not-found', `${params.ip} is not banned`);
  return { message: `${lifted} ban(s) lifted` };
}
