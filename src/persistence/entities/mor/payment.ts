/** A payment a user made (004:L365-L397); a completed one added its amount to the credit through the ledger. */
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { moneyChecks } from '../money-checks.ts';

export const MorPayment = defineEntity({
  name: 'MorPayment',
  tableName: 'mor_payments',
  checks: moneyChecks('mor_payments', ['amount_micros']),
  properties: {
    id: p.integer().primary().autoincrement(),
    userId: p.integer().index(),
    paidAt: p.datetime(),
    confirmedAt: p.datetime().nullable(),
    /** Manual, PayPal, Card, Voucher, … */
    type: p.string().length(32).default('Manual'),
    /** Without VAT, exact micro-units of currency. */
    amountMicros: p.bigint('bigint'),
    vatPercentMicros: p.bigint('bigint').default(0),
    currency: p.string().length(3),
    completed: p.boolean().default(false),
  },
});

export type MorPaymentRow = InferEntity<typeof MorPayment>;
