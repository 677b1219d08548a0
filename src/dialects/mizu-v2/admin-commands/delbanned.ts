/** delbanned (001:L462, 002:L459): Remove an IP from the banned list, or all of them. */
import type { DelbannedParams, DelbannedResult } from '../../../../generated/mizu-v2/types.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import type { MizuContext } from '../../mizu/context.ts';

export async function delbanned(params: DelbannedParams, ctx: MizuContext): Promise<DelbannedResult> {
  const lifted = await ctx.services.bans.lift(ctx.em, params.ip.toLowerCase() === 'all' ? 'all' : params.ip);
  if (lifted === 0 && params.ip.toLowerCase() !== 'all')
    throw new SwitchboardError('not-found', `${params.ip} is not banned`);
  return { message: `${lifted} ban(s) lifted` };
}
