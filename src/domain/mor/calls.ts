/**
 * A user's calls for the MOR pages and exports, from the shared tb_cdrs. A user's calls are those billed to them
 * (outgoing: user_id) and those made to them (incoming: called_user_id, someone else billed), as the Mizu cdr
 * command sees them. Each of the two is one query on its own index — (user_id, started_at) and
 * (called_user_id, started_at) — read in index order in keyset pages and merged here: never a scan of the table
 * nor a sort, constant memory however long the period, and the connection is free between pages.
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import type { Engine } from '../../persistence/database.ts';
import { timeOf, type Period } from './time.ts';

export type CallDirection = 'all' | 'outgoing' | 'incoming';
export type CallOutcome = 'answered' | 'no_answer' | 'busy' | 'failed';

export interface CallFilter {
  userId: number;
  period: Period;
  direction: CallDirection;
  /** Only calls with this outcome. */
  outcome?: CallOutcome;
  deviceId?: number;
  /** Incoming calls that were not answered. */
  missed?: boolean;
  /** Only calls not yet marked processed (new calls). */
  unprocessed?: boolean;
}

export interface CallRow {
  id: number;
  startedAt: Date;
  caller: string;
  called: string;
  destination: string;
  duration: number;
  /** What the user pays: the cost of calls billed to them, 0 for calls made to them. */
  priceMicros: bigint;
  direction: 'outgoing' | 'incoming';
  outcome: CallOutcome;
  processed: boolean;
}

export const HANGUP_CAUSE: Record<CallOutcome, string> = { answered: 'Answered', no_answer: 'No Answer', busy: 'Busy', failed: 'Failed' };

/** Q.850 causes of an unanswered call: 17 user busy; 16 normal clearing (the caller gave up), 18 no user responding, 19 no answer. */
const OUTCOME_SQL: Record<CallOutcome, string> = {
  answered: 'c.connected_at is not null',
  busy: 'c.connected_at is null and c.disconnect_cause = 17',
  no_answer: 'c.connected_at is null and c.disconnect_cause in (16, 18, 19)',
  failed: 'c.connected_at is null and c.disconnect_cause not in (16, 17, 18, 19)',
};

const OUTCOME_CASE = `case when ${OUTCOME_SQL.answered} then 'answered' when ${OUTCOME_SQL.busy} then 'busy' when ${OUTCOME_SQL.no_answer} then 'no_answer' else 'failed' end`;

const DAY: Record<Engine, string> = {
  sqlite: "strftime('%Y-%m-%d', c.started_at / 1000, 'unixepoch')",
  postgresql: "to_char(c.started_at at time zone 'UTC', 'YYYY-MM-DD')",
};

interface Branch {
  direction: 'outgoing' | 'incoming';
  where: string;
  params: unknown[];
}

/** The WHERE of each direction's index-served query. */
function branches(f: CallFilter): Branch[] {
  const all: Branch[] = [];
  // A missed call is one made to the user: the outgoing side has none.
  if (f.direction !== 'incoming' && !f.missed) all.push({ direction: 'outgoing', where: 'c.user_id = ?', params: [f.userId] });
  if (f.direction !== 'outgoing') all.push({ direction: 'incoming', where: 'c.called_user_id = ? and (c.user_id is null or c.user_id <> ?)', params: [f.userId, f.userId] });
  return all.map((b) => {
    const where = [b.where, 'c.started_at >= ?', 'c.started_at <= ?'];
    const params = [...b.params, f.period.start, f.period.end];
    if (f.missed) where.push('c.connected_at is null');
    if (f.outcome) where.push(OUTCOME_SQL[f.outcome]);
    if (f.deviceId !== undefined) {
      where.push('c.device_id = ?');
      params.push(f.deviceId);
    }
    if (f.unprocessed) {
      where.push('c.processed = ?');
      params.push(false);
    }
    return { direction: b.direction, where: where.join(' and '), params };
  });
}

const COLUMNS = (d: 'outgoing' | 'incoming') =>
  `c.id, c.started_at, c.caller, c.called, c.destination, c.duration, ${d === 'outgoing' ? 'cast(c.cost_micros as text)' : "'0'"} as price,
   '${d}' as direction, ${OUTCOME_CASE} as outcome, c.processed`;

interface RawRow {
  id: number | string;
  started_at: unknown;
  caller: string;
  called: string;
  destination: string;
  duration: number | string;
  price: string;
  direction: 'outgoing' | 'incoming';
  outcome: CallOutcome;
  processed: unknown;
}

function toRow(r: RawRow): CallRow {
  return {
    id: Number(r.id), startedAt: timeOf(r.started_at), caller: r.caller, called: r.called, destination: r.destination,
    duration: Number(r.duration), priceMicros: BigInt(r.price), direction: r.direction, outcome: r.outcome,
    processed: r.processed === true || r.processed === 1 || r.processed === '1',
  };
}

interface Cursor {
  startedAt: Date;
  id: number;
}

/** One page of one direction's calls after cursor, in index order: no sort, and every page costs the same. */
async function branchPage(em: SqlEntityManager, b: Branch, limit: number, newestFirst: boolean, after?: Cursor): Promise<CallRow[]> {
  const params = [...b.params];
  let where = b.where;
  if (after) {
    // A plain range on started_at leads, so the index range starts at the cursor; the OR breaks ties by id.
    where += newestFirst ? ' and c.started_at <= ? and (c.started_at < ? or c.id < ?)' : ' and c.started_at >= ? and (c.started_at > ? or c.id > ?)';
    params.push(after.startedAt, after.startedAt, after.id);
  }
  const order = newestFirst ? 'c.started_at desc, c.id desc' : 'c.started_at, c.id';
  const rows = await em.getConnection().execute<RawRow[]>(`select ${COLUMNS(b.direction)} from tb_cdrs c where ${where} order by ${order} limit ?`, [...params, limit]);
  return rows.map(toRow);
}

