/**
 * reloaddialplan (002:L488, by name only): the routing plan in memory is dropped in every process, so the next call
 * (or routingtest, normalizechk) rebuilds it from the database, rules written there directly included.
 */
import type { ReloaddialplanParams, ReloaddialplanResult } from '../../../../generated/mizu-v2/types.ts';
import type { MizuContext } from '../../mizu/context.ts';

export async function reloaddialplan(_params: ReloaddialplanParams, ctx: MizuContext): Promise<ReloaddialplanResult> {
  await ctx.services.routing.invalidate();
  return { message: 'dial plan reloaded' };
}
