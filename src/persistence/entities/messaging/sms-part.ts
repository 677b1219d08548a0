/**
 * One SMS part the SMSC accepted (submit_sm_resp): its message_id, which a delivery receipt names. A retry sends only
 * the parts without a row, so an accepted part is never sent again.
 */
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const SmsPart = defineEntity({
  name: 'SmsPart',
  tableName: 'message_sms_parts',
  uniques: [{ properties: ['messageId', 'part'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    messageId: p.integer(),
    /** 1-based. */
    part: p.integer(),
    smscMessageId: p.string().length(64).index(),
    /** submitted, delivered, failed or expired, from the receipt. */
    state: p.string().length(16).default('submitted'),
  },
});

export type SmsPartRow = InferEntity<typeof SmsPart>;
