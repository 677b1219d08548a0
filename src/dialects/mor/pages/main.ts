/** The welcome page (004:L38-L72): missed calls, this month's and today's calls, finances. */
import type { MainParams, MainResult } from '../../../../generated/mor/types.ts';
import { accountOf, displayName, finances } from '../../../domain/mor/personal-details.ts';
import { hms } from '../../../domain/mor/time.ts';
import type { MorContext } from '../context.ts';
import { LANGUAGE, me } from '../shared/common.ts';

export async function main(_params: MainParams, ctx: MorContext): Promise<MainResult> {
  const user = me(ctx);
  const em = () => ctx.em;
  const [acct, figures] = await Promise.all([
    accountOf(user, em),
    ctx.services.mainFigures.figures(user.id, new Date(), em),
  ]);
  return {
    page: {
      pagename: 'Main page',
      username: displayName(acct),
      userid: user.id,
      language: LANGUAGE,
      stats: {
        missed_calls: { missed_today: figures.missedToday, missed_total: figures.missedTotal },
        call_history: {
          calls: [
            { call_counts: figures.month.count, period: 'Month', call_duration: hms(figures.month.duration) },
            { call_counts: figures.today.count, period: 'Day', call_duration: hms(figures.today.duration) },
          ],
        },
        finances: finances(acct.user),
      },
    },
  };
}
