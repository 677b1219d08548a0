/**
 * callrating [username, callid] (001:L326, 002:L349): for a call in progress (by the SIP Call-ID of either leg), placed
 * by any process, the user's credit, the seconds it still pays for and the call's price per minute (both legs' rates
 * added).
 */
import type { CallratingParams, CallratingResult } from '../../../../generated/mizu-v2/types.ts';
import { remainingSeconds } from '../../../domain/telephony/calls/call-directory.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import { fromMicros } from '../../../platform/money.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { requireUser } from '../shared/request.ts';

/** What maxduration answers for a call nothing limits (a postpaid user, free rates): a day. */
const UNLIMITED_SECONDS = 86_400;

export async function callrating(params: CallratingParams, ctx: MizuContext): Promise<CallratingResult> {
  const user = requireUser(ctx);
  const username = params.username ?? user.username;
  if (username !== user.username && !ctx.principal.admin)
    throw new SwitchboardError('access-denied', 'only an admin may ask about the calls of another user');
  const call = await ctx.services.calls.bySipCallId(username, params.callid);
  if (!call)
    throw new SwitchboardError('not-found', `no call in progress of ${username} with Call-ID ${params.callid}`);
  const owner = await ctx.services.accounts.cache.byId(call.userId, () => ctx.em);
  if (!owner) throw new SwitchboardError('user-not-found', `user ${username} no longer exists`);
  return {
    credit: fromMicros(owner.creditMicros),
    maxduration: remainingSeconds(call) ?? UNLIMITED_SECONDS,
    rating: fromMicros(call.ratePerMinuteMicros),
  };
}
