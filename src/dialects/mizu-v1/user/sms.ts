/**
 * sms (000:L24, 000:L167-L171): "sms -send sms message", served by its Mizu v2 counterpart, sms. SMS commands are
 * accepted only from the httpsmscallbackip addresses when that option is set (000:L145-L146).
 */
import type { SmsParams } from '../../../../generated/mizu-v1/types.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { smsGatewayAddress } from '../../mizu-v2/shared/sms-gateway.ts';
import { sms as smsV2 } from '../../mizu-v2/user/sms.ts';

/** "OK: <message id>". */
export async function sms(params: SmsParams, ctx: MizuContext) {
  const gateway = smsGatewayAddress(ctx);
  if (gateway.set && !gateway.matches)
    throw new SwitchboardError('access-denied', `SMS commands are accepted only from the httpsmscallbackip addresses`);
  const sent = await smsV2({ anum: params.anum, bnum: params.bnum, txt: params.txt }, ctx);
  return { message: sent.messageid };
}
