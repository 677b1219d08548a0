/**
 * sendsms [from, to, message] (001:L352, 002:L363): asynchronous — queued, answered at once with the message id.
 */
import type { SendsmsParams, SendsmsResult } from '../../../../generated/mizu-v2/types.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { okComma, sendSms } from '../shared/sms.ts';

export const sendsms = (params: SendsmsParams, ctx: MizuContext): Promise<SendsmsResult> =>
  sendSms(params, ctx, { charge: true }, okComma);
