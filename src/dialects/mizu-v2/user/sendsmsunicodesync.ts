/**
 * sendsmsunicodesync [from, to, message] (002:L366): sendsmssync in UCS-2 whatever the text.
 */
import type { SendsmsunicodesyncParams, SendsmsunicodesyncResult } from '../../../../generated/mizu-v2/types.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { okComma, sendSms } from '../shared/sms.ts';

export const sendsmsunicodesync = (
  params: SendsmsunicodesyncParams,
  ctx: MizuContext,
): Promise<SendsmsunicodesyncResult> => sendSms(params, ctx, { charge: true, unicode: true, wait: true }, okComma);
