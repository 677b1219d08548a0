/**
 * callback [num] (001:L134, 002:L47-L49, 002:L869-L872): calls num and, when it answers, connects it to the
 * authenticated user's own registered phone (RFC 3725 flow I, domain/telephony/calls). Switchboard plays no IVR (it
 * carries no media): an IVR other than -1 is refused with that reason.
 */
import type { CallbackParams, CallbackResult } from '../../../../generated/mizu-v2/types.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { actor, requireUser } from '../shared/request.ts';

export async function callback(params: CallbackParams, ctx: MizuContext): Promise<CallbackResult> {
  if (params.ivr !== undefined && params.ivr !== -1)
    throw new SwitchboardError(
      'command-failed',
      'callback IVR campaigns need media, which Switchboard does not carry: send ivr=-1 (or none) to connect directly',
    );
  const user = requireUser(ctx);
  const call = await ctx.services.calls.place(user, [params.num, user.username], actor(ctx));
  return { message: `call ${call.id} initiated` };
}
