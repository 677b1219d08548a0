/** Invoices (004:L398-L423): the price of the calls billed to a user in a period, with the user's VAT. */
import type { SqlEntityManager } from '@mikro-orm/sql';
import { MorInvoice, type MorInvoiceRow } from '../../persistence/entities/mor/invoice.ts';
import { callTotals } from './calls.ts';
import type { Period } from './time.ts';

/** Issues the invoice of a period: the price of the calls billed to the user in it. */
export async function issueInvoice(
  em: SqlEntityManager,
  userId: number,
  currency: string,
  period: Period,
  vatPercentMicros: bigint,
): Promise<MorInvoiceRow> {
  const totals = await callTotals(em, { userId, period, direction: 'outgoing' });
  const issuedAt = new Date();
  const count = await em.count(MorInvoice, {});
  const invoice = em.create(MorInvoice, {
    userId,
    number: `INV${issuedAt.getUTCFullYear()}${String(count + 1).padStart(7, '0')}`,
    periodStart: period.start,
    periodEnd: period.end,
    issuedAt,
    paid: false,
    paidAt: null,
    priceMicros: totals.priceMicros,
    vatPercentMicros,
    currency,
  });
  await em.flush();
  return invoice;
}

export async function invoicesOf(em: SqlEntityManager, userId: number): Promise<MorInvoiceRow[]> {
  return em.find(MorInvoice, { userId }, { orderBy: { issuedAt: 'desc', id: 'desc' }, disableIdentityMap: true });
}
