/**
 * Recharge PIN vouchers (charge, 001:L358 / 002:L368): an operator loads them (`switchboard pins`), a user redeems
 * one into credit. The voucher is used up by a conditional UPDATE in the same transaction as the credit, so two
 * redemptions of one PIN at once can never both succeed. The table holds each PIN's keyed digest (SecretBox.digest),
 * never the PIN: a PIN is shown once, when it is loaded.
 */
import { randomInt } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/sql';
import { RechargePin } from '../../persistence/entities/recharge-pin.ts';
import { SwitchboardError } from '../../platform/errors.ts';
import type { SecretBox } from '../../platform/secret-box.ts';
import { replayOfChange, type CreditChange, type CreditResult } from './credit-ledger.ts';
import { addPaidCredit } from './payments.ts';

export const PIN_PATTERN = /^[A-Za-z0-9-]{4,64}$/;

/** A PIN that was never loaded: a guess, unlike a PIN already used or of another currency. */
export class UnknownPinError extends SwitchboardError {
  constructor() {
    super('pin-invalid', 'invalid PIN');
  }
}

export interface Redemption {
  userId: number;
  userCurrency: string;
  pin: string;
  actor: string;
  requestId: string;
  idempotencyKey?: string;
}

export interface Redeemed extends CreditResult {
  valueMicros: bigint;
}

/** What makes a PIN its stored digest. */
export type PinDigests = Pick<SecretBox, 'digest'>;

export async function redeemPin(em: SqlEntityManager, digests: PinDigests, r: Redemption): Promise<Redeemed> {
  const pin = digests.digest(r.pin);
  const voucher = await em.findOne(RechargePin, { pin }, { disableIdentityMap: true });
  if (!voucher) throw new UnknownPinError();
  const valueMicros = BigInt(voucher.valueMicros);
  if (voucher.currency !== r.userCurrency) {
    throw new SwitchboardError(
      'pin-invalid',
      `this PIN is worth ${voucher.currency} and the account is in ${r.userCurrency}`,
    );
  }
  const alreadyUsed = new SwitchboardError('pin-invalid', 'this PIN was already used');
  const useUp = async (tx: SqlEntityManager) => {
    const taken = await tx
      .getConnection()
      .execute<{ pin: string }[]>(
        'update recharge_pins set used_by = ?, used_at = ? where pin = ? and used_by is null returning pin',
        [r.userId, new Date(), pin],
        'all',
        tx.getTransactionContext(),
      );
    if (taken.length === 0) throw alreadyUsed;
  };
  const change: CreditChange = {
    userId: r.userId,
    amountMicros: valueMicros,
    reason: 'charge (recharge PIN)',
    actor: r.actor,
    requestId: r.requestId,
    idempotencyKey: r.idempotencyKey,
    requestDetail: pin,
  };
  try {
    if (voucher.usedBy !== null && voucher.usedBy !== undefined) throw alreadyUsed;
    // A voucher is a payment: the MOR payments page lists it.
    const paid = { currency: voucher.currency, type: 'Voucher' };
    return { ...(await addPaidCredit(em, change, paid, useUp)), valueMicros };
  } catch (e) {
    // A retry with the same key that raced its first attempt finds the PIN used by that attempt: answer its result.
    if (r.idempotencyKey && e === alreadyUsed) {
      const earlier = await replayOfChange(em, { ...change, idempotencyKey: r.idempotencyKey });
      if (earlier) return { ...earlier, valueMicros };
    }
    throw e;
  }
}

/** One voucher to load. */
export interface NewPin {
  pin: string;
  valueMicros: bigint;
  currency: string;
}

/** Why a voucher cannot be loaded (its form, its value, its currency), or undefined. */
export function pinProblem(v: NewPin): string | undefined {
  if (!PIN_PATTERN.test(v.pin)) return `not a PIN (4-64 letters, digits or -): ${v.pin}`;
  if (v.valueMicros <= 0n) return 'the value of a PIN must be positive';
  if (!/^[A-Z]{3}$/.test(v.currency)) return `not a currency code: ${v.currency}`;
  return undefined;
}

