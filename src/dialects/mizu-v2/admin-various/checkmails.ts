/** checkmails, "CheckEmailJobs: check email jobs" (001:L586, 002:L548): where the outbox's e-mail stands. */
import type { CheckmailsParams, CheckmailsResult } from '../../../../generated/mizu-v2/types.ts';
import { emailOff } from '../../../domain/messaging/messaging.ts';
import { emailJobs } from '../../../domain/notifications/email-jobs.ts';
import type { MizuContext } from '../../mizu/context.ts';

export async function checkmails(_params: CheckmailsParams, ctx: MizuContext): Promise<CheckmailsResult> {
  if (!ctx.services.messaging.email) throw emailOff();
  const jobs = await emailJobs(ctx.em);
  const oldest = jobs.oldestQueued ? ` (the oldest since ${jobs.oldestQueued.toISOString()})` : '';
  return {
    message: `${jobs.queued} e-mail${jobs.queued === 1 ? '' : 's'} waiting to be sent${oldest}; ${jobs.failedLastDay} failed in the last day`,
  };
}
