/**
 * What every SMS command does (sms, sendsms*, asendsms*, Mizu v1 sms). A number on-net — a DID of the pool a
 * Switchboard user holds, while the SIP edge carries messages — gets the text as a SIP MESSAGE to that user, kept in
 * the instant-message store until a phone of theirs accepts it (sent on its next REGISTER): no SMSC is involved, so
 * it needs no smpp or smsHttp section. Any other number goes to the SMSC through the outbox, and needs one.
 *
 * Either way the user pays the rated SMS price, as the SMS tariff prices the number (an operator who wants on-net
 * texts free prices its own numbers at 0 there), and is refused without credit. The charge is taken in the
 * transaction that queues the message, so a message never queued is never paid for; an outbox message that fails or
 * expires unsent gets it back (outbox.ts); a kept instant message neither fails nor expires.
 */
import { numberOwner } from '../../../domain/accounts/phone-numbers.ts';
import type { Alongside } from '../../../domain/billing/credit-ledger.ts';
import { type SmsCharge, smsCharge, takeSmsCharge } from '../../../domain/billing/sms-charges.ts';
import { smsOff, type MessageOutcome } from '../../../domain/messaging/messaging.ts';
import { smsPrice } from '../../../domain/rating/sms-rates.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import { fromMicros } from '../../../platform/money.ts';
import { withWireText } from '../../mizu/answer/wire-text.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { senderOf } from './instant-messages.ts';
import { actor, requireUser } from './request.ts';

export interface SmsParams {
  anum?: string;
  bnum: string;
  txt: string;
}

export interface SmsHow {
  /** UCS-2 whatever the text (sendsmsunicode*). */
  unicode?: boolean;
  /** Wait for the SMSC's submit result, or an on-net phone's answer (the *sync commands). */
  wait?: boolean;
  /** Admins send as the operator: nothing is charged. */
  charge: boolean;
}

export interface SmsAnswer {
  messageid: string;
  state: MessageOutcome['state'];
  parts?: number;
  charged?: string;
}

/** The sender's charge, and the step that takes it inside the queueing transaction. */
interface Payment {
  charge: SmsCharge;
  take: Alongside;
}

/** Sends one SMS as the command's user; `line` is its text answer ("OK,<id>" for sendsms, "OK: <id>" for sms). */
export async function sendSms(
  params: SmsParams,
  ctx: MizuContext,
  how: SmsHow,
  line: (id: string) => string,
): Promise<SmsAnswer> {
  const onNet = await onNetRecipient(ctx, params.bnum);
  if (!onNet && !ctx.services.messaging.sms) throw smsOff();
  const payment = how.charge ? await paymentFor(ctx, params.bnum) : undefined;
  const sent = onNet ? await toUser(onNet, params, ctx, how, payment) : await toSmsc(params, ctx, how, payment);
  const answer: SmsAnswer = { messageid: sent.id, state: sent.state };
  if (sent.parts !== undefined) answer.parts = sent.parts;
  if (payment) answer.charged = fromMicros(payment.charge.amountMicros);
  return withWireText(answer, line(sent.id));
}

/**
 * The user a number is on-net for: a DID of the pool it holds, while the SIP edge carries messages. The account's
 * phone and its own caller numbers (cli, addcallbacknumber) are numbers outside Switchboard — a mobile — and their
 * texts go to the SMSC.
 */
async function onNetRecipient(ctx: MizuContext, number: string): Promise<string | undefined> {
  if (!ctx.services.instantMessages.carried) return undefined;
  return numberOwner(ctx.em, number, ['did'], false);
}

async function paymentFor(ctx: MizuContext, to: string): Promise<Payment> {
  const user = requireUser(ctx);
  const charge = smsCharge(user, to, await smsPrice(ctx.em, ctx.services.rateDecks, user.tariffId, to));
  const who = actor(ctx);
  return { charge, take: (tx) => takeSmsCharge(tx, user, charge, who) };
}

/** The user's balance changed: the cache drops the one it holds (after the commit, so it reads the new one). */
async function paid(ctx: MizuContext, payment: Payment | undefined): Promise<void> {
  if (payment?.charge.amountMicros) await ctx.services.accounts.cache.invalidate(payment.charge.userId);
}

/** Through the outbox to the SMSC: queued (answered at once), or the SMSC's submit result. */
async function toSmsc(
  params: SmsParams,
  ctx: MizuContext,
  how: SmsHow,
  payment: Payment | undefined,
): Promise<MessageOutcome> {
  const messaging = ctx.services.messaging;
  const sms = {
    userId: ctx.principal.user?.id,
    from: params.anum ?? '',
    to: params.bnum,
    text: params.txt,
    unicode: how.unicode,
    chargeMicros: payment?.charge.amountMicros,
  };
  const queued = await messaging.queueSms(sms, payment?.take);
  await paid(ctx, payment);
  const outcome = how.wait ? await messaging.awaitSent(queued) : queued;
  if (outcome.state === 'failed' || outcome.state === 'expired') {
    // The outbox gave the charge back when the message ended so.
    const reason = outcome.reason ?? outcome.state;
    throw new SwitchboardError('command-failed', `the SMS to ${params.bnum} was not sent: ${reason}`);
  }
  return outcome;
}

/**
 * On-net, to the user the number belongs to, as a SIP MESSAGE from the sender shown (anum), else from the user who
 * sends it: kept first, then sent. Answered at once as queued, or (wait) delivered once a phone accepted it, queued
 * while it waits for the user's next REGISTER. Its id is the kept message's, `sip-<n>`, apart from the outbox's.
 */
async function toUser(
  recipient: string,
  params: SmsParams,
  ctx: MizuContext,
  how: SmsHow,
  payment: Payment | undefined,
): Promise<{ id: string; state: MessageOutcome['state']; parts?: number }> {
  const sender = params.anum || senderOf(ctx);
  const kept = await ctx.services.instantMessages.keep(sender, recipient, params.txt, payment?.take);
  await paid(ctx, payment);
  const delivered = how.wait && (await kept.delivery) === 'delivered';
  return { id: `sip-${kept.id}`, state: delivered ? 'delivered' : 'queued' };
}

/** "OK,<id>": the sendsms answer the PHP client 2.x reads (it strips "OK,"; spec/mizu-v2/sendsms.yaml wire). */
export const okComma = (id: string) => `OK,${id}`;
/** "OK: <id>": the status before the first ':' is what the PHP client 1.x reads (spec/mizu-v2/sms.yaml wire). */
export const okColon = (id: string) => `OK: ${id}`;
