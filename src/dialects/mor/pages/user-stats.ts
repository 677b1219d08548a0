/**
 * user_stats (GET /stats/user_stats; 004:L583-L632): Show detailed call statistics: today's and month's normative,
 * calls by outcome and direction, calls by date.
 */
import type { UserStatsParams, UserStatsResult } from '../../../../generated/mor/types.ts';
import { defaultPeriod, parsePeriod, type Period } from '../../../domain/mor/time.ts';
import type { MorContext } from '../context.ts';
import { statsPage } from '../shared/stats.ts';

function savedRange(ctx: MorContext): Period {
  const saved = ctx.state.stats ?? {};
  const fallback = defaultPeriod(new Date());
  return parsePeriod(saved.start_date, saved.end_date, fallback, ['start_date', 'end_date']);
}

export function userStats(_params: UserStatsParams, ctx: MorContext): Promise<UserStatsResult> {
  return statsPage(ctx, savedRange(ctx));
}
