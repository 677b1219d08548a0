/**
 * Payments: the record of credit a user bought, which MOR's payments page lists (004:L365-L397). Every way credit is
 * added — Mizu addcredit (and Mizu v1's), a recharge PIN, a new user's starting credit, a MOR payment, the credit a
 * transfer brings its receiver — writes its one row here, in the transaction that moves the balance through the
 * ledger, so the page and the balance never disagree. A deduction (a negative addcredit, a transfer's sender) is no
 * payment and writes none.
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import { MorPayment, type MorPaymentRow } from '../../persistence/entities/mor/payment.ts';
import {
  type Alongside,
  changeCredit,
  type CreditChange,
  type CreditResult,
  type CreditTransfer,
  type TransferResult,
  transferCredit,
} from './credit-ledger.ts';

/**
 * How the credit was paid, as MOR names it on the page (payment_type). Transfer is credit another user sent: money
 * paid once already, which a sum of what the users paid leaves out.
 */
export type PaymentType = 'Manual' | 'Voucher' | 'Transfer' | (string & {});

export interface Payment {
  userId: number;
  /** Without VAT, in currency. */
  amountMicros: bigint;
  currency: string;
  type: PaymentType;
  vatPercentMicros?: bigint;
  completed: boolean;
  paidAt?: Date;
}

/** Writes the payment row inside the caller's transaction. */
export async function writePayment(tx: SqlEntityManager, p: Payment): Promise<MorPaymentRow> {
  const paidAt = p.paidAt ?? new Date();
  const row = tx.create(MorPayment, {
    userId: p.userId,
    paidAt,
    confirmedAt: p.completed ? new Date() : null,
    type: p.type,
    amountMicros: p.amountMicros,
    vatPercentMicros: p.vatPercentMicros ?? 0n,
    currency: p.currency.toUpperCase(),
    completed: p.completed,
  });
  await tx.flush();
  return row;
}

/**
 * A credit change that is a payment: the ledger change and, when it adds credit, its completed payment row, both or
 * neither. A replay of an idempotency key writes no second row (the ledger runs alongside only once).
 */
export function addPaidCredit(
  em: SqlEntityManager,
  change: CreditChange,
  paid: Pick<Payment, 'currency' | 'type' | 'vatPercentMicros' | 'paidAt'>,
  alongside?: Alongside,
): Promise<CreditResult> {
  if (change.amountMicros <= 0n) return changeCredit(em, change, alongside);
  return changeCredit(em, change, async (tx) => {
    await alongside?.(tx);
    await writePayment(tx, { userId: change.userId, amountMicros: change.amountMicros, completed: true, ...paid });
  });
}

/**
 * A transfer between users whose receiver sees the credit arrive on its payments page: the two ledger changes and the
 * receiver's completed Transfer payment, all or none. A replay of an idempotency key writes no second row.
 */
export function transferPaidCredit(
  em: SqlEntityManager,
  transfer: CreditTransfer,
  currency: string,
): Promise<TransferResult> {
  return transferCredit(em, transfer, async (tx) => {
    await writePayment(tx, {
      userId: transfer.toUserId,
      amountMicros: transfer.amountMicros,
      currency,
      type: 'Transfer',
      completed: true,
    });
  });
}
