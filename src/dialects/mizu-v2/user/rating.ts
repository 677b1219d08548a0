/**
 * rating [bnum]: the user's rate to a number — the longest matching prefix of their tariff's deck, from memory. The
 * text answer is the real server's "0.2 EUR, Destination: Macedonia-cellular" (spec/mizu-v2/rating.yaml, wire).
 */
import type { RatingParams, RatingResult } from '../../../../generated/mizu-v2/types.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import { fromMicros } from '../../../platform/money.ts';
import { rateOnTariff } from '../../../domain/rating/rating.ts';
import { rateLine, withWireText } from '../../mizu/answer/wire-text.ts';
import type { MizuContext } from '../../mizu/context.ts';

export async function rating(params: RatingParams, ctx: MizuContext): Promise<RatingResult> {
  const user = ctx.principal.user;
  if (!user) throw new SwitchboardError('auth-failed', 'authentication required: send authid');
  const { prefix, rate, deck } = await rateOnTariff(ctx.services.rateDecks, user.tariffId, params.bnum);
  const result: RatingResult = {
    prefix,
    rate: fromMicros(rate.rateMicros),
    connectfee: fromMicros(rate.connectFeeMicros),
    initialincrement: rate.initialIncrement,
    increment: rate.increment,
    currency: deck.currency,
    ...(rate.destination ? { destination: rate.destination } : {}),
    tariff: deck.tariffName,
  };
  return withWireText(result, rateLine(rate.rateMicros, deck.currency, rate.destination || prefix));
}
