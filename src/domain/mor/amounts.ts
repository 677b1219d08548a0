/** Amounts and percentages as the MOR pages show them, computed exactly on micro-units (domain/money). */
import { fromMicros, MICROS_PER_UNIT } from '../../platform/money.ts';

const HUNDRED_PERCENT = 100n * MICROS_PER_UNIT;

/** Rounds a / b half away from zero. */
function divRound(a: bigint, b: bigint): bigint {
  const q = a / b;
  const r = a % b;
  if (r === 0n) return q;
  const up = (r < 0n ? -r : r) * 2n >= (b < 0n ? -b : b);
  return up ? q + (a < 0n === b < 0n ? 1n : -1n) : q;
}

/** The amount with VAT added (vat as percent micro-units: 15 % = 15_000_000). */
export function withVat(amountMicros: bigint, vatPercentMicros: bigint): bigint {
  return divRound(amountMicros * (HUNDRED_PERCENT + vatPercentMicros), HUNDRED_PERCENT);
}

/** An amount converted between currencies given each one's units per base unit (micro-units). */
export function convert(amountMicros: bigint, fromRateMicros: bigint, toRateMicros: bigint): bigint {
  return fromRateMicros === toRateMicros ? amountMicros : divRound(amountMicros * toRateMicros, fromRateMicros);
}

/** "100.00 USD" */
export function money(amountMicros: bigint, currency: string): string {
  return `${fromMicros(amountMicros)} ${currency}`;
}

/** A percentage as the seed writes it: one decimal at least (15.0, 18.5, 7.25). */
export function percent(micros: bigint): string {
  return fromMicros(micros).replace(/(\.\d)0$/, '$1');
}
