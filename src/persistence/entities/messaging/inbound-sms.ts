/** An SMS received (SMPP deliver_sm that is not a receipt, or the HTTP gateway's callback), kept before it is handled. */
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const InboundSmsMessage = defineEntity({
  name: 'InboundSmsMessage',
  tableName: 'message_inbound_sms',
  properties: {
    id: p.integer().primary().autoincrement(),
    sender: p.string().length(64),
    recipient: p.string().length(64),
    body: p.text(),
    /** smpp or http. */
    via: p.string().length(8),
    receivedAt: p.datetime(),
    /** The outbox row of the answer sent back, if the handler gave one. */
    answerId: p.integer().nullable(),
  },
});

export type InboundSmsMessageRow = InferEntity<typeof InboundSmsMessage>;
