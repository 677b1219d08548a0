// Money is exact: decimal text to integer micro-units and back, and anything that is not such a number is refused.
import { describe, expect, it } from 'vitest';
import { fromMicros, toMicros } from '../../src/platform/money.ts';

describe('money', () => {
  it.each([
    ['12.5', 12_500_000n, '12.50'],
    ['0.000001', 1n, '0.000001'],
    ['-3', -3_000_000n, '-3.00'],
    ['0.1', 100_000n, '0.10'],
    ['123456789.123456', 123_456_789_123_456n, '123456789.123456'],
  ])('%s is %s micro-units and prints as %s', (text, micros, printed) => {
    expect(toMicros(text)).toBe(micros);
    expect(fromMicros(micros)).toBe(printed);
  });

  it('adds 0.1 ten times to exactly 1.00', () => {
    let sum = 0n;
    for (let i = 0; i < 10; i++) sum += toMicros('0.1');
    expect(fromMicros(sum)).toBe('1.00');
  });

  it.each(['1e3', '1.0000001', 'abc', ''])('refuses %s', (text) => expect(() => toMicros(text)).toThrow());
});
