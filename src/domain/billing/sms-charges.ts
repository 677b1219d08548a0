/**
 * What one SMS costs the user who sends it, taken before anything is sent (issue 16: "a user without credit is refused
 * before anything is sent"): the rated SMS price through the ledger, once per message, in the transaction that queues
 * it; nothing to take when the tariff has no SMS price, but a prepaid user without credit is still refused.
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import type { Actor } from '../accounts/accounts.ts';
import type { CachedUser } from '../accounts/user-cache.ts';
import { SwitchboardError } from '../../platform/errors.ts';
import { fromMicros } from '../../platform/money.ts';
import type { SmsPrice } from '../rating/sms-rates.ts';
import { type Alongside, changeCredit } from './credit-ledger.ts';

export interface SmsCharge {
  userId: number;
  amountMicros: bigint;
  to: string;
}

/** What one SMS to `to` costs the user: the rated price, nothing when the tariff has none; refused in another currency. */
export function smsCharge(user: CachedUser, to: string, price: SmsPrice | undefined): SmsCharge {
  if (price && price.currency !== user.currency)
    throw new SwitchboardError(
      'command-failed',
      `the SMS tariff ${price.tariffName} is in ${price.currency} and ${user.username}'s account in ${user.currency}`,
    );
  return { userId: user.id, amountMicros: price?.priceMicros ?? 0n, to };
}

/**
 * Takes charge from the user's credit (within a postpaid user's limit) and refuses without credit, a prepaid user with
 * none even when the SMS costs nothing. Run it in the transaction that queues the message (the outbox's or the
 * instant-message store's alongside): a message never queued is never paid for.
 */
export async function takeSmsCharge(
  em: SqlEntityManager,
  user: CachedUser,
  charge: SmsCharge,
  who: Actor,
): Promise<void> {
  if (charge.amountMicros === 0n) {
    if (!user.postpaid && user.creditMicros <= 0n)
      throw new SwitchboardError(
        'insufficient-credit',
        `insufficient credit to send an SMS (credit ${fromMicros(user.creditMicros)} ${user.currency})`,
      );
    return;
  }
  try {
    await changeCredit(em, {
      userId: user.id,
      amountMicros: -charge.amountMicros,
      reason: `sms to ${charge.to}`.slice(0, 64),
      actor: who.name,
      requestId: who.requestId,
      withinCreditLimit: true,
    });
  } catch (e) {
    if (e instanceof SwitchboardError && e.code === 'insufficient-credit')
      throw new SwitchboardError(
        'insufficient-credit',
        `insufficient credit to send an SMS to ${charge.to}: it costs ${fromMicros(charge.amountMicros)} ${user.currency}`,
      );
    throw e;
  }
}

/**
 * Gives back a charge for a message that was never sent (it failed or expired unsent: one the queue refused was never
 * charged, the charge being taken in the transaction that queues it).
 * once.idempotencyKey: given back at most once under it; once.alongside runs in the refund's transaction.
 */
export async function refundSms(
  em: SqlEntityManager,
  charge: SmsCharge,
  why: string,
  who: Actor,
  once: { idempotencyKey?: string; alongside?: Alongside } = {},
): Promise<void> {
  if (charge.amountMicros === 0n) return;
  const change = {
    userId: charge.userId,
    amountMicros: charge.amountMicros,
    reason: `sms to ${charge.to} not sent: ${why}`.slice(0, 64),
    actor: who.name,
    requestId: who.requestId,
    idempotencyKey: once.idempotencyKey,
  };
  await changeCredit(em, change, once.alongside);
}
