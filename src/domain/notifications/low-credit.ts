/**
 * checkcredits, "check charges and creditrequests need" (001:L576, 002:L543): each prepaid user who asked for
 * low-credit e-mails (tb_users.sendlowcreditemail, 002:L388) and whose credit is at or below the floor
 * (mincreditonroute, 0 when unset) is told to top up; at most once a day, so a scheduler may run it often.
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import { fromMicros } from '../../platform/money.ts';
import type { Messaging } from '../messaging/messaging.ts';

export const LOW_CREDIT_SUBJECT = 'Your credit is low';
const DAY_MS = 86_400_000;

interface Row {
  id: number | string;
  username: string;
  email: string;
  currency: string;
  credit_micros: number | string | bigint;
}

export async function sendLowCreditNotices(
  em: SqlEntityManager,
  messaging: Messaging,
  floorMicros: bigint,
  now = new Date(),
): Promise<number> {
  const rows = await em.getConnection().execute<Row[]>(
    `select u.id, u.username, u.email, u.currency, u.credit_micros from tb_users u
       where u.enabled = true and u.postpaid = false and u.sendlowcreditemail <> 0 and u.email <> ''
         and u.credit_micros <= ?
         and not exists (select 1 from message_outbox m where m.user_id = u.id and m.channel = 'email'
                           and m.subject = ? and m.created_at > ?)
       order by u.id`,
    [floorMicros, LOW_CREDIT_SUBJECT, new Date(now.getTime() - DAY_MS)],
  );
  for (const row of rows) {
    await messaging.queueEmail({
      userId: Number(row.id),
      to: row.email,
      subject: LOW_CREDIT_SUBJECT,
      text: `The credit of ${row.username} is ${fromMicros(BigInt(row.credit_micros))} ${row.currency}. Top up to keep calling.`,
    });
  }
  return rows.length;
}
