/**
 * checkcredits, "check charges and creditrequests need" (001:L576, 002:L543): the low-credit e-mails users asked for
 * (domain/notifications/low-credit.ts). Switchboard charges as it goes, so no charge waits for this.
 */
import type { CheckcreditsParams, CheckcreditsResult } from '../../../../generated/mizu-v2/types.ts';
import { emailOff } from '../../../domain/messaging/messaging.ts';
import { sendLowCreditNotices } from '../../../domain/notifications/low-credit.ts';
import { toMicros } from '../../../platform/money.ts';
import type { MizuContext } from '../../mizu/context.ts';

export async function checkcredits(_params: CheckcreditsParams, ctx: MizuContext): Promise<CheckcreditsResult> {
  const s = ctx.services;
  if (!s.messaging.email) throw emailOff();
  const floor = toMicros(s.options.get('mincreditonroute') || '0');
  const sent = await sendLowCreditNotices(ctx.em, s.messaging, floor);
  return { message: `${sent} low-credit e-mail${sent === 1 ? '' : 's'} queued` };
}
