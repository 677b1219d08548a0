/**
 * call_list_filter (POST /stats/call_list; 004:L492-L502, 004:L457-L491): List the user's calls for a chosen period,
 * direction, call type and device.
 */
import type { CallListFilterParams, CallListFilterResult } from '../../../../generated/mor/types.ts';
import { ownDevice } from '../../../domain/mor/devices.ts';
import { formatDateTime, parsePeriod } from '../../../domain/mor/time.ts';
import type { MorContext } from '../context.ts';
import { ownUserId } from '../shared/common.ts';
import { callsPage, combine, savedCalls } from '../shared/calls.ts';

export async function callListFilter(params: CallListFilterParams, ctx: MorContext): Promise<CallListFilterResult> {
  const user = ownUserId(ctx, params.userid);
  if (!params.search_on) return callsPage(ctx, savedCalls(ctx));
  if (params.device !== 'all') await ownDevice(ctx.em, user.id, Number(params.device));
  const period = parsePeriod(params.period_start, params.period_end, savedCalls(ctx).period);
  const combined = combine(params.direction, params.calltype);
  await ctx.remember('calls', {
    period_start: formatDateTime(period.start),
    period_end: formatDateTime(period.end),
    direction: params.direction,
    calltype: params.calltype,
    device: params.device,
    status: params.status,
  });
  return callsPage(ctx, {
    period,
    direction: combined,
    shownDirection: combined === 'none' ? params.direction : combined,
    device: params.device,
    status: params.status,
  });
}
