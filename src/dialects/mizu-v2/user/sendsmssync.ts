/**
 * sendsmssync [from, to, message] (002:L364): waits for the SMSC's submit result and answers it.
 */
import type { SendsmssyncParams, SendsmssyncResult } from '../../../../generated/mizu-v2/types.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { okComma, sendSms } from '../shared/sms.ts';

export const sendsmssync = (params: SendsmssyncParams, ctx: MizuContext): Promise<SendsmssyncResult> =>
  sendSms(params, ctx, { charge: true, wait: true }, okComma);
