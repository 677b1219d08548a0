/** lockphonenumber (001:L364, 002:L371, 002:L905-L909): Reserve a phone number from the free number pool. */
import type { LockphonenumberParams, LockphonenumberResult } from '../../../../generated/mizu-v2/types.ts';
import { lockNumber } from '../../../domain/accounts/phone-numbers.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { reservationMs } from '../shared/pool-numbers.ts';

export async function lockphonenumber(params: LockphonenumberParams, ctx: MizuContext): Promise<LockphonenumberResult> {
  // A public command admits a bare username; that proves nothing, so it reserves like an anonymous request.
  const user = ctx.principal.via === 'username' ? undefined : ctx.principal.user;
  const outcome = await lockNumber(ctx.em, params.num, user?.id, reservationMs(ctx));
  switch (outcome) {
    case 'locked':
      return { message: `${params.num} locked for ${user!.username}` };
    case 'already-yours':
      return { message: `${params.num} is already locked for ${user!.username}` };
    case 'reserved':
      return {
        message: `${params.num} reserved for ${reservationMs(ctx) / 60_000} minutes: sign up with it as the username to keep it`,
      };
  }
}
