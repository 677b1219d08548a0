/**
 * asendsmssync [from, to, message] (002:L451): the admin's SMS, answered with the SMSC's submit result; not charged.
 */
import type { AsendsmssyncParams, AsendsmssyncResult } from '../../../../generated/mizu-v2/types.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { okComma, sendSms } from '../shared/sms.ts';

export const asendsmssync = (params: AsendsmssyncParams, ctx: MizuContext): Promise<AsendsmssyncResult> =>
  sendSms(params, ctx, { charge: false, wait: true }, okComma);
