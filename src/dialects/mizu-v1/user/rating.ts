/**
 * rating (000:L27, 000:L50, 000:L174-L176, 000:L208): Rate request: the user's tariff rate to a destination number or
 * prefix. Served by its Mizu v2 counterpart, rating; answered as the seed's bare value (000:L68) carrying the real
 * server's rate line: "OK: 0.2 EUR, Destination: Macedonia-cellular".
 */
import type { RatingParams, RatingResult } from '../../../../generated/mizu-v1/types.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { rateLine } from '../../mizu/answer/wire-text.ts';
import { toMicros } from '../../../platform/money.ts';
import { rating as ratingV2 } from '../../mizu-v2/user/rating.ts';

/** "rate request": the rate of the number in anum. */
export async function rating(params: RatingParams, ctx: MizuContext): Promise<RatingResult> {
  const r = await ratingV2({ bnum: params.anum }, ctx);
  return { value: rateLine(toMicros(r.rate), r.currency, r.destination || r.prefix) };
}
