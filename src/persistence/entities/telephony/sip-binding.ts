/**
 * A SIP registration binding (RFC 3261 §10.3): one contact of one user until expires_at, kept in the database so every
 * Switchboard process on it sees the same registrations (sip.registrations: database).
 */
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const SipBinding = defineEntity({
  name: 'SipBinding',
  tableName: 'sip_bindings',
  properties: {
    username: p.string().length(64).primary(),
    /** The contact URI; long enough for a WebSocket contact with its parameters. */
    contact: p.string().length(512).primary(),
    expiresAt: p.datetime().index(),
    userAgent: p.string().length(255),
    transport: p.string().length(8),
    sourceAddress: p.string().length(64),
    sourcePort: p.integer(),
    callId: p.string().length(255),
    /** RFC 3261 §8.1.1.5: below 2**31. */
    cseq: p.integer(),
    registeredAt: p.datetime(),
  },
});

export type SipBindingRow = InferEntity<typeof SipBinding>;