/** Loads vouchers of one value; every PIN must be new, or none is loaded. */
export async function addPins(
  em: SqlEntityManager,
  digests: PinDigests,
  pins: string[],
  valueMicros: bigint,
  currency: string,
): Promise<void> {
  await addVouchers(
    em,
    digests,
    pins.map((pin) => ({ pin, valueMicros, currency })),
  );
}

/** Loads vouchers, each of its own value; every PIN must be new, or none is loaded. */
export async function addVouchers(
  em: SqlEntityManager,
  digests: PinDigests,
  vouchers: readonly NewPin[],
  onWritten?: (vouchers: number) => void,
): Promise<void> {
  const problem = vouchers.map(pinProblem).find((p) => p !== undefined);
  if (problem) throw new SwitchboardError('invalid-parameter', problem);
  const pins = vouchers.map((v) => v.pin);
  const seen = new Set<string>();
  const repeated = new Set(pins.filter((pin) => seen.size === seen.add(pin).size));
  if (repeated.size) throw new SwitchboardError('duplicate', `given more than once: ${[...repeated].join(', ')}`);
  await em.transactional(async (tx) => {
    const existing = await loadedPins(tx, digests, pins);
    if (existing.size) throw new SwitchboardError('duplicate', `already loaded: ${[...existing].join(', ')}`);
    for (const [i, v] of vouchers.entries()) {
      tx.create(RechargePin, {
        pin: digests.digest(v.pin),
        valueMicros: v.valueMicros,
        currency: v.currency,
        usedBy: null,
        usedAt: null,
      });
      if ((i + 1) % 1000 === 0 || i + 1 === vouchers.length) {
        await tx.flush();
        onWritten?.(i + 1);
      }
    }
  });
}

/** Which of these PINs exist (looked up in slices: engines cap the parameters of one statement). */
export async function loadedPins(em: SqlEntityManager, digests: PinDigests, pins: string[]): Promise<Set<string>> {
  const byDigest = new Map(pins.map((pin) => [digests.digest(pin), pin]));
  const wanted = [...byDigest.keys()];
  const found = new Set<string>();
  for (let i = 0; i < wanted.length; i += 1000) {
    for (const row of await em.find(
      RechargePin,
      { pin: { $in: wanted.slice(i, i + 1000) } },
      { fields: ['pin'], disableIdentityMap: true },
    ))
      found.add(byDigest.get(row.pin)!);
  }
  return found;
}

/**
 * New random PINs of `length` digits, loaded at once (a collision with an existing PIN is simply drawn again).
 * Answered in clear this once: the table keeps only their digests.
 */
export async function generatePins(
  em: SqlEntityManager,
  digests: PinDigests,
  count: number,
  length: number,
  valueMicros: bigint,
  currency: string,
): Promise<string[]> {
  if (!Number.isInteger(count) || count < 1 || count > 100_000)
    throw new SwitchboardError('invalid-parameter', 'count must be 1 to 100000');
  if (!Number.isInteger(length) || length < 8 || length > 64)
    throw new SwitchboardError('invalid-parameter', 'length must be 8 to 64 digits (shorter PINs can be guessed)');
  const fresh = new Set<string>();
  for (let round = 0; fresh.size < count; round++) {
    if (round === 5)
      throw new SwitchboardError('command-failed', 'could not draw enough unused PINs; use a longer length');
    const drawn = new Set<string>();
    while (drawn.size < count - fresh.size) {
      const pin = Array.from({ length }, () => randomInt(10)).join('');
      if (!fresh.has(pin)) drawn.add(pin);
    }
    const taken = await loadedPins(em, digests, [...drawn]);
    for (const pin of drawn) if (!taken.has(pin)) fresh.add(pin);
  }
  await addPins(em, digests, [...fresh], valueMicros, currency);
  return [...fresh];
}
