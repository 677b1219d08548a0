/** willstop (001:L584, 002:L547): "no more creditcheck" — running calls are no longer cut for credit. */
import type { WillstopParams, WillstopResult } from '../../../../generated/mizu-v2/types.ts';
import type { MizuContext } from '../../mizu/context.ts';

export async function willstop(_params: WillstopParams, ctx: MizuContext): Promise<WillstopResult> {
  await ctx.services.stopNotice.announce();
  return { message: 'credit checks of running calls stopped until restart' };
}
