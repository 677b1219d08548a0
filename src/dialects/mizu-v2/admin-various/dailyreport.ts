/**
 * dailyreport, "launch the daily report builder thread" (001:L547, 002:L526): the past day's report to each user who
 * asked for it (domain/notifications/daily-report.ts).
 */
import type { DailyreportParams, DailyreportResult } from '../../../../generated/mizu-v2/types.ts';
import { emailOff } from '../../../domain/messaging/messaging.ts';
import { sendDailyReports } from '../../../domain/notifications/daily-report.ts';
import type { MizuContext } from '../../mizu/context.ts';

export async function dailyreport(_params: DailyreportParams, ctx: MizuContext): Promise<DailyreportResult> {
  if (!ctx.services.messaging.email) throw emailOff();
  const run = await sendDailyReports(ctx.em, ctx.services.messaging);
  return { message: `${run.queued} daily report${run.queued === 1 ? '' : 's'} of ${run.day} queued` };
}
