/**
 * user_stats_dates (POST /stats/user_stats; 004:L633-L638, 004:L588-L632): Show the detailed call statistics for a
 * chosen date range.
 */
import type { UserStatsDatesParams, UserStatsDatesResult } from '../../../../generated/mor/types.ts';
import { defaultPeriod, formatDateTime, parsePeriod } from '../../../domain/mor/time.ts';
import type { MorContext } from '../context.ts';
import { statsPage } from '../shared/stats.ts';

export async function userStatsDates(params: UserStatsDatesParams, ctx: MorContext): Promise<UserStatsDatesResult> {
  const range = parsePeriod(params.period_start, params.period_end, defaultPeriod(new Date()));
  await ctx.remember('stats', {
    start_date: formatDateTime(range.start).slice(0, 10),
    end_date: formatDateTime(range.end).slice(0, 10),
  });
  return statsPage(ctx, range);
}
