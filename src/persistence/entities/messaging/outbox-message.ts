/**
 * The durable outbox (issue 16): one row per outgoing SMS or e-mail, committed before the caller is answered and
 * sent by the outbox worker (domain/messaging/outbox-worker.ts). queued → submitted → delivered | failed | expired.
 */
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const OutboxMessage = defineEntity({
  name: 'OutboxMessage',
  tableName: 'message_outbox',
  // The worker's claim: queued rows whose next attempt is due, oldest first.
  indexes: [{ properties: ['state', 'nextAttemptAt'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    /** sms or email. */
    channel: p.string().length(8),
    userId: p.integer().nullable(),
    sender: p.string().length(255),
    recipient: p.string().length(255),
    subject: p.string().length(255).nullable(),
    body: p.text(),
    /** Forced UCS-2; otherwise the encoding follows the text. */
    unicode: p.boolean().default(false),
    state: p.string().length(16).default('queued'),
    reason: p.string().length(255).nullable(),
    /** What the sender was charged for it (an SMS at the rated price): given back if it is never sent. */
    chargeMicros: p.bigint('bigint').nullable(),
    /** The SMS parts the text was split into. */
    parts: p.integer().nullable(),
    attempts: p.integer().default(0),
    /** When the worker may take the row next: a claim moves it a lease ahead, so a crashed claimer's rows come back. */
    nextAttemptAt: p.datetime(),
    expiresAt: p.datetime(),
    createdAt: p.datetime(),
    submittedAt: p.datetime().nullable(),
    finishedAt: p.datetime().nullable(),
  },
});

export type OutboxMessageRow = InferEntity<typeof OutboxMessage>;
