/** new_calls (GET /stats/new_calls_list; 004:L509-L533): List the user's new calls (those not yet seen). */
import type { NewCallsParams, NewCallsResult } from '../../../../generated/mor/types.ts';
import { callTotals, HANGUP_CAUSE, firstCalls, type CallFilter } from '../../../domain/mor/calls.ts';
import { ALL_TIME, formatDateTime, hms } from '../../../domain/mor/time.ts';
import type { MorContext } from '../context.ts';
import { LANGUAGE, me } from '../shared/common.ts';
import { LIST_LIMIT, cutNote } from '../shared/calls.ts';

export async function newCalls(_params: NewCallsParams, ctx: MorContext): Promise<NewCallsResult> {
  const user = me(ctx);
  const filter: CallFilter = { userId: user.id, period: ALL_TIME, direction: 'incoming', unprocessed: true };
  const [totals, calls] = await Promise.all([
    callTotals(ctx.em, filter),
    firstCalls(ctx.em, ctx.services.db.engine, filter, LIST_LIMIT),
  ]);
  return {
    page: {
      pagename: 'Calls',
      language: LANGUAGE,
      error_msg: cutNote(totals.count, 'new calls'),
      userid: user.id,
      calls_stat: {
        total_calls: totals.count,
        calls: {
          call: calls.map((c) => ({
            date: formatDateTime(c.startedAtMs),
            called_from: c.caller,
            called_to: c.called,
            duration: hms(c.duration),
            hangup_cause: HANGUP_CAUSE[c.outcome],
          })),
        },
      },
    },
  };
}
