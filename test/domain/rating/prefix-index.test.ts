// The longest matching prefix wins, whatever order the deck was loaded in; numbers are normalised as dialled.
import { describe, expect, it } from 'vitest';
import { dialledDigits, PrefixIndex } from '../../../src/domain/rating/prefix-index.ts';

const DECK: [string, string][] = [
  ['4', 'Europe?'],
  ['44', 'UK'],
  ['447', 'UK mobile'],
  ['4479', 'UK mobile premium'],
  ['1', 'NANP'],
  ['1242', 'Bahamas'],
  ['*98', 'voicemail'],
];

describe('PrefixIndex.longestPrefix', () => {
  const forward = new PrefixIndex(DECK);
  const backward = new PrefixIndex([...DECK].reverse());

  it.each([
    ['447911123456', '4479', 'UK mobile premium'],
    ['447811123456', '447', 'UK mobile'],
    ['442071234567', '44', 'UK'],
    ['4930123', '4', 'Europe?'],
    ['12425551234', '1242', 'Bahamas'],
    ['12125551234', '1', 'NANP'],
    ['447', '447', 'UK mobile'],
    ['44', '44', 'UK'],
    ['*98', '*98', 'voicemail'],
  ])('%s matches %s (%s)', (number, prefix, destination) => {
    expect(forward.longestPrefix(number)).toEqual({ prefix, value: destination });
    expect(backward.longestPrefix(number)).toEqual({ prefix, value: destination });
  });

  it.each(['', '2', '3630', '*9'])('%s matches nothing', (number) => {
    expect(forward.longestPrefix(number)).toBeUndefined();
  });

  it('a later entry for the same prefix replaces the earlier one', () => {
    const index = new PrefixIndex<string>([
      ['44', 'old'],
      ['44', 'new'],
    ]);
    expect(index.size).toBe(1);
    expect(index.longestPrefix('4420')?.value).toBe('new');
  });
});

describe('dialledDigits', () => {
  it.each([
    ['+44 20 7123-4567', '442071234567'],
    ['(212) 555.1234', '2125551234'],
    ['0044207', '0044207'],
    ['*98#', '*98#'],
    ['+', ''],
  ])('%s → %s', (given, want) => expect(dialledDigits(given)).toBe(want));
});