/** Every call of one direction, page by page. */
async function* branchRows(em: SqlEntityManager, b: Branch, pageSize: number, newestFirst: boolean): AsyncGenerator<CallRow[]> {
  let after: Cursor | undefined;
  for (;;) {
    const page = await branchPage(em, b, pageSize, newestFirst, after);
    if (page.length) yield page;
    if (page.length < pageSize) return;
    const last = page[page.length - 1]!;
    after = { startedAt: last.startedAt, id: last.id };
  }
}

function before(a: CallRow, b: CallRow, newestFirst: boolean): boolean {
  const d = a.startedAt.getTime() - b.startedAt.getTime() || a.id - b.id;
  return newestFirst ? d > 0 : d < 0;
}

/**
 * Every call of the filter in start order (oldest first, or newest first), a page of pageSize at a time: the two
 * directions' index-ordered streams merged as they come — no sort, no per-row await, constant memory.
 */
export async function* callPages(em: SqlEntityManager, f: CallFilter, options: { pageSize?: number; newestFirst?: boolean } = {}): AsyncGenerator<CallRow[]> {
  const pageSize = options.pageSize ?? 2_000;
  const newestFirst = options.newestFirst === true;
  const streams = branches(f).map((b) => ({ pages: branchRows(em, b, pageSize, newestFirst), page: [] as CallRow[], at: 0, done: false }));
  // Refills a stream whose page is used up: the only await, once a page.
  const refill = async (s: (typeof streams)[number]) => {
    const next = await s.pages.next();
    if (next.done) s.done = true;
    else [s.page, s.at] = [next.value, 0];
  };
  let out: CallRow[] = [];
  for (;;) {
    for (const s of streams) if (s.at === s.page.length && !s.done) await refill(s);
    let pick: (typeof streams)[number] | undefined;
    for (const s of streams) {
      if (s.at < s.page.length && (!pick || before(s.page[s.at]!, pick.page[pick.at]!, newestFirst))) pick = s;
    }
    if (!pick) break;
    out.push(pick.page[pick.at++]!);
    if (out.length === pageSize) {
      yield out;
      out = [];
    }
  }
  if (out.length) yield out;
}

/** The first limit calls of the filter (the pages list the newest). */
export async function firstCalls(em: SqlEntityManager, f: CallFilter, limit: number, newestFirst = true): Promise<CallRow[]> {
  const rows: CallRow[] = [];
  for await (const page of callPages(em, f, { pageSize: Math.min(limit, 2_000), newestFirst })) {
    rows.push(...page.slice(0, limit - rows.length));
    if (rows.length >= limit) break;
  }
  return rows;
}

export interface CallTotals {
  count: number;
  duration: number;
  priceMicros: bigint;
}

/** Count, total duration and price of the filter's calls, summed by the database. */
export async function callTotals(em: SqlEntityManager, f: CallFilter): Promise<CallTotals> {
  const totals: CallTotals = { count: 0, duration: 0, priceMicros: 0n };
  for (const b of branches(f)) {
    const price = b.direction === 'outgoing' ? 'cast(sum(c.cost_micros) as text)' : "'0'";
    const rows = await em.getConnection().execute<{ n: number | string; d: number | string | null; p: string | null }[]>(
      `select count(*) as n, sum(c.duration) as d, ${price} as p from tb_cdrs c where ${b.where}`, b.params,
    );
    totals.count += Number(rows[0]?.n ?? 0);
    totals.duration += Number(rows[0]?.d ?? 0);
    totals.priceMicros += BigInt(rows[0]?.p ?? '0');
  }
  return totals;
}

export interface DayOutcome {
  day: string;
  direction: 'outgoing' | 'incoming';
  outcome: CallOutcome;
  count: number;
  duration: number;
}

/** Calls per UTC day, direction and outcome, counted by the database. */
export async function callsByDay(em: SqlEntityManager, engine: Engine, f: CallFilter): Promise<DayOutcome[]> {
  const out: DayOutcome[] = [];
  for (const b of branches(f)) {
    const rows = await em.getConnection().execute<{ day: string; outcome: CallOutcome; n: number | string; d: number | string | null }[]>(
      `select ${DAY[engine]} as day, ${OUTCOME_CASE} as outcome, count(*) as n, sum(c.duration) as d from tb_cdrs c where ${b.where} group by 1, 2`,
      b.params,
    );
    for (const r of rows) out.push({ day: r.day, direction: b.direction, outcome: r.outcome, count: Number(r.n), duration: Number(r.d ?? 0) });
  }
  return out;
}

/**
 * Marks calls processed (seen). Only the user's incoming calls are touched: answers the ids that are not the
 * user's incoming calls, and changes nothing when there is one.
 */
export async function markProcessed(em: SqlEntityManager, userId: number, ids: number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const unique = [...new Set(ids)];
  const marks = unique.map(() => '?').join(', ');
  const mine = await em.getConnection().execute<{ id: number | string }[]>(
    `select c.id from tb_cdrs c where c.id in (${marks}) and c.called_user_id = ? and (c.user_id is null or c.user_id <> ?)`,
    [...unique, userId, userId],
  );
  const found = new Set(mine.map((r) => Number(r.id)));
  const strangers = unique.filter((id) => !found.has(id));
  if (strangers.length) return strangers;
  await em.getConnection().execute(`update tb_cdrs set processed = ? where id in (${marks})`, [true, ...unique]);
  return [];
}
