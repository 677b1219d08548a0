/**
 * activate_callback (POST /functions/activate_callback; 004:L788-L805): calls src and, once it answers, dst, and
 * connects them (RFC 3725 flow I, domain/telephony/calls), billed to the user whose device acc is.
 */
import type { ActivateCallbackParams, ActivateCallbackResult } from '../../../../generated/mor/types.ts';
import { ownDevice } from '../../../domain/mor/devices.ts';
import type { MorContext } from '../context.ts';
import { failingAs, me } from '../shared/common.ts';

export async function activateCallback(
  params: ActivateCallbackParams,
  ctx: MorContext,
): Promise<ActivateCallbackResult> {
  const user = me(ctx);
  await ownDevice(ctx.em, user.id, params.acc);
  await failingAs('Callback not activated', () =>
    ctx.services.calls.place(user, [params.src, params.dst], { name: user.username, requestId: ctx.requestId }),
  );
  return { action: { name: 'callback', status: 'ok', status_message: 'Callback activated' } };
}
