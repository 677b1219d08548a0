/**
 * missed_calls_filter (POST /stats/missed_calls; 004:L570-L582, 004:L539-L569): Show the missed calls of a chosen
 * period, or mark missed calls processed.
 */
import type { MissedCallsFilterParams, MissedCallsFilterResult } from '../../../../generated/mor/types.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import { markProcessed } from '../../../domain/mor/calls.ts';
import { formatDateTime, parsePeriod } from '../../../domain/mor/time.ts';
import type { MorContext } from '../context.ts';
import { ownUserId } from '../shared/common.ts';
import { missedPage, savedMissedPeriod } from '../shared/calls.ts';

export async function missedCallsFilter(
  params: MissedCallsFilterParams,
  ctx: MorContext,
): Promise<MissedCallsFilterResult> {
  const user = ownUserId(ctx, params.userid);
  if (params.processed?.length) {
    const strangers = await markProcessed(ctx.em, ctx.services.cdrChanges, user.id, params.processed.map(Number));
    if (strangers.length)
      throw new SwitchboardError('not-found', `not among your calls: ${strangers.join(', ')}; nothing was marked`);
  }
  let period = savedMissedPeriod(ctx);
  if (params.search_on && (params.period_start !== undefined || params.period_end !== undefined)) {
    period = parsePeriod(params.period_start, params.period_end, period);
    await ctx.remember('missed', {
      period_start: formatDateTime(period.start),
      period_end: formatDateTime(period.end),
    });
  }
  return missedPage(ctx, period);
}
