/** The welcome page (004:L38-L72): missed calls, this month's and today's calls, finances. */
import type { MainParams, MainResult } from '../../../generated/mor/types.ts';
import { callTotals } from '../../domain/mor/calls.ts';
import { account, displayName, finances } from '../../domain/mor/personal-details.ts';
import { ALL_TIME, endOfDay, hms, startOfDay, startOfMonth } from '../../domain/mor/time.ts';
import type { MorContext } from '../../runtime/mor/context.ts';
import { LANGUAGE, me } from './common.ts';

export async function main(_params: MainParams, ctx: MorContext): Promise<MainResult> {
  const { em } = ctx;
  const user = me(ctx);
  const now = new Date();
  const today = { start: startOfDay(now), end: endOfDay(now) };
  const month = { start: startOfMonth(now), end: endOfDay(now) };
  const [acct, missedToday, missedTotal, monthCalls, dayCalls] = await Promise.all([
    account(em, user.id),
    callTotals(em, { userId: user.id, period: today, direction: 'incoming', missed: true }),
    callTotals(em, { userId: user.id, period: ALL_TIME, direction: 'incoming', missed: true }),
    callTotals(em, { userId: user.id, period: month, direction: 'all' }),
    callTotals(em, { userId: user.id, period: today, direction: 'all' }),
  ]);
  return {
    page: {
      pagename: 'Main page', username: displayName(acct), userid: user.id, language: LANGUAGE,
      stats: {
        missed_calls: { missed_today: missedToday.count, missed_total: missedTotal.count },
        call_history: {
          calls: [
            { call_counts: monthCalls.count, period: 'Month', call_duration: hms(monthCalls.duration) },
            { call_counts: dayCalls.count, period: 'Day', call_duration: hms(dayCalls.duration) },
          ],
        },
        finances: finances(acct.user),
      },
    },
  };
}
