// natran: add, replace and delete at a start position over a length, the prefix inserted exactly as typed
// (003:L650-L655).
import { describe, expect, it } from 'vitest';
import { applyTransition } from '../../../src/domain/routing/transition.ts';

const t = (type: number, tranStart: number, tranLen: number, prefix = '') => ({
  tranID: 1,
  type,
  tranStart,
  tranLen,
  prefix,
});

describe('applyTransition', () => {
  it.each([
    ['the seed sample: replace 3 at 0 with 0105678 (003:L680)', '1231234', t(2, 0, 3, '0105678'), '01056781234'],
    ['add a prefix at the start', '5551234', t(1, 0, 0, '00'), '005551234'],
    ['add in the middle, length ignored', '5551234', t(1, 3, 9, '-'), '555-1234'],
    ['add past the end appends', '555', t(1, 10, 0, '#'), '555#'],
    ['replace in the middle', '5551234', t(2, 3, 2, '99'), '5559934'],
    ['replace with nothing removes', '95551234', t(2, 0, 1, ''), '5551234'],
    ['replace longer than the number keeps what it can', '123', t(2, 1, 10, 'x'), '1x'],
    ['delete the out-group prefix', '95551234', t(3, 0, 1, 'ignored'), '5551234'],
    ['delete in the middle', '5551234', t(3, 2, 3), '5534'],
    ['delete past the end is a no-op', '555', t(3, 5, 2), '555'],
    ['keeps + * # as typed', '+4930', t(1, 1, 0, '*#'), '+*#4930'],
    ['an unknown type leaves the number', '555', t(9, 0, 1, 'x'), '555'],
  ])('%s', (_, number, transition, want) => {
    expect(applyTransition(number, transition)).toBe(want);
  });
});
