/**
 * smsreceive (002:L449): the SMS gateway's inbound callback. The message goes to the messaging core's inbound path
 * (stored, then answered: an API command in the text runs for the sender, its answer going back by SMS). Only from the
 * httpsmscallbackip addresses or an admin: an empty list is not read as "everyone" here, since a forged inbound SMS
 * would run commands as the user whose number it names.
 */
import type { SmsreceiveParams, SmsreceiveResult } from '../../../../generated/mizu-v2/types.ts';
import { smsOff } from '../../../domain/messaging/messaging.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { smsGatewayAddress } from '../shared/sms-gateway.ts';

export async function smsreceive(params: SmsreceiveParams, ctx: MizuContext): Promise<SmsreceiveResult> {
  const gateway = smsGatewayAddress(ctx);
  if (!gateway.matches && !ctx.principal.admin)
    throw new SwitchboardError(
      'access-denied',
      gateway.set
        ? `inbound SMS is accepted only from the httpsmscallbackip addresses, not from ${ctx.ip}`
        : 'inbound SMS is accepted only from the httpsmscallbackip addresses, and none is set',
    );
  if (!ctx.services.messaging.sms) throw smsOff();
  await ctx.services.messaging.receive({
    from: params.anum,
    to: params.bnum,
    text: params.txt ?? '',
    receivedAt: new Date(),
    via: 'http',
  });
  return {};
}
