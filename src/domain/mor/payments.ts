/**
 * Payments (004:L365-L397). A completed payment adds its amount (without VAT) to the user's credit through the
 * ledger, in the same transaction that records it.
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import { MorPayment, type MorPaymentRow } from '../../persistence/entities/mor/payment.ts';
import type { UserCache } from '../accounts/user-cache.ts';
import { changeCredit } from '../billing/credit-ledger.ts';
import { SwitchboardError } from '../../platform/errors.ts';

export interface NewPayment {
  userId: number;
  amountMicros: bigint;
  currency: string;
  vatPercentMicros?: bigint;
  type?: string;
  completed: boolean;
  paidAt?: Date;
}

export async function recordPayment(
  em: SqlEntityManager,
  cache: UserCache,
  p: NewPayment,
  actor: { name: string; requestId: string },
): Promise<MorPaymentRow> {
  if (p.amountMicros <= 0n) throw new SwitchboardError('invalid-parameter', 'a payment amount must be positive');
  const payment = await em.transactional(async (tx) => {
    const paidAt = p.paidAt ?? new Date();
    const row = tx.create(MorPayment, {
      userId: p.userId,
      paidAt,
      confirmedAt: p.completed ? new Date() : null,
      type: p.type ?? 'Manual',
      amountMicros: p.amountMicros,
      vatPercentMicros: p.vatPercentMicros ?? 0n,
      currency: p.currency.toUpperCase(),
      completed: p.completed,
    });
    await tx.flush();
    if (p.completed) {
      await changeCredit(tx, {
        userId: p.userId,
        amountMicros: p.amountMicros,
        reason: `payment ${row.id}`,
        actor: actor.name,
        requestId: actor.requestId,
      });
    }
    return row;
  });
  if (p.completed) await cache.invalidate(p.userId);
  return payment;
}

export async function paymentsOf(em: SqlEntityManager, userId: number): Promise<MorPaymentRow[]> {
  return em.find(MorPayment, { userId }, { orderBy: { paidAt: 'desc', id: 'desc' }, disableIdentityMap: true });
}
