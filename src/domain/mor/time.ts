/**
 * Times as the MOR pages show them (004: `2008-03-10 05:41:31`, dates `2008-03-10`, durations `00:20:35`), always
 * UTC, and the periods the call, missed-call and fax pages filter on.
 */
import { SwitchboardError } from '../../platform/errors.ts';

const DAY_MS = 86_400_000;
const PERIOD = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** A period of calls: from start (inclusive) to end (inclusive, to the second). */
export interface Period {
  start: Date;
  end: Date;
}

/** All of time, as far as a call can be: both engines store these bounds. */
export const ALL_TIME: Period = { start: new Date('1970-01-01T00:00:00Z'), end: new Date('9999-12-31T23:59:59Z') };

/** The day of the last time formatted, and its text with the space after it: the calls of an export come day by day. */
let lastDay = NaN;
let lastDayText = '';

/** A Date, or epoch milliseconds (rows of calls carry those: a million exported need no million Dates). */
export function formatDateTime(d: Date | number): string {
  const ms = typeof d === 'number' ? d : d.getTime();
  const day = Math.floor(ms / DAY_MS);
  if (day !== lastDay) {
    lastDayText = `${new Date(day * DAY_MS).toISOString().slice(0, 10)} `;
    lastDay = day;
  }
  return lastDayText + clock(Math.floor((ms - day * DAY_MS) / 1000));
}

export function formatDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Seconds as HH:MM:SS; hours go past 24 for totals. */
export function hms(seconds: number): string {
  return clock(Math.max(0, Math.trunc(seconds)));
}

const ZERO = 48;
const COLON = 58;

/**
 * s seconds as HH:MM:SS. Under 100 hours it is built from character codes in one piece: an export writes two of
 * these a call, and concatenating would leave six short-lived strings behind each.
 */
function clock(s: number): string {
  const h = Math.trunc(s / 3600);
  const m = Math.trunc(s / 60) % 60;
  const sec = s % 60;
  if (h >= 100) return `${h}:${String(m).padStart(2, '0')}:${String(sec).padStart(2, '0')}`;
  return String.fromCharCode(
    ZERO + Math.trunc(h / 10),
    ZERO + (h % 10),
    COLON,
    ZERO + Math.trunc(m / 10),
    ZERO + (m % 10),
    COLON,
    ZERO + Math.trunc(sec / 10),
    ZERO + (sec % 10),
  );
}

export function startOfDay(d: Date): Date {
  return new Date(Math.floor(d.getTime() / DAY_MS) * DAY_MS);
}

export function startOfMonth(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
}

/** The last second of d's day. */
export function endOfDay(d: Date): Date {
  return new Date(startOfDay(d).getTime() + DAY_MS - 1000);
}

/** The period the pages show until the user picks one: this month so far, to the end of today. */
export function defaultPeriod(now: Date): Period {
  return { start: startOfMonth(now), end: endOfDay(now) };
}

/**
 * A period from the pages' YYYY-MM-DD or YYYY-MM-DD HH:MM[:SS] texts: a bare end date means the end of that day.
 * Missing ends take the default period's; an end before the start is refused.
 */
export function parsePeriod(
  start: string | undefined,
  end: string | undefined,
  fallback: Period,
  names = ['period_start', 'period_end'],
): Period {
  const period = {
    start: start ? parseMoment(start, false, names[0]!) : fallback.start,
    end: end ? parseMoment(end, true, names[1]!) : fallback.end,
  };
  if (period.end < period.start) throw new SwitchboardError('invalid-parameter', `${names[1]} is before ${names[0]}`);
  return period;
}

function parseMoment(text: string, endOfDayWhenBare: boolean, name: string): Date {
  const m = PERIOD.exec(text.trim());
  const [y, mo, d, h, mi, s] = (m ?? []).slice(1).map((x) => (x === undefined ? undefined : Number(x)));
  const bare = m !== null && m[4] === undefined;
  const date = m ? new Date(Date.UTC(y!, mo! - 1, d!, h ?? 0, mi ?? 0, s ?? 0)) : undefined;
  if (
    !date ||
    date.getUTCMonth() !== mo! - 1 ||
    date.getUTCDate() !== d! ||
    (h ?? 0) > 23 ||
    (mi ?? 0) > 59 ||
    (s ?? 0) > 59
  ) {
    throw new SwitchboardError(
      'invalid-parameter',
      `${name} must be YYYY-MM-DD or YYYY-MM-DD HH:MM:SS, not ${JSON.stringify(text)}`,
    );
  }
  return bare && endOfDayWhenBare ? endOfDay(date) : date;
}

/** A stored time as epoch milliseconds: SQLite answers them, PostgreSQL a Date (or its text). */
export function epochMsOf(value: unknown): number {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value))) return Number(value);
  return new Date(String(value)).getTime();
}
