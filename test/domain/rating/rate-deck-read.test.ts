// A deck file is read completely or not at all: every bad row is reported by its line, and then no row is kept.
import { describe, expect, it } from 'vitest';
import { readRateDeck } from '../../../src/domain/rating/rate-deck-import.ts';

const HEADER = 'prefix,destination,rate,connect_fee,initial_increment,increment';

describe('readRateDeck', () => {
  it('reads every column exactly, quoted names with commas included, and defaults the optional ones', async () => {
    const { rows, problems } = await readRateDeck([
      HEADER,
      '+44,"United Kingdom, fixed",0.021,0.05,30,6',
      '',
      '1242,Bahamas,0.2,,,',
    ]);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      {
        line: 2,
        prefix: '44',
        destination: 'United Kingdom, fixed',
        rateMicros: 21_000n,
        connectFeeMicros: 50_000n,
        initialIncrement: 30,
        increment: 6,
      },
      {
        line: 4,
        prefix: '1242',
        destination: 'Bahamas',
        rateMicros: 200_000n,
        connectFeeMicros: 0n,
        initialIncrement: 60,
        increment: 60,
      },
    ]);
  });

  it('accepts the columns in any order and only prefix and rate', async () => {
    const { rows } = await readRateDeck(['rate,prefix', '0.5,49']);
    expect(rows).toEqual([
      {
        line: 2,
        prefix: '49',
        destination: '',
        rateMicros: 500_000n,
        connectFeeMicros: 0n,
        initialIncrement: 60,
        increment: 60,
      },
    ]);
  });

  it.each([
    ['a rate that is not an amount', '44,UK,abc,0,60,60', 'rate "abc" is not an amount with at most 6 decimals'],
    ['an empty rate', '44,UK,,0,60,60', 'rate is empty'],
    ['a negative connect fee', '44,UK,0.1,-1,60,60', 'connect_fee must not be negative'],
    ['seven decimals', '44,UK,0.1234567,0,60,60', 'rate "0.1234567" is not an amount with at most 6 decimals'],
    ['letters in the prefix', '44a,UK,0.1,0,60,60', 'prefix "44a": 1 to 32 digits (and * #)'],
    ['a zero increment', '44,UK,0.1,0,60,0', 'increment "0": whole seconds from 1 to 86400'],
    ['a fractional increment', '44,UK,0.1,0,1.5,1', 'initial_increment "1.5": whole seconds from 0 to 86400'],
    ['a missing field', '44,UK,0.1,0,60', '5 fields where the header has 6'],
    ['an open quote', '44,"UK,0.1,0,60,60', 'a quoted field is not closed (it runs to the end of the file)'],
    ['text after a closing quote', '44,"UK"x,0.1,0,60,60', 'text after a closing quote'],
  ])('reports %s with its line, and keeps no row', async (_name, bad, message) => {
    const { rows, problems } = await readRateDeck([HEADER, '1,USA,0.01,0,60,60', bad, '49,Germany,0.02,0,60,60']);
    expect(rows).toEqual([]);
    expect(problems).toEqual([{ line: 3, message }]);
  });

  it('reports a prefix given twice with both lines, and every bad line of the file', async () => {
    const { problems } = await readRateDeck([
      HEADER,
      '44,UK,0.1,0,60,60',
      '1,USA,x,0,60,60',
      '44,UK again,0.2,0,60,60',
    ]);
    expect(problems).toEqual([
      { line: 3, message: 'rate "x" is not an amount with at most 6 decimals' },
      { line: 4, message: 'prefix 44 is already on line 2' },
    ]);
  });

  it.each([
    [
      'an unknown column',
      ['prefix,rate,price', '1,0.1,2'],
      'unknown column "price" (known: prefix, destination, rate, connect_fee, initial_increment, increment)',
    ],
    ['no rate column', ['prefix,destination', '1,USA'], 'the header needs the column rate'],
    ['a column twice', ['prefix,rate,rate', '1,0.1,0.1'], 'column rate appears twice'],
  ])('refuses a header with %s', async (_name, lines, message) => {
    expect(await readRateDeck(lines)).toEqual({ rows: [], problems: [{ line: 1, message }], moreProblems: 0 });
  });

  it('refuses an empty file and a header alone', async () => {
    expect((await readRateDeck([])).problems[0]?.message).toMatch(/the file is empty/);
    expect((await readRateDeck([HEADER])).problems).toEqual([{ line: 1, message: 'no rates in the file' }]);
  });

  it('lists the first 100 problems and counts the rest', async () => {
    const bad = Array.from({ length: 150 }, (_, i) => `${i + 1},X,bad,0,60,60`);
    const { problems, moreProblems } = await readRateDeck([HEADER, ...bad]);
    expect(problems).toHaveLength(100);
    expect(problems[99]?.line).toBe(101);
    expect(moreProblems).toBe(50);
  });
});
