/**
 * What a placed call may last and what it costs the user who placed it: each leg rated on the user's tariff by the
 * number it calls, the maximum duration the credit pays for, the charge through the ledger and the CDR of each leg.
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import type { Actor } from '../../accounts/accounts.ts';
import type { CachedUser } from '../../accounts/user-cache.ts';
import { changeCredit } from '../../billing/credit-ledger.ts';
import type { CdrChanges } from '../../cdr/cdr-changes.ts';
import { type NewCdr, recordCdrs } from '../../cdr/cdr-writer.ts';
import { callCostMicros } from '../../rating/call-cost.ts';
import type { RatedNumber } from '../../rating/rating.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import { fromMicros } from '../../../platform/money.ts';

/** One leg as billed: who it called, its rate, its SIP Call-ID, when it connected and why it ended. */
export interface BilledLeg {
  caller: string;
  number: string;
  rated: RatedNumber;
  sipCallId: string;
  startedAt: Date;
  connectedAt: Date | null;
  endedAt: Date;
  disconnectCause: number;
}

/** The price per minute of the call: the legs' rates added. */
export function ratePerMinuteMicros(rates: readonly RatedNumber[]): bigint {
  return rates.reduce((sum, r) => sum + r.rate.rateMicros, 0n);
}

/**
 * The seconds the user's credit pays for on these rates (the connect fees taken first), less what the user's calls
 * in progress may still spend (reservedMicros); undefined when nothing limits it (a postpaid user, or free rates). A
 * prepaid user whose credit pays for no second is refused.
 */
export function maxDurationSeconds(
  user: CachedUser,
  rates: readonly RatedNumber[],
  reservedMicros = 0n,
): number | undefined {
  for (const r of rates)
    if (r.deck.currency !== user.currency)
      throw new SwitchboardError(
        'command-failed',
        `the tariff ${r.deck.tariffName} is in ${r.deck.currency} and ${user.username}'s account in ${user.currency}`,
      );
  if (user.postpaid) return undefined;
  const fees = rates.reduce((sum, r) => sum + r.rate.connectFeeMicros, 0n);
  const perMinute = ratePerMinuteMicros(rates);
  const credit = user.creditMicros - reservedMicros;
  const left = credit - fees;
  const seconds = perMinute === 0n ? undefined : Number((left * 60n) / perMinute);
  if (credit <= 0n || left <= 0n || seconds === 0)
    throw new SwitchboardError(
      'insufficient-credit',
      `insufficient credit to place a call (credit ${fromMicros(user.creditMicros)} ${user.currency}${reservedMicros > 0n ? `, ${fromMicros(reservedMicros)} of it held by calls in progress` : ''})`,
    );
  return seconds;
}

/** The most a call on these rates can cost in seconds (connect fees, then the rates over billed seconds). */
export function mostCostMicros(rates: readonly RatedNumber[], seconds: number): bigint {
  return rates.reduce((sum, r) => sum + callCostMicros(r.rate, seconds), 0n);
}

export interface CallBook {
  em(): SqlEntityManager;
  cdrChanges: CdrChanges;
  /** The user cache: the charged user's credit is read again. */
  users: { invalidate(id: number): Promise<void> };
}

/** Writes the CDR of each leg and takes their cost from the user's credit (no floor: the call already happened). */
export async function billCall(
  book: CallBook,
  user: CachedUser,
  legs: readonly BilledLeg[],
  who: Actor,
): Promise<void> {
  const rows: NewCdr[] = legs.map((leg) => {
    const duration = leg.connectedAt ? Math.round((leg.endedAt.getTime() - leg.connectedAt.getTime()) / 1000) : 0;
    return {
      userId: user.id,
      calledUserId: null,
      caller: leg.caller,
      called: leg.number,
      direction: 'out',
      startedAt: leg.startedAt,
      connectedAt: leg.connectedAt,
      endedAt: leg.endedAt,
      duration,
      costMicros: callCostMicros(leg.rated.rate, duration, leg.connectedAt !== null),
      priceMicros: 0n,
      currency: leg.rated.deck.currency,
      disconnectCause: leg.disconnectCause,
      sipCallId: leg.sipCallId,
      prefix: leg.rated.prefix,
      destination: leg.rated.rate.destination,
    };
  });
  const em = book.em();
  await recordCdrs(em, book.cdrChanges, rows);
  const total = rows.reduce((sum, r) => sum + r.costMicros, 0n);
  if (total === 0n) return;
  await changeCredit(em, {
    userId: user.id,
    amountMicros: -total,
    reason: `call ${legs.map((l) => l.number).join(' to ')}`.slice(0, 64),
    actor: who.name,
    requestId: who.requestId,
  });
  await book.users.invalidate(user.id);
}

/** Q.850 cause of a leg's final SIP status (RFC 3398 §7.2.4.1, the other way round), 16 for a normal end. */
export function disconnectCause(status: number): number {
  const causes: Record<number, number> = { 404: 1, 408: 18, 480: 18, 486: 17, 487: 19, 600: 17, 603: 21 };
  return causes[status] ?? (status >= 500 ? 38 : 31);
}
export const NORMAL_CLEARING = 16;
