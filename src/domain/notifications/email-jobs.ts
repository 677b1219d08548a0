/**
 * checkmails, "CheckEmailJobs: check email jobs" (001:L586, 002:L548). The outbox worker sends e-mail as it comes, so
 * there is nothing to start: this reports where the e-mail jobs stand.
 */
import type { SqlEntityManager } from '@mikro-orm/sql';

export interface EmailJobs {
  queued: number;
  failedLastDay: number;
  oldestQueued?: Date;
}

const DAY_MS = 86_400_000;

export async function emailJobs(em: SqlEntityManager, now = new Date()): Promise<EmailJobs> {
  const [row] = await em
    .getConnection()
    .execute<{ queued: number | string; failed: number | string; oldest: string | Date | null }[]>(
      `select sum(case when state = 'queued' then 1 else 0 end) as queued,
            sum(case when state = 'failed' and finished_at > ? then 1 else 0 end) as failed,
            min(case when state = 'queued' then created_at end) as oldest
       from message_outbox where channel = 'email'`,
      [new Date(now.getTime() - DAY_MS)],
    );
  const jobs: EmailJobs = { queued: Number(row?.queued ?? 0), failedLastDay: Number(row?.failed ?? 0) };
  if (row?.oldest) jobs.oldestQueued = new Date(row.oldest);
  return jobs;
}
