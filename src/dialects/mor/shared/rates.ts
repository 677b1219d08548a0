/** What the rates pages and the personal rates exports share (004:L299-L364). */
import { account, displayName } from '../../../domain/mor/personal-details.ts';
import { userRates as ratesOf, type UserRates } from '../../../domain/mor/rates.ts';
import type { MorContext } from '../context.ts';

export async function ratesFor(
  ctx: MorContext,
  userId: number,
  currency?: string,
): Promise<{ rates: UserRates; vat: bigint; name: string }> {
  const acct = await account(ctx.em, userId);
  const vat = BigInt(acct.details.vatPercentMicros);
  const rates = await ratesOf(
    ctx.em,
    ctx.services.rateDecks,
    { id: userId, currency: acct.user.currency },
    vat,
    currency,
  );
  return { rates, vat, name: displayName(acct) };
}
