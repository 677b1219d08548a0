/**
 * presence_set (001:L336, 002:L354-L355): sets the user's presence string, and hands out the instant messages kept
 * for the user while it was offline, after the OK in the seed's form (XOFFMESSAGE:fromuser:text…XOFFMESSAGE:).
 */
import type { PresenceSetParams, PresenceSetResult } from '../../../../generated/mizu-v2/types.ts';
import { xoffMessages } from '../../../domain/telephony/messages/offline-messages.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import { withWireText } from '../../mizu/answer/wire-text.ts';
import type { MizuContext } from '../../mizu/context.ts';

export async function presenceSet(params: PresenceSetParams, ctx: MizuContext): Promise<PresenceSetResult> {
  const user = ctx.principal.user;
  if (!user)
    throw new SwitchboardError('auth-failed', 'presence_set is for a user: send authid with authpwd or authmd5');
  await ctx.services.presence.set(user.username, params.pstatus);
  const messages = await ctx.services.offlineMessages.handOut(user.username);
  const rows = messages.map((m) => ({ fromuser: m.sender, text: m.text }));
  return withWireText({ rows }, messages.length ? `OK: presence set ${xoffMessages(messages)}` : 'OK: presence set');
}
