/**
 * What the call pages share (004:L452-L582): the call list with its filters and exports, new calls, missed calls. The
 * filters
 * posted in a session are remembered (the page's "current period"); the stateless form starts from the defaults.
 */
import type { CallListCsvParams, CallListResult, MissedCallsResult } from '../../../../generated/mor/types.ts';
import { fromMicros } from '../../../platform/money.ts';
import {
  callTotals,
  HANGUP_CAUSE,
  firstCalls,
  type CallDirection,
  type CallFilter,
  type CallOutcome,
} from '../../../domain/mor/calls.ts';
import { account, displayName } from '../../../domain/mor/personal-details.ts';
import { defaultPeriod, formatDate, formatDateTime, hms, parsePeriod, type Period } from '../../../domain/mor/time.ts';
import type { MorContext } from '../context.ts';
import { allOr, LANGUAGE, LANGUAGES, me, ownUserId } from './common.ts';

/**
 * The pages list at most this many calls, newest first; the totals count every call and the CSV export has them all.
 */
export const LIST_LIMIT = 10_000;

interface CallsView {
  period: Period;
  direction: CallDirection | 'none';
  shownDirection: string;
  device: string;
  status: 'all' | CallOutcome;
}

/** direction and calltype both filter on the direction: together they narrow (outgoing and incoming: none). */
export function combine(direction: CallDirection, calltype: CallDirection): CallDirection | 'none' {
  if (direction === 'all') return calltype;
  if (calltype === 'all' || calltype === direction) return direction;
  return 'none';
}

export function savedCalls(ctx: MorContext): CallsView {
  const saved = ctx.state.calls ?? {};
  const direction = (
    ['all', 'outgoing', 'incoming'].includes(saved.direction ?? '') ? saved.direction : 'all'
  ) as CallDirection;
  const calltype = (
    ['all', 'outgoing', 'incoming'].includes(saved.calltype ?? '') ? saved.calltype : 'all'
  ) as CallDirection;
  const combined = combine(direction, calltype);
  return {
    period: parsePeriod(saved.period_start, saved.period_end, defaultPeriod(new Date())),
    direction: combined,
    shownDirection: combined === 'none' ? direction : combined,
    device: /^(all|\d+)$/.test(saved.device ?? '') ? saved.device! : 'all',
    status: (['answered', 'no_answer', 'busy', 'failed'].includes(saved.status ?? '')
      ? saved.status
      : 'all') as CallsView['status'],
  };
}

export async function callsPage(ctx: MorContext, view: CallsView): Promise<CallListResult> {
  const user = me(ctx);
  const filter: CallFilter | undefined =
    view.direction === 'none'
      ? undefined
      : {
          userId: user.id,
          period: view.period,
          direction: view.direction,
          deviceId: allOr(view.device),
          outcome: view.status === 'all' ? undefined : view.status,
        };
  const [acct, totals, calls] = await Promise.all([
    account(ctx.em, user.id),
    filter ? callTotals(ctx.em, filter) : { count: 0 },
    filter ? firstCalls(ctx.em, ctx.services.db.engine, filter, LIST_LIMIT) : [],
  ]);
  return {
    page: {
      pagename: 'Calls',
      language: LANGUAGE,
      error_msg: cutNote(totals.count, 'calls'),
      userid: user.id,
      show_device: view.device,
      status: view.status,
      direction: view.shownDirection,
      total_calls: totals.count,
      username: displayName(acct),
      currency: acct.user.currency,
      aval_languages: { language: LANGUAGES },
      calls_stat: {
        period: { period_start: formatDateTime(view.period.start), period_end: formatDateTime(view.period.end) },
        calls: {
          call: calls.map((c) => ({
            date: formatDateTime(c.startedAtMs),
            called_from: c.caller,
            called_to: c.called,
            destination: c.destination,
            duration: hms(c.duration),
            hangup_cause: HANGUP_CAUSE[c.outcome],
            price: fromMicros(c.priceMicros),
          })),
        },
      },
    },
  };
}

export function cutNote(total: number, what: string): string {
  return total > LIST_LIMIT
    ? `Showing the newest ${LIST_LIMIT} of ${total} ${what}; export to CSV for all of them`
    : '';
}

export async function exportFilter(
  ctx: MorContext,
  params: CallListCsvParams,
): Promise<{ filter: CallFilter; name: string; currency: string }> {
  const user = ownUserId(ctx, params.userid);
  const period = parsePeriod(params.date_from, params.date_till, savedCalls(ctx).period, ['date_from', 'date_till']);
  const acct = await account(ctx.em, user.id);
  return {
    filter: { userId: user.id, period, direction: params.call_type },
    name: displayName(acct),
    currency: acct.user.currency,
  };
}

export function exportName(filter: CallFilter, ext: string): string {
  return `calls-${filter.userId}-${formatDate(filter.period.start)}-${formatDate(filter.period.end)}.${ext}`;
}

export function savedMissedPeriod(ctx: MorContext): Period {
  const saved = ctx.state.missed ?? {};
  return parsePeriod(saved.period_start, saved.period_end, defaultPeriod(new Date()));
}

export async function missedPage(ctx: MorContext, period: Period): Promise<MissedCallsResult> {
  const user = me(ctx);
  const filter: CallFilter = { userId: user.id, period, direction: 'incoming', missed: true };
  const [acct, totals, calls] = await Promise.all([
    account(ctx.em, user.id),
    callTotals(ctx.em, filter),
    firstCalls(ctx.em, ctx.services.db.engine, filter, LIST_LIMIT),
  ]);
  return {
    page: {
      pagename: 'Missed calls',
      language: LANGUAGE,
      error_msg: cutNote(totals.count, 'missed calls'),
      userid: user.id,
      missed_total: totals.count,
      username: displayName(acct),
      aval_languages: { language: LANGUAGES },
      calls_stat: {
        period: { period_start: formatDateTime(period.start), period_end: formatDateTime(period.end) },
        calls: {
          call: calls.map((c) => ({
            call_id: c.id,
            date: formatDateTime(c.startedAtMs),
            called_from: c.caller,
            called_to: c.called,
            duration: hms(c.duration),
            hangup_cause: HANGUP_CAUSE[c.outcome],
            processed: c.processed ? 1 : 0,
          })),
        },
      },
    },
  };
}
