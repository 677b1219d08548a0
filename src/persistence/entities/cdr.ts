/**
 * A call detail record (tb_cdrs): one call, as the SIP edge, the importer or gencdr writes it; every dialect reads it.
 */
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { moneyChecks } from './money-checks.ts';

export const Cdr = defineEntity({
  name: 'Cdr',
  tableName: 'tb_cdrs',
  checks: moneyChecks('tb_cdrs', ['cost_micros', 'price_micros']),
  indexes: [
    { properties: ['userId', 'startedAt'] },
    { properties: ['startedAt'] },
    { properties: ['calledUserId', 'startedAt'] },
  ],
  // A call's identity, for idempotent imports: its SIP Call-ID and direction (the leg). Calls without a Call-ID
  // are not identified, so any number of them may be recorded.
  uniques: [{ name: 'tb_cdrs_call_leg', properties: ['sipCallId', 'direction'], where: "sip_call_id <> ''" }],
  properties: {
    id: p.bigint('number').primary().autoincrement(),
    /** The user billed for the call (the caller for outgoing calls). */
    userId: p.integer().nullable(),
    /** The local user called, for incoming calls (missed calls, MOR new calls). */
    calledUserId: p.integer().nullable(),
    caller: p.string().length(64),
    called: p.string().length(64),
    direction: p.string().length(3).default('out'),
    startedAt: p.datetime(),
    connectedAt: p.datetime().nullable(),
    endedAt: p.datetime(),
    /** Seconds from connect to end; 0 when not connected. */
    duration: p.integer().default(0),
    /** What the user pays, exact micro-units in the user's currency. */
    costMicros: p.bigint('bigint').default(0),
    /** What the call costs the operator. */
    priceMicros: p.bigint('bigint').default(0),
    currency: p.string().length(3).default('USD'),
    /** SIP/Q.850 disconnect cause (16 normal clearing, 17 busy, 19 no answer, …). */
    disconnectCause: p.integer().default(16),
    sipCallId: p.string().length(128).default('').index(),
    prefix: p.string().length(32).default(''),
    destination: p.string().length(128).default(''),
    /** The device (MOR) or endpoint that placed or took the call. */
    deviceId: p.integer().nullable(),
    /** Seen by the user (MOR new calls / missed calls processed). */
    processed: p.boolean().default(false),
  },
});

export type CdrRow = InferEntity<typeof Cdr>;
