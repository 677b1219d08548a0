/**
 * presence_set (001:L336, 002:L354-L355): sets the user's presence string. The seed answers the offline messages
 * after it (XOFFMESSAGE:fromuser:text…XOFFMESSAGE:); no offline message store exists yet, so there are none.
 */
import type { PresenceSetParams, PresenceSetResult } from '../../../../generated/mizu-v2/types.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import { withWireText } from '../../mizu/answer/wire-text.ts';
import type { MizuContext } from '../../mizu/context.ts';

export async function presenceSet(params: PresenceSetParams, ctx: MizuContext): Promise<PresenceSetResult> {
  const user = ctx.principal.user;
  if (!user)
    throw new SwitchboardError('auth-failed', 'presence_set is for a user: send authid with authpwd or authmd5');
  await ctx.services.presence.set(user.username, params.pstatus);
  return withWireText({ rows: [] }, 'OK: presence set');
}
