/**
 * Money is exact: amounts are integers of micro-units (10^-6 of the currency unit) in memory and storage,
 * decimal strings on the wire. No binary float ever carries money.
 *
 * The one money type: at most 6 decimals, and |amount| ≤ 1,000,000,000 (10^15 micro-units), for an amount sent and
 * for a balance alike. The bound keeps every amount, and the sum of any two, exact in a double (2^53 micro-units is
 * about 9 billion): better-sqlite3 reads an INTEGER column as a JS number, so a larger value stored on SQLite would
 * come back changed. Migration 0010 holds every money column to it.
 */
import { SwitchboardError } from './errors.ts';

export const MICROS_PER_UNIT = 1_000_000n;
/** The largest amount, in micro-units: 1,000,000,000.000000. */
export const MAX_MICROS = 1_000_000_000n * MICROS_PER_UNIT;
/** The largest amount, as text. */
export const MAX_AMOUNT = '1000000000';

const DECIMAL = /^([+-])?(\d+)(?:\.(\d+))?$/;

/** An amount the money type does not hold: a parameter error wherever it surfaces, never an internal one. */
export class MoneyFormatError extends SwitchboardError {
  /** What is wrong, to follow a parameter's name ("has more than 6 decimals"). */
  readonly problem: string;
  constructor(text: string, problem: string) {
    super('invalid-parameter', `invalid amount: ${JSON.stringify(text)} ${problem}`);
    this.name = 'MoneyFormatError';
    this.problem = problem;
  }
}

/** "12.5" → 12_500_000n; anything else than a plain decimal within the range throws MoneyFormatError. */
export function toMicros(decimal: string): bigint {
  const text = decimal.trim();
  const m = DECIMAL.exec(text);
  if (!m) {
    throw new MoneyFormatError(
      decimal,
      text.includes(',')
        ? 'is ambiguous: a comma may separate decimals or thousands (write 1500 or 1.5)'
        : 'is not an amount (digits, at most one decimal point, an optional sign)',
    );
  }
  const fraction = m[3] ?? '';
  if (fraction.length > 6) throw new MoneyFormatError(decimal, 'has more than 6 decimals');
  const whole = m[2]!.replace(/^0+(?=\d)/, '');
  if (whole.length > MAX_AMOUNT.length) throw outOfRange(decimal);
  const micros = BigInt(whole) * MICROS_PER_UNIT + BigInt(fraction.padEnd(6, '0'));
  if (micros > MAX_MICROS) throw outOfRange(decimal);
  return m[1] === '-' ? -micros : micros;
}

const outOfRange = (text: string) =>
  new MoneyFormatError(text, `is out of range (at most ${MAX_AMOUNT} either side of zero)`);

/** Whether micro-units are within the money type's range (a balance after a change, a sum). */
export function inMoneyRange(micros: bigint): boolean {
  return micros <= MAX_MICROS && micros >= -MAX_MICROS;
}

/** An amount parameter as exact micro-units; anything the money type does not hold is a parameter error naming it. */
export function amountParam(text: string, param: string): bigint {
  try {
    return toMicros(text);
  } catch (e) {
    if (!(e instanceof MoneyFormatError)) throw e;
    throw new SwitchboardError('invalid-parameter', `invalid parameter: ${param} ${e.problem}`, [
      { param, problem: e.problem },
    ]);
  }
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
