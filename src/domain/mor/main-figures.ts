/**
 * The call figures of the main page (004:L38-L72) — missed calls today and in all, this month's and today's calls —
 * kept in memory per user: every login lands on that page, and counting a busy user's calls takes six aggregate
 * queries. An entry holds for its UTC day only (today and this month move at midnight), is dropped as soon as any
 * process tells of a change to the user's calls (CdrChanges), and is read again after MAX_AGE_MS at the latest, for
 * calls written from outside Switchboard (an SQL script, an import on a server without Redis).
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import type { CdrChanges, ChangedUsers } from '../cdr/cdr-changes.ts';
import { callTotals, type CallTotals } from './calls.ts';
import { ALL_TIME, endOfDay, startOfDay, startOfMonth } from './time.ts';

export interface MainFigures {
  missedToday: number;
  missedTotal: number;
  month: CallTotals;
  today: CallTotals;
}

const MAX_AGE_MS = 10_000;
/** Beyond this many users the entries start over (a few hundred bytes each). */
const MAX_ENTRIES = 100_000;

interface Entry {
  /** Start of the UTC day the figures are for. */
  day: number;
  readAt: number;
  /** Shared by the requests that come while it is read: one read however many ask. */
  figures: Promise<MainFigures>;
}

export class MainFiguresCache {
  readonly #changes: CdrChanges;
  readonly #entries = new Map<number, Entry>();
  #listening: Promise<void> | undefined;

  constructor(changes: CdrChanges) {
    this.#changes = changes;
  }

  /** The user's figures as of now; `em` is asked for when they must be read. */
  async figures(userId: number, now: Date, em: () => SqlEntityManager): Promise<MainFigures> {
    // Listening before the first read: a change told while it runs cannot be missed.
    await (this.#listening ??= this.#changes.listen((users) => this.#forget(users)));
    const day = startOfDay(now).getTime();
    const held = this.#entries.get(userId);
    if (held && held.day === day && now.getTime() - held.readAt < MAX_AGE_MS) return held.figures;
    if (this.#entries.size >= MAX_ENTRIES) this.#entries.clear();
    const entry: Entry = { day, readAt: now.getTime(), figures: readFigures(em(), userId, now) };
    this.#entries.set(userId, entry);
    // A failed read is not kept; a read overtaken by a change was already dropped, so its figures go to its own
    // requests only.
    entry.figures.catch(() => {
      if (this.#entries.get(userId) === entry) this.#entries.delete(userId);
    });
    return entry.figures;
  }

  #forget(users: ChangedUsers): void {
    if (users === 'everyone') this.#entries.clear();
    else for (const id of users) this.#entries.delete(id);
  }
}

async function readFigures(em: SqlEntityManager, userId: number, now: Date): Promise<MainFigures> {
  const today = { start: startOfDay(now), end: endOfDay(now) };
  const month = { start: startOfMonth(now), end: today.end };
  const [missedToday, missedTotal, monthCalls, todayCalls] = await Promise.all([
    callTotals(em, { userId, period: today, direction: 'incoming', missed: true }),
    callTotals(em, { userId, period: ALL_TIME, direction: 'incoming', missed: true }),
    callTotals(em, { userId, period: month, direction: 'all' }),
    callTotals(em, { userId, period: today, direction: 'all' }),
  ]);
  return { missedToday: missedToday.count, missedTotal: missedTotal.count, month: monthCalls, today: todayCalls };
}
