/**
 * rating (000:L27, 000:L50, 000:L174-L176, 000:L208): Rate request: the user's tariff rate to a destination number or
 * prefix. Served by its Mizu v2 counterpart, rating.
 */
import type { RatingParams } from '../../../../generated/mizu-v1/types.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { rating as ratingV2 } from '../../mizu-v2/user/rating.ts';

/** "rate request": the rate of the number in anum. */
export async function rating(params: RatingParams, ctx: MizuContext) {
  const r = await ratingV2({ bnum: params.anum }, ctx);
  return { prefix: r.prefix, rate: r.rate, currency: r.currency, destination: r.destination };
}
