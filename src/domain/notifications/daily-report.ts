/**
 * dailyreport, "launch the daily report builder thread" (001:L547, 002:L526): each user who asked for the daily e-mail
 * (tb_users.senddailyemail, 002:L388) and has an address gets the past UTC day's calls: how many, how long, what they
 * cost. Built on demand; the e-mails go through the outbox.
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import { fromMicros } from '../../platform/money.ts';
import type { Messaging } from '../messaging/messaging.ts';

const DAY_MS = 86_400_000;

export interface DailyReportRun {
  day: string;
  queued: number;
}

interface Row {
  id: number | string;
  username: string;
  email: string;
  currency: string;
  calls: number | string;
  seconds: number | string | null;
  cost: number | string | bigint | null;
}

/** The report of the UTC day before `now` for every user who asked for it. */
export async function sendDailyReports(
  em: SqlEntityManager,
  messaging: Messaging,
  now = new Date(),
): Promise<DailyReportRun> {
  const end = new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS);
  const start = new Date(end.getTime() - DAY_MS);
  const day = start.toISOString().slice(0, 10);
  const rows = await em.getConnection().execute<Row[]>(
    `select u.id, u.username, u.email, u.currency, count(c.id) as calls, sum(c.duration) as seconds, sum(c.cost_micros) as cost
       from tb_users u left join tb_cdrs c on c.user_id = u.id and c.started_at >= ? and c.started_at < ?
       where u.enabled = true and u.senddailyemail <> 0 and u.email <> ''
       group by u.id, u.username, u.email, u.currency order by u.id`,
    [start, end],
  );
  for (const row of rows) {
    await messaging.queueEmail({
      userId: Number(row.id),
      to: row.email,
      subject: `Daily report ${day}`,
      text: reportText(row, day),
    });
  }
  return { day, queued: rows.length };
}

function reportText(row: Row, day: string): string {
  const seconds = Number(row.seconds ?? 0);
  return [
    `Calls of ${row.username} on ${day} (UTC)`,
    `calls: ${Number(row.calls)}`,
    `duration: ${Math.floor(seconds / 60)} min ${seconds % 60} s`,
    `cost: ${fromMicros(BigInt(row.cost ?? 0))} ${row.currency}`,
  ].join('\n');
}
