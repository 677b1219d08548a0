/**
 * sms [from, to, txt] (001:L350, 002:L362, 002:L875-L878): queued at once, charged at the user's SMS price.
 */
import type { SmsParams, SmsResult } from '../../../../generated/mizu-v2/types.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { okColon, sendSms } from '../shared/sms.ts';

export const sms = (params: SmsParams, ctx: MizuContext): Promise<SmsResult> =>
  sendSms(params, ctx, { charge: true }, okColon);
