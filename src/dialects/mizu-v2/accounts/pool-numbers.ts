/**
 * getphonenumber [count] and lockphonenumber [num] (001:L364-L366, 002:L905-L909): the free DID pool. With proven
 * credentials a lock is the user's for good; without (the seed's example, the sign-up flow) it reserves the number
 * for numberreservationminutes, and the newuseru that follows takes it.
 */
import type { GetphonenumberParams, GetphonenumberResult, LockphonenumberParams, LockphonenumberResult } from '../../../../generated/mizu-v2/types.ts';
import { freeNumbers, lockNumber } from '../../../domain/accounts/phone-numbers.ts';
import type { MizuContext } from '../../mizu/context.ts';

export const DEFAULT_RESERVATION_MINUTES = 15;

function reservationMs(ctx: MizuContext): number {
  return Math.max(1, ctx.services.options.int('numberreservationminutes', DEFAULT_RESERVATION_MINUTES)) * 60_000;
}

export async function getphonenumber(params: GetphonenumberParams, ctx: MizuContext): Promise<GetphonenumberResult> {
  return { rows: (await freeNumbers(ctx.em, params.count, reservationMs(ctx))).map((number) => ({ number })) };
}

export async function lockphonenumber(params: LockphonenumberParams, ctx: MizuContext): Promise<LockphonenumberResult> {
  // A public command admits a bare username; that proves nothing, so it reserves like an anonymous request.
  const user = ctx.principal.via === 'username' ? undefined : ctx.principal.user;
  const outcome = await lockNumber(ctx.em, params.num, user?.id, reservationMs(ctx));
  switch (outcome) {
    case 'locked': return { message: `${params.num} locked for ${user!.username}` };
    case 'already-yours': return { message: `${params.num} is already locked for ${user!.username}` };
    case 'reserved': return { message: `${params.num} reserved for ${reservationMs(ctx) / 60_000} minutes: sign up with it as the username to keep it` };
  }
}
