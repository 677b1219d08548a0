/**
 * What getphonenumber [count] and lockphonenumber [num] share (001:L364-L366, 002:L905-L909): the free DID pool. With
 * proven credentials a lock is the user's for good; without (the seed's example, the sign-up flow) it reserves the
 * number
 * for numberreservationminutes, and the newuseru that follows takes it.
 */
import type { MizuContext } from '../../mizu/context.ts';

export const DEFAULT_RESERVATION_MINUTES = 15;

export function reservationMs(ctx: MizuContext): number {
  return Math.max(1, ctx.services.options.int('numberreservationminutes', DEFAULT_RESERVATION_MINUTES)) * 60_000;
}
