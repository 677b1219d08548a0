/** unreg (002:L460, 002:L805-L807): ends one user's registrations, or everyone's ("all"), optionally from one ip. */
import type { UnregParams, UnregResult } from '../../../../generated/mizu-v2/types.ts';
import { unregister } from '../../../domain/presence/unregister.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import type { MizuContext } from '../../mizu/context.ts';

/** Both modes end the bindings at once (the store keeps no unregistered entries apart from removed ones). */
export async function unreg(params: UnregParams, ctx: MizuContext): Promise<UnregResult> {
  const registrations = ctx.services.registrations;
  if (params.username.toLowerCase() === 'all')
    return { removed: await unregister(registrations, 'everyone', params.ip) };
  const user = await ctx.services.accounts.cache.find(params.username, () => ctx.em);
  if (!user) throw new SwitchboardError('user-not-found', `no user ${params.username}`);
  return { removed: await unregister(registrations, { username: user.username }, params.ip) };
}
