/** apireload: read tb_api (and the global config table) again, so policy changes apply without a restart (002:L259). */
import type { ApireloadParams, ApireloadResult } from '../../../../generated/mizu-v2/types.ts';
import type { MizuContext } from '../../mizu/context.ts';

export async function apireload(_params: ApireloadParams, ctx: MizuContext): Promise<ApireloadResult> {
  const count = await ctx.services.policies.load(ctx.em);
  await ctx.services.options.load(ctx.em);
  return { message: `${count} tb_api entries loaded` };
}
