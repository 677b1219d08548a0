// How the pages write amounts, times and CSV fields, and how they read periods (src/domain/mor/amounts.ts, time.ts,
// exports/csv.ts).
import { describe, expect, it } from 'vitest';
import { fromMicros, toMicros } from '../../../src/platform/money.ts';
import { convert, money, percent, withVat } from '../../../src/domain/mor/amounts.ts';
import { csvField, csvLine } from '../../../src/domain/mor/exports/csv.ts';
import { formatDateTime, hms, parsePeriod } from '../../../src/domain/mor/time.ts';

const fallback = { start: new Date('2024-03-01T00:00:00Z'), end: new Date('2024-03-31T23:59:59Z') };

describe('MOR formats', () => {
  it.each([
    ['0.02 + 15 %', withVat(toMicros('0.02'), toMicros('15')), toMicros('0.023')],
    ['half a micro rounds up', withVat(1n, toMicros('50')), 2n],
    ['negative amounts round away from zero', withVat(-1n, toMicros('50')), -2n],
    ['USD 0.02 at 0.5 EUR per USD', convert(toMicros('0.02'), toMicros('1'), toMicros('0.5')), toMicros('0.01')],
    ['EUR 1 back to USD at 0.92', convert(toMicros('1'), toMicros('0.92'), toMicros('1')), 1_086_957n],
  ])('%s', (_name, got, want) => {
    expect(got).toBe(want);
  });

  it('writes money, percent and durations as the seed does', () => {
    expect([
      money(toMicros('100'), 'USD'),
      percent(toMicros('15')),
      percent(toMicros('18.5')),
      percent(toMicros('7.25')),
    ]).toEqual(['100.00 USD', '15.0', '18.5', '7.25']);
    expect([hms(0), hms(1235), hms(30 * 3600 + 61), hms(100 * 3600 + 5), hms(-3), hms(59.9)]).toEqual([
      '00:00:00',
      '00:20:35',
      '30:01:01',
      '100:00:05',
      '00:00:00',
      '00:00:59',
    ]);
  });

  it.each([
    ['2024-03-10T05:41:31.999Z', '2024-03-10 05:41:31'],
    ['2024-02-29T23:59:59.000Z', '2024-02-29 23:59:59'],
    ['2024-03-01T00:00:00.000Z', '2024-03-01 00:00:00'],
    ['1969-12-31T23:59:59.500Z', '1969-12-31 23:59:59'],
  ])('writes the time %s as %s, from a Date or from epoch milliseconds', (iso, want) => {
    expect([formatDateTime(new Date(iso)), formatDateTime(Date.parse(iso))]).toEqual([want, want]);
  });

  it.each([
    [0n, '0.00'],
    [-500_000n, '-0.50'],
    [1_234_560n, '1.23456'],
    [9_007_199_254_740_991n, '9007199254.740991'],
    [9_007_199_254_740_993n, '9007199254.740993'],
    [-123_456_789_012_345_678_900n, '-123456789012345.6789'],
  ])('writes %s micro-units as %s, past what a double holds exactly too', (micros, want) => {
    expect(fromMicros(micros)).toBe(want);
  });

  it.each([
    [
      'bare dates: the end is the end of its day',
      '2024-03-10',
      '2024-03-11',
      ['2024-03-10T00:00:00.000Z', '2024-03-11T23:59:59.000Z'],
    ],
    [
      'times to the minute or second',
      '2024-03-10 05:41',
      '2024-03-10 08:42:07',
      ['2024-03-10T05:41:00.000Z', '2024-03-10T08:42:07.000Z'],
    ],
    ['missing ends fall back', undefined, '2024-03-20', ['2024-03-01T00:00:00.000Z', '2024-03-20T23:59:59.000Z']],
  ])('reads periods: %s', (_name, start, end, want) => {
    const p = parsePeriod(start, end, fallback);
    expect([p.start.toISOString(), p.end.toISOString()]).toEqual(want);
  });

  it.each([
    ['2024-02-30', undefined],
    ['2024-03-10 24:00', undefined],
    ['10.03.2024', undefined],
    ['2024-03-11', '2024-03-10'],
  ])('refuses the period %s – %s', (start, end) => {
    expect(() => parsePeriod(start, end, fallback)).toThrow(/period_(start|end)/);
  });

  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\r\nlines', '"two\r\nlines"'],
    ['+37060000000', '+37060000000'],
    ['-0.50', '-0.50'],
    ['=1+1', "'=1+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['+cmd|x', "'+cmd|x"],
  ])('writes the CSV field %j as %j', (value, want) => {
    expect(csvField(value)).toBe(want);
  });

  it('ends CSV lines with CRLF', () => {
    expect(csvLine(['a', 1, 2n])).toBe('a,1,2\r\n');
  });
});
