// days= names UTC calendar days counted back from now, today included.
import { describe, expect, it } from 'vitest';
import { dayWindow } from '../../../src/domain/cdr/cdr-filter.ts';

const NOW = new Date('2026-03-05T17:45:00Z');
const iso = (w: { from?: Date; to?: Date }) => ({ from: w.from?.toISOString(), to: w.to?.toISOString() });

describe('dayWindow', () => {
  it.each([
    ['today', '2026-03-05T00:00:00.000Z', undefined],
    ['TODAY', '2026-03-05T00:00:00.000Z', undefined],
    ['yesterday', '2026-03-04T00:00:00.000Z', '2026-03-05T00:00:00.000Z'],
    ['lastweek', '2026-02-27T00:00:00.000Z', undefined],
    ['lastmonth', '2026-02-04T00:00:00.000Z', undefined],
    ['thismonth', '2026-03-01T00:00:00.000Z', undefined],
    ['1', '2026-03-05T00:00:00.000Z', undefined],
    ['10', '2026-02-24T00:00:00.000Z', undefined],
    ['365', '2025-03-06T00:00:00.000Z', undefined],
  ])('days=%s starts at %s', (days, from, to) => {
    expect(iso(dayWindow(days, NOW))).toEqual({ from, to });
  });

  it('no days: every date', () => expect(dayWindow(undefined, NOW)).toEqual({}));

  it.each(['0', '-1', 'week', '1.5'])('refuses days=%s', (days) => {
    expect(() => dayWindow(days, NOW)).toThrow(/days/);
  });
});
