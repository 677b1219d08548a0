// A call is billed the initial increment at least, then whole increments, plus the connect fee — exactly.
import { describe, expect, it } from 'vitest';
import { billedSeconds, callCostMicros } from '../../../src/domain/rating/call-cost.ts';
import { fromMicros, toMicros } from '../../../src/platform/money.ts';

const rate = (perMinute: string, fee: string, initialIncrement: number, increment: number) => ({
  rateMicros: toMicros(perMinute),
  connectFeeMicros: toMicros(fee),
  initialIncrement,
  increment,
});

describe('billedSeconds', () => {
  it.each([
    ['60/60, 1 s', rate('1', '0', 60, 60), 1, 60],
    ['60/60, 61 s', rate('1', '0', 60, 60), 61, 120],
    ['30/6, 31 s', rate('1', '0', 30, 6), 31, 36],
    ['30/6, 36 s', rate('1', '0', 30, 6), 36, 36],
    ['1/1, 47 s', rate('1', '0', 1, 1), 47, 47],
    ['0/10, 3 s', rate('1', '0', 0, 10), 3, 10],
    ['not connected', rate('1', '0', 60, 60), 0, 0],
  ])('%s', (_name, r, duration, want) => expect(billedSeconds(r, duration)).toBe(want));
});

describe('callCostMicros', () => {
  it.each([
    ['0.10/min 60/60, 61 s: two minutes', rate('0.10', '0', 60, 60), 61, '0.20'],
    ['0.02/min 30/6 + 0.05 fee, 31 s', rate('0.02', '0.05', 30, 6), 31, '0.062'],
    ['0.07/min 1/1, 1 s: rounded up to the micro', rate('0.07', '0', 1, 1), 1, '0.001167'],
    ['missed call: nothing, not even the fee', rate('0.5', '0.05', 60, 60), 0, '0.00'],
  ])('%s → %s', (_name, r, duration, want) => expect(fromMicros(callCostMicros(r, duration))).toBe(want));
});
