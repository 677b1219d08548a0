/**
 * faxes_list_filter (POST /stats/faxes_list/{userid}; 004:L778-L787, 004:L751-L777): List the user's faxes for a
 * chosen period, fax status and device.
 */
import type { FaxesListFilterParams, FaxesListFilterResult } from '../../../../generated/mor/types.ts';
import { ownDevice } from '../../../domain/mor/devices.ts';
import { formatDateTime, parsePeriod } from '../../../domain/mor/time.ts';
import type { MorContext } from '../context.ts';
import { ownUserId } from '../shared/common.ts';
import { faxesPage, savedFaxes } from '../shared/faxes.ts';

export async function faxesListFilter(params: FaxesListFilterParams, ctx: MorContext): Promise<FaxesListFilterResult> {
  const user = ownUserId(ctx, params.userid);
  if (!params.search_on) return faxesPage(ctx, user.id, savedFaxes(ctx));
  if (params.device_id !== 'all') await ownDevice(ctx.em, user.id, Number(params.device_id));
  const period = parsePeriod(params.period_start, params.period_end, savedFaxes(ctx).period);
  const view = { period, status: params.fax_status, device: params.device_id };
  await ctx.remember('faxes', {
    period_start: formatDateTime(period.start),
    period_end: formatDateTime(period.end),
    status: view.status,
    device: view.device,
  });
  return faxesPage(ctx, user.id, view);
}
