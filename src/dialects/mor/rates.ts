/** Rates, destinations and the personal rates exports (004:L299-L364). */
import type {
  DestinationsParams, DestinationsResult, PersonalRatesCsvParams, PersonalRatesCsvResult, PersonalRatesPdfParams, PersonalRatesPdfResult,
  UserRatesParams, UserRatesResult,
} from '../../../generated/mor/types.ts';
import { fromMicros } from '../../platform/money.ts';
import { percent } from '../../domain/mor/amounts.ts';
import { ratesCsv, ratesPdf } from '../../domain/mor/exports/rates.ts';
import { account, displayName } from '../../domain/mor/personal-details.ts';
import { destinationGroup, userRates as ratesOf, type UserRates } from '../../domain/mor/rates.ts';
import { rateDecksOf } from '../../domain/rating/rating.ts';
import type { MorContext } from './context.ts';
import { LANGUAGE, me, ownUserId } from './common.ts';

async function ratesFor(ctx: MorContext, userId: number, currency?: string): Promise<{ rates: UserRates; vat: bigint; name: string }> {
  const acct = await account(ctx.em, userId);
  const vat = BigInt(acct.details.vatPercentMicros);
  const rates = await ratesOf(ctx.em, rateDecksOf(ctx.services), { id: userId, currency: acct.user.currency }, vat, currency);
  return { rates, vat, name: displayName(acct) };
}

export async function userRates(params: UserRatesParams, ctx: MorContext): Promise<UserRatesResult> {
  const user = me(ctx);
  const { rates, vat } = await ratesFor(ctx, user.id, params.currency);
  return {
    page: {
      pagename: 'Payments', language: LANGUAGE, userid: user.id, currency: rates.currency, vat_percent: percent(vat),
      aval_currencies: { currency: rates.available },
      rates: {
        rate: rates.lines.map((r) => ({
          ratename: r.ratename, rateicon: r.rateicon, ratetype: r.ratetype, ratecost: fromMicros(r.rateMicros), rate_vat_cost: fromMicros(r.vatRateMicros),
        })),
      },
    },
  };
}

export async function destinations(params: DestinationsParams, ctx: MorContext): Promise<DestinationsResult> {
  const group = await destinationGroup(ctx.em, params.dest_id);
  return {
    page: {
      pagename: 'Destinations', language: LANGUAGE, groupname: group.name, groupicon: group.icon,
      directions: { direction: group.directions.map((d) => ({ details: d.details, prefix: d.prefix, dir_code: d.type })) },
    },
  };
}

export async function personalRatesCsv(params: PersonalRatesCsvParams, ctx: MorContext): Promise<PersonalRatesCsvResult> {
  const user = ownUserId(ctx, params.userid);
  const { rates } = await ratesFor(ctx, user.id);
  return { mediaType: 'text/csv; charset=utf-8', filename: `rates-${user.id}.csv`, body: ratesCsv(rates) };
}

export async function personalRatesPdf(params: PersonalRatesPdfParams, ctx: MorContext): Promise<PersonalRatesPdfResult> {
  const user = ownUserId(ctx, params.userid);
  const { rates, vat, name } = await ratesFor(ctx, user.id);
  return { mediaType: 'application/pdf', filename: `rates-${user.id}.pdf`, body: ratesPdf(rates, { name, vatPercentMicros: vat }) };
}
