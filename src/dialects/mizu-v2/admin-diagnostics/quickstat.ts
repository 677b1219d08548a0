/** quickstat (001:L418, 002:L414): Show quick statistics. */
import type { QuickstatParams, QuickstatResult } from '../../../../generated/mizu-v2/types.ts';
import { callsToday, requestsServed, uptimeSeconds } from '../../../domain/admin/status.ts';
import type { MizuContext } from '../../mizu/context.ts';

export async function quickstat(_params: QuickstatParams, ctx: MizuContext): Promise<QuickstatResult> {
  const s = ctx.services;
  return {
    uptime: uptimeSeconds(s.startedAt),
    apirequests: await requestsServed(s.metrics.requests),
    cachedusers: s.accounts.cache.size,
    backgroundjobs: s.activity.jobs().length,
    callstoday: await callsToday(ctx.em),
  };
}
