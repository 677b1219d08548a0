/** What the detailed statistics pages share (004:L583-L638): the range's calls by direction, outcome and day. */
import type { UserStatsResult } from '../../../../generated/mor/types.ts';
import { callsByDay, callTotals, type CallOutcome, type DayOutcome } from '../../../domain/mor/calls.ts';
import { ALL_TIME, endOfDay, formatDate, startOfDay, startOfMonth, type Period } from '../../../domain/mor/time.ts';
import type { MorContext } from '../context.ts';
import { LANGUAGE, me, minutes, percentOf } from './common.ts';

type Counts = Record<CallOutcome, number>;

function counts(rows: DayOutcome[], direction: 'incoming' | 'outgoing'): Counts {
  const c: Counts = { answered: 0, no_answer: 0, busy: 0, failed: 0 };
  for (const r of rows) if (r.direction === direction) c[r.outcome] += r.count;
  return c;
}

/** The share of calls answered, in percent. */
function answeredShare(rows: DayOutcome[]): number {
  const all = rows.reduce((n, r) => n + r.count, 0);
  return percentOf(
    rows.filter((r) => r.outcome === 'answered').reduce((n, r) => n + r.count, 0),
    all,
  );
}

export async function statsPage(ctx: MorContext, range: Period): Promise<UserStatsResult> {
  const user = me(ctx);
  const { em, services } = ctx;
  const engine = services.db.engine;
  const now = new Date();
  const [inRange, today, month, fresh] = await Promise.all([
    callsByDay(em, engine, { userId: user.id, period: range, direction: 'all' }),
    callsByDay(em, engine, {
      userId: user.id,
      period: { start: startOfDay(now), end: endOfDay(now) },
      direction: 'all',
    }),
    callsByDay(em, engine, {
      userId: user.id,
      period: { start: startOfMonth(now), end: endOfDay(now) },
      direction: 'all',
    }),
    callTotals(em, { userId: user.id, period: ALL_TIME, direction: 'incoming', unprocessed: true }),
  ]);
  const days = [...new Set(inRange.map((r) => r.day))].sort().reverse();
  return {
    page: {
      pagename: 'Detailed statistics',
      language: LANGUAGE,
      userid: user.id,
      start_date: formatDate(range.start),
      end_date: formatDate(range.end),
      details: {
        main_details: {
          todays_normative: answeredShare(today),
          months_normative: answeredShare(month),
          new_calls: fresh.count,
        },
        calls: { incoming: counts(inRange, 'incoming'), outgoing: counts(inRange, 'outgoing') },
        detailed_by_date: {
          call_by_date: days.map((day) => {
            const rows = inRange.filter((r) => r.day === day);
            const n = rows.reduce((sum, r) => sum + r.count, 0);
            const seconds = rows.reduce((sum, r) => sum + r.duration, 0);
            return {
              date: day,
              calls_count: n,
              duration: minutes(seconds),
              avg_time: minutes(n ? seconds / n : 0),
              calls_normative: answeredShare(rows),
            };
          }),
        },
      },
    },
  };
}
