/**
 * charge [pin] (001:L358, 002:L368): redeem a recharge PIN voucher into the user's credit, once
 * (domain/billing/recharge-pins.ts).
 */
import type { ChargeParams, ChargeResult } from '../../../../generated/mizu-v2/types.ts';
import { redeemPin, UnknownPinError } from '../../../domain/billing/recharge-pins.ts';
import { fromMicros } from '../../../platform/money.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { actor, idempotencyKey, requireUser } from '../shared/request.ts';

export async function charge(params: ChargeParams, ctx: MizuContext): Promise<ChargeResult> {
  const user = requireUser(ctx);
  const who = actor(ctx);
  let result;
  try {
    result = await redeemPin(ctx.em, ctx.services.secrets, {
      userId: user.id,
      userCurrency: user.currency,
      pin: params.pin,
      actor: who.name,
      requestId: who.requestId,
      idempotencyKey: idempotencyKey(ctx),
    });
  } catch (e) {
    // Guessing PINs is guessing money: an unknown PIN counts toward a ban like a wrong password.
    if (e instanceof UnknownPinError) await ctx.services.bans.recordFailure(ctx.em, ctx.ip, user.username);
    throw e;
  }
  await ctx.services.accounts.cache.invalidate(user.id);
  return {
    message: `${fromMicros(result.valueMicros)} ${user.currency} added; credit is ${fromMicros(result.afterMicros)} ${user.currency}${result.replayed ? ' (already applied)' : ''}`,
  };
}
