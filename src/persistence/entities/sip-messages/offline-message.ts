/**
 * An instant message (sendim, sendamsg) kept for a user no registered contact accepted it for: presence_set hands it
 * out as XOFFMESSAGE:fromuser:text, and the SIP edge delivers it when the user registers again.
 */
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const OfflineMessage = defineEntity({
  name: 'OfflineMessage',
  tableName: 'sip_offline_messages',
  indexes: [{ properties: ['recipient', 'deliveredAt'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    /** The username the message is for. */
    recipient: p.string().length(64),
    /** The username of the sender, as XOFFMESSAGE names it. */
    sender: p.string().length(64),
    body: p.text(),
    createdAt: p.datetime(),
    /** When a contact accepted it (2xx to the MESSAGE) or presence_set handed it out; null while waiting. */
    deliveredAt: p.datetime().nullable(),
  },
});

export type OfflineMessageRow = InferEntity<typeof OfflineMessage>;
