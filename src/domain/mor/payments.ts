/**
 * Payments (004:L365-L397). A completed payment adds its amount (without VAT) to the user's credit through the
 * ledger, in the same transaction that records it (billing/payments.ts, which every other way of adding credit uses).
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import { MorPayment, type MorPaymentRow } from '../../persistence/entities/mor/payment.ts';
import type { UserCache } from '../accounts/user-cache.ts';
import { addPaidCredit, type Payment, writePayment } from '../billing/payments.ts';
import { SwitchboardError } from '../../platform/errors.ts';

export type NewPayment = Omit<Payment, 'type'> & { type?: string };

export async function recordPayment(
  em: SqlEntityManager,
  cache: UserCache,
  p: NewPayment,
  actor: { name: string; requestId: string },
): Promise<void> {
  if (p.amountMicros <= 0n) throw new SwitchboardError('invalid-parameter', 'a payment amount must be positive');
  const type = p.type ?? 'Manual';
  if (!p.completed) {
    await em.transactional((tx) => writePayment(tx, { ...p, type }));
    return;
  }
  await addPaidCredit(
    em,
    {
      userId: p.userId,
      amountMicros: p.amountMicros,
      reason: 'payment',
      actor: actor.name,
      requestId: actor.requestId,
    },
    { currency: p.currency, type, vatPercentMicros: p.vatPercentMicros, paidAt: p.paidAt },
  );
  await cache.invalidate(p.userId);
}

export async function paymentsOf(em: SqlEntityManager, userId: number): Promise<MorPaymentRow[]> {
  return em.find(MorPayment, { userId }, { orderBy: { paidAt: 'desc', id: 'desc' }, disableIdentityMap: true });
}
