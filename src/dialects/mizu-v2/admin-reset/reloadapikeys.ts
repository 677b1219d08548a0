/** reloadapikeys (002:L489): Reload the API keys (meaning inferred from the name). */
import type { ReloadapikeysParams, ReloadapikeysResult } from '../../../../generated/mizu-v2/types.ts';
import type { MizuContext } from '../../mizu/context.ts';

export async function reloadapikeys(_params: ReloadapikeysParams, ctx: MizuContext): Promise<ReloadapikeysResult> {
  await ctx.services.options.load(ctx.em);
  return { message: 'API keys reloaded' };
}
