/** An invoice issued to a user for a period (004:L398-L423). */
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { moneyChecks } from '../money-checks.ts';

export const MorInvoice = defineEntity({
  name: 'MorInvoice',
  tableName: 'mor_invoices',
  checks: moneyChecks('mor_invoices', ['price_micros']),
  properties: {
    id: p.integer().primary().autoincrement(),
    userId: p.integer().index(),
    number: p.string().length(64).unique(),
    periodStart: p.datetime(),
    periodEnd: p.datetime(),
    issuedAt: p.datetime(),
    paid: p.boolean().default(false),
    paidAt: p.datetime().nullable(),
    /** Without VAT, exact micro-units of currency. */
    priceMicros: p.bigint('bigint'),
    vatPercentMicros: p.bigint('bigint').default(0),
    currency: p.string().length(3),
  },
});

export type MorInvoiceRow = InferEntity<typeof MorInvoice>;
