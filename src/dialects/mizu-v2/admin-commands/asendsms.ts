/**
 * asendsms [from, to, message] (001:L453, 002:L450): the admin's SMS, queued and answered at once; not charged.
 */
import type { AsendsmsParams, AsendsmsResult } from '../../../../generated/mizu-v2/types.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { okComma, sendSms } from '../shared/sms.ts';

export const asendsms = (params: AsendsmsParams, ctx: MizuContext): Promise<AsendsmsResult> =>
  sendSms(params, ctx, { charge: false }, okComma);
