/**
 * A MOR portal session (POST /billing/api/login): kept in the database so it survives a restart and is seen by every
 * process.
 */
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const MorSession = defineEntity({
  name: 'MorSession',
  tableName: 'mor_sessions',
  properties: {
    /** SHA-256 of the cookie value: a copy of the table does not hand out live sessions. */
    tokenHash: p.string().length(64).primary(),
    userId: p.integer().index(),
    ip: p.string().length(64).default(''),
    createdAt: p.datetime().onCreate(() => new Date()),
    expiresAt: p.datetime().index(),
    /** The page filters in force (call list, missed calls, faxes periods), JSON. */
    state: p.text().default('{}'),
  },
});

export type MorSessionRow = InferEntity<typeof MorSession>;
