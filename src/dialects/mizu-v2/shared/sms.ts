/**
 * What every SMS command does (sms, sendsms*, asendsms*, Mizu v1 sms): refuse when SMS is off, charge the user the
 * rated SMS price before anything is sent, then queue the message (answered at once) or wait for the SMSC's submit
 * result. A message the queue refuses gives its charge back here; one that fails or expires later, the outbox gives
 * back (once, whoever sees it end).
 */
import { smsOff, type MessageOutcome } from '../../../domain/messaging/messaging.ts';
import { chargeSms, refundSms, type SmsCharge } from '../../../domain/billing/sms-charges.ts';
import { smsPrice } from '../../../domain/rating/sms-rates.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import { fromMicros } from '../../../platform/money.ts';
import { withWireText } from '../../mizu/answer/wire-text.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { actor, requireUser } from './request.ts';

export interface SmsParams {
  anum?: string;
  bnum: string;
  txt: string;
}

export interface SmsHow {
  /** UCS-2 whatever the text (sendsmsunicode*). */
  unicode?: boolean;
  /** Wait for the SMSC's submit result (the *sync commands). */
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

/** Sends one SMS as the command's user; `line` is its text answer ("OK,<id>" for sendsms, "OK: <id>" for sms). */
export async function sendSms(
  params: SmsParams,
  ctx: MizuContext,
  how: SmsHow,
  line: (id: string) => string,
): Promise<SmsAnswer> {
  const messaging = ctx.services.messaging;
  if (!messaging.sms) throw smsOff();
  const who = actor(ctx);
  const user = how.charge ? requireUser(ctx) : ctx.principal.user;
  let charge: SmsCharge | undefined;
  if (how.charge && user) {
    const price = await smsPrice(ctx.em, ctx.services.rateDecks, user.tariffId, params.bnum);
    charge = await chargeSms(ctx.em, user, params.bnum, price, who);
    if (charge.amountMicros) await ctx.services.accounts.cache.invalidate(user.id);
  }
  const sms = {
    userId: user?.id,
    from: params.anum ?? '',
    to: params.bnum,
    text: params.txt,
    unicode: how.unicode,
    chargeMicros: charge?.amountMicros,
  };
  let queued: MessageOutcome;
  try {
    queued = await messaging.queueSms(sms);
  } catch (e) {
    await giveBack(ctx, charge, e instanceof Error ? e.message : String(e));
    throw e;
  }
  const outcome = how.wait ? await messaging.awaitSent(queued) : queued;
  if (outcome.state === 'failed' || outcome.state === 'expired') {
    // The outbox gave the charge back when the message ended so.
    const reason = outcome.reason ?? outcome.state;
    throw new SwitchboardError('command-failed', `the SMS to ${params.bnum} was not sent: ${reason}`);
  }
  const answer: SmsAnswer = { messageid: outcome.id, state: outcome.state };
  if (outcome.parts !== undefined) answer.parts = outcome.parts;
  if (charge) answer.charged = fromMicros(charge.amountMicros);
  return withWireText(answer, line(outcome.id));
}

async function giveBack(ctx: MizuContext, charge: SmsCharge | undefined, why: string): Promise<void> {
  if (!charge?.amountMicros) return;
  await refundSms(ctx.em, charge, why, actor(ctx));
  await ctx.services.accounts.cache.invalidate(charge.userId);
}

/** "OK,<id>": the sendsms answer the PHP client 2.x reads (it strips "OK,"; spec/mizu-v2/sendsms.yaml wire). */
export const okComma = (id: string) => `OK,${id}`;
/** "OK: <id>": the status before the first ':' is what the PHP client 1.x reads (spec/mizu-v2/sms.yaml wire). */
export const okColon = (id: string) => `OK: ${id}`;
