/** The credit ledger: one row per credit change — who, what, before, after, why, which request. */
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { moneyChecks } from './money-checks.ts';

export const CreditEntry = defineEntity({
  name: 'CreditEntry',
  tableName: 'credit_ledger',
  checks: moneyChecks('credit_ledger', ['amount_micros', 'before_micros', 'after_micros']),
  properties: {
    id: p.integer().primary().autoincrement(),
    userId: p.integer().index(),
    amountMicros: p.bigint('bigint'),
    beforeMicros: p.bigint('bigint'),
    afterMicros: p.bigint('bigint'),
    reason: p.string().length(64),
    actor: p.string().length(64),
    requestId: p.string().length(64).default(''),
    /** Retrying billing scripts send the same key: the change happens once. */
    idempotencyKey: p.string().length(128).nullable().unique(),
    /** What the key's first request asked (a digest): a reuse of the key for another request is refused. */
    idempotencyDigest: p.string().length(64).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export type CreditEntryRow = InferEntity<typeof CreditEntry>;
