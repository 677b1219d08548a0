// A seeded fuzz of the money parser (issue 17, finding 8): every input, string or number, either parses to an amount
// within the money type's range whose round trip through fromMicros/toMicros is exact, or throws MoneyFormatError —
// never another error, never a value out of range. Inputs a plain reading accepts must parse to that value.
import { describe, expect, it } from 'vitest';
import { fromMicros, inMoneyRange, MAX_MICROS, MoneyFormatError, toMicros } from '../../src/platform/money.ts';
import { mulberry32 } from '../support/seeded-random.ts';

const SEED = 0x5eed_0010;
const CASES = 20_000;

/** Pieces an amount is written with, and the ones that break it: signs, exponents, separators, other digits. */
const PIECES = [
  ...'0123456789',
  ...'0123456789',
  '.',
  '.',
  '-',
  '+',
  ',',
  ' ',
  '\t',
  'e',
  'E',
  '_',
  'x',
  '٣', // Arabic-Indic three
  '５', // fullwidth five
  '𝟗', // mathematical bold nine
  '\u00a0',
  'NaN',
  'Infinity',
  '999999999',
  '000000',
  '1000000000',
];

/** The value a plain reading gives (sign, ASCII digits, at most 6 decimals), or undefined: the oracle. */
function plainReading(text: string): bigint | undefined {
  const m = /^([+-]?)(\d+)(?:\.(\d{1,6}))?$/.exec(text.trim());
  if (!m) return undefined;
  const micros = BigInt(m[2]!) * 1_000_000n + BigInt((m[3] ?? '').padEnd(6, '0'));
  if (micros > MAX_MICROS) return undefined;
  return m[1] === '-' ? -micros : micros;
}

function check(text: string): void {
  let micros: bigint;
  try {
    micros = toMicros(text);
  } catch (e) {
    if (!(e instanceof MoneyFormatError)) throw new Error(`${JSON.stringify(text)} threw ${String(e)}`);
    expect(plainReading(text), JSON.stringify(text)).toBeUndefined();
    return;
  }
  expect(typeof micros).toBe('bigint');
  expect(inMoneyRange(micros), JSON.stringify(text)).toBe(true);
  expect(toMicros(fromMicros(micros)), JSON.stringify(text)).toBe(micros);
  expect(micros, JSON.stringify(text)).toBe(plainReading(text));
}

describe('money parser fuzz', () => {
  it(`${CASES} seeded strings: an exact amount in range, or MoneyFormatError`, () => {
    const random = mulberry32(SEED);
    for (let i = 0; i < CASES; i++) {
      const length = 1 + Math.floor(random() * 24);
      let text = '';
      for (let j = 0; j < length; j++) text += PIECES[Math.floor(random() * PIECES.length)];
      check(text);
    }
  });

  it(`${CASES} seeded numbers as JavaScript prints them (exponents, long fractions, NaN, Infinity)`, () => {
    const random = mulberry32(SEED + 1);
    const specials = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 0.1 + 0.2, 1e21, 5e-7];
    for (const n of specials) check(String(n));
    for (let i = 0; i < CASES; i++) {
      const magnitude = 10 ** (Math.floor(random() * 30) - 10);
      const n = (random() - 0.5) * 2 * magnitude;
      check(String(n));
      check(n.toFixed(Math.floor(random() * 9)));
      check(String(Math.round(n)));
    }
  });

  it('every amount at the edges of the range round-trips, and one micro-unit past them is refused', () => {
    for (const micros of [MAX_MICROS, -MAX_MICROS, MAX_MICROS - 1n, 1n, -1n, 0n]) {
      expect(toMicros(fromMicros(micros))).toBe(micros);
    }
    expect(() => toMicros('1000000000.000001')).toThrow(MoneyFormatError);
    expect(() => toMicros('-1000000000.000001')).toThrow(MoneyFormatError);
  });
});
