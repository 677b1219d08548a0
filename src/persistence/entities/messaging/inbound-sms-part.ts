/**
 * One part of a long inbound SMS (SMPP deliver_sm with a concatenation UDH) waiting for its siblings: kept from the
 * moment it is accepted until the whole text (or, past the hold time, as much as came) is stored as an inbound SMS,
 * in the transaction that removes these rows (domain/messaging/inbound-assembly.ts).
 */
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const InboundSmsPart = defineEntity({
  name: 'InboundSmsPart',
  tableName: 'message_inbound_sms_parts',
  // One message: its sender, recipient, reference and total; a part the SMSC sends again is the same row.
  uniques: [{ properties: ['sender', 'recipient', 'reference', 'total', 'sequence'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    sender: p.string().length(64),
    recipient: p.string().length(64),
    /** The concatenation reference (8 or 16 bits). */
    reference: p.integer(),
    total: p.integer(),
    /** 1-based. */
    sequence: p.integer(),
    body: p.text(),
    /** smpp or http. */
    via: p.string().length(8),
    receivedAt: p.datetime(),
  },
});

export type InboundSmsPartRow = InferEntity<typeof InboundSmsPart>;
