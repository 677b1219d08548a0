/** One prefix of a tariff's rate deck: price per minute, connect fee and billing increments. */
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { moneyChecks } from './money-checks.ts';

export const Rate = defineEntity({
  name: 'Rate',
  tableName: 'rates',
  checks: moneyChecks('rates', ['rate_micros', 'connect_fee_micros']),
  uniques: [{ properties: ['tariffId', 'prefix'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    tariffId: p.integer(),
    prefix: p.string().length(32),
    destination: p.string().length(128).default(''),
    /** Price per minute, exact micro-units of the tariff currency. */
    rateMicros: p.bigint('bigint'),
    connectFeeMicros: p.bigint('bigint').default(0),
    /** Seconds billed for the first increment, then per increment (e.g. 60/60, 30/6, 1/1). */
    initialIncrement: p.integer().default(60),
    increment: p.integer().default(60),
  },
});

export type RateRow = InferEntity<typeof Rate>;
