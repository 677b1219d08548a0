/**
 * Money is exact: amounts are integers of micro-units (10^-6 of the currency unit) in memory and storage,
 * decimal strings on the wire. No binary float ever carries money.
 */

export const MICROS_PER_UNIT = 1_000_000n;
const DECIMAL = /^([+-])?(\d{1,15})(?:\.(\d{1,6}))?$/;

export class MoneyFormatError extends Error {
  constructor(text: string) {
    super(`not an amount with at most 6 decimals: ${JSON.stringify(text)}`);
    this.name = 'MoneyFormatError';
  }
}

/** "12.5" → 12_500_000n */
export function toMicros(decimal: string): bigint {
  const m = DECIMAL.exec(decimal.trim());
  if (!m) throw new MoneyFormatError(decimal);
  const micros = BigInt(m[2]!) * MICROS_PER_UNIT + BigInt((m[3] ?? '').padEnd(6, '0'));
  return m[1] === '-' ? -micros : micros;
}

const MAX_SAFE_MICROS = BigInt(Number.MAX_SAFE_INTEGER);

/** 12_500_000n → "12.50": at least two decimals, more only when they carry value. */
export function fromMicros(micros: bigint): string {
  // Exact in a double up to 2^53 micro-units (9 billion units): without BigInt arithmetic, as exports format millions.
  if (micros <= MAX_SAFE_MICROS && micros >= -MAX_SAFE_MICROS) return fromSafeMicros(Number(micros));
  const negative = micros < 0n;
  const abs = negative ? -micros : micros;
  const whole = abs / MICROS_PER_UNIT;
  const frac = (abs % MICROS_PER_UNIT)
    .toString()
    .padStart(6, '0')
    .replace(/0{1,4}$/, (z) => (z.length > 4 ? '00' : ''));
  const fraction = frac.length < 2 ? frac.padEnd(2, '0') : frac;
  return `${negative ? '-' : ''}${whole}.${fraction}`;
}

function fromSafeMicros(micros: number): string {
  const abs = micros < 0 ? -micros : micros;
  let fraction = abs % 1_000_000;
  const whole = (abs - fraction) / 1_000_000;
  let digits = 6;
  while (digits > 2 && fraction % 10 === 0) {
    fraction /= 10;
    digits--;
  }
  return `${micros < 0 ? '-' : ''}${whole}.${String(fraction).padStart(digits, '0')}`;
}
