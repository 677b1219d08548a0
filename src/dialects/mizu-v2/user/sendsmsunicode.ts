/**
 * sendsmsunicode [from, to, message] (001:L354, 002:L365): sendsms in UCS-2 whatever the text.
 */
import type { SendsmsunicodeParams, SendsmsunicodeResult } from '../../../../generated/mizu-v2/types.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { okComma, sendSms } from '../shared/sms.ts';

export const sendsmsunicode = (params: SendsmsunicodeParams, ctx: MizuContext): Promise<SendsmsunicodeResult> =>
  sendSms(params, ctx, { charge: true, unicode: true }, okComma);
