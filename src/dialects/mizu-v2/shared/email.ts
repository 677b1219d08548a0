/** What sendmail and asendemail share: e-mail into the durable outbox, sent by its worker through the SMTP server. */
import { emailOff } from '../../../domain/messaging/messaging.ts';
import type { MizuContext } from '../../mizu/context.ts';

export interface EmailParams {
  from?: string;
  to: string;
  subject?: string;
  txt: string;
}

export async function queueEmail(params: EmailParams, ctx: MizuContext) {
  const messaging = ctx.services.messaging;
  if (!messaging.email) throw emailOff();
  const outcome = await messaging.queueEmail({
    userId: ctx.principal.user?.id,
    from: params.from || undefined,
    to: params.to,
    subject: params.subject ?? '',
    text: params.txt,
  });
  return { messageid: outcome.id, state: outcome.state };
}
