/**
 * user_rates (GET /tariffs/user_rates; 004:L299-L332, 004:L362-L364): List the user's rates per destination with and
 * without VAT, optionally converted to another currency.
 */
import type { UserRatesParams, UserRatesResult } from '../../../../generated/mor/types.ts';
import { fromMicros } from '../../../platform/money.ts';
import { percent } from '../../../domain/mor/amounts.ts';
import type { MorContext } from '../context.ts';
import { LANGUAGE, me } from '../shared/common.ts';
import { ratesFor } from '../shared/rates.ts';

export async function userRates(params: UserRatesParams, ctx: MorContext): Promise<UserRatesResult> {
  const user = me(ctx);
  const { rates, vat } = await ratesFor(ctx, user.id, params.currency);
  return {
    page: {
      pagename: 'Payments',
      language: LANGUAGE,
      userid: user.id,
      currency: rates.currency,
      vat_percent: percent(vat),
      aval_currencies: { currency: rates.available },
      rates: {
        rate: rates.lines.map((r) => ({
          ratename: r.ratename,
          rateicon: r.rateicon,
          ratetype: r.ratetype,
          ratecost: fromMicros(r.rateMicros),
          rate_vat_cost: fromMicros(r.vatRateMicros),
        })),
      },
    },
  };
}
