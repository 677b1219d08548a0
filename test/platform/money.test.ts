// Money is exact: decimal text to integer micro-units and back, and anything that is not such a number is refused.
import { describe, expect, it } from 'vitest';
import { SwitchboardError } from '../../src/platform/errors.ts';
import { amountParam, fromMicros, MoneyFormatError, toMicros } from '../../src/platform/money.ts';

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

  it.each(['1e3', '1.0000001', 'abc', '', '1.', '.5', '0x10', '١٢'])('refuses %s', (text) =>
    expect(() => toMicros(text)).toThrow(MoneyFormatError),
  );

  it.each([
    ['1000000000', 1_000_000_000_000_000n],
    ['-1000000000.000000', -1_000_000_000_000_000n],
    ['0001000000000', 1_000_000_000_000_000n],
  ])('takes %s, the edge of the range', (text, micros) => expect(toMicros(text)).toBe(micros));

  it.each([
    ['9223372036854.775807', 'is out of range'],
    ['1000000000.000001', 'is out of range'],
    ['-99999999999999999999', 'is out of range'],
    ['1.0000001', 'has more than 6 decimals'],
    ['1,500', 'is ambiguous'],
  ])('refuses %s: it %s (issue 17, finding 8)', (text, problem) => {
    expect(() => toMicros(text)).toThrow(problem);
  });

  it('an amount parameter the money type does not hold is a parameter error naming it', () => {
    const refused = (() => {
      try {
        return amountParam('1.1234567', 'credit');
      } catch (e) {
        return e;
      }
    })() as SwitchboardError;
    expect(refused).toBeInstanceOf(SwitchboardError);
    expect(refused.code).toBe('invalid-parameter');
    expect(refused.message).toBe('invalid parameter: credit has more than 6 decimals');
    expect(refused.issues).toEqual([{ param: 'credit', problem: 'has more than 6 decimals' }]);
  });
});
