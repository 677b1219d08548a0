/**
 * A user's calls for the MOR pages and exports, from the shared tb_cdrs. A user's calls are those billed to them
 * (outgoing: user_id) and those made to them (incoming: called_user_id, someone else billed), as the Mizu cdr
 * command sees them. Each of the two is read on its own index — (user_id, started_at) and (called_user_id,
 * started_at) — and a page of calls is one UNION ALL of both in index order, which the database merges (SQLite's
 * MERGE (UNION ALL), PostgreSQL's Merge Append): never a scan of the table nor a sort of it, constant memory
 * however long the period, and the connection is free between pages. PostgreSQL's CSV export reads all of a period
 * as one COPY statement instead (callCopyLines).
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import type { Engine } from '../../persistence/database.ts';
import { copyLines } from '../../persistence/postgres-copy.ts';
import { sqliteRows, type SqliteRows } from '../../persistence/sqlite-rows.ts';
import type { CdrChanges } from '../cdr/cdr-changes.ts';
import { epochMsOf, type Period } from './time.ts';

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
  /** Epoch milliseconds. */
  startedAtMs: number;
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

export const HANGUP_CAUSE: Record<CallOutcome, string> = {
  answered: 'Answered',
  no_answer: 'No Answer',
  busy: 'Busy',
  failed: 'Failed',
};

/**
 * Q.850 causes of an unanswered call: 17 user busy; 16 normal clearing (the caller gave up), 18 no user responding, 19
 * no answer.
 */
const OUTCOME_SQL: Record<CallOutcome, string> = {
  answered: 'c.connected_at is not null',
  busy: 'c.connected_at is null and c.disconnect_cause = 17',
  no_answer: 'c.connected_at is null and c.disconnect_cause in (16, 18, 19)',
  failed: 'c.connected_at is null and c.disconnect_cause not in (16, 17, 18, 19)',
};

/** The outcomes in the order a call is classified: the first whose condition holds (failed: none of the others). */
export const OUTCOMES = ['answered', 'busy', 'no_answer', 'failed'] as const satisfies readonly CallOutcome[];

/** The outcome of c as SQL, each outcome written as `as(outcome, index)`. */
function outcomeCase(as: (outcome: CallOutcome, index: number) => string): string {
  const whens = OUTCOMES.slice(0, -1).map((o, i) => `when ${OUTCOME_SQL[o]} then ${as(o, i)}`);
  return `case ${whens.join(' ')} else ${as('failed', OUTCOMES.length - 1)} end`;
}

const OUTCOME_CASE = outcomeCase((o) => `'${o}'`);
const OUTCOME_INDEX_CASE = outcomeCase((_o, i) => String(i));

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
  if (f.direction !== 'incoming' && !f.missed)
    all.push({ direction: 'outgoing', where: 'c.user_id = ?', params: [f.userId] });
  if (f.direction !== 'outgoing')
    all.push({
      direction: 'incoming',
      where: 'c.called_user_id = ? and (c.user_id is null or c.user_id <> ?)',
      params: [f.userId, f.userId],
    });
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

const DIRECTIONS = ['outgoing', 'incoming'] as const;

/** What the user pays for a call of direction d, as text (a bigint). */
const PRICE = (d: 'outgoing' | 'incoming') => (d === 'outgoing' ? 'cast(c.cost_micros as text)' : "'0'");

// The direction and the outcome come as indexes, not names: a million exported rows need no million strings.
const COLUMNS = (d: 'outgoing' | 'incoming') =>
  `c.id, c.started_at, c.caller, c.called, c.destination, c.duration, ${PRICE(d)} as price,
   ${DIRECTIONS.indexOf(d)} as direction, ${OUTCOME_INDEX_CASE} as outcome, c.processed`;

interface RawRow {
  id: number | string;
  started_at: unknown;
  caller: string;
  called: string;
  destination: string;
  duration: number | string;
  price: string;
  direction: number | string;
  outcome: number | string;
  processed: unknown;
}

function toRow(r: RawRow): CallRow {
  return {
    id: Number(r.id),
    startedAtMs: epochMsOf(r.started_at),
    caller: r.caller,
    called: r.called,
    destination: r.destination,
    duration: Number(r.duration),
    priceMicros: BigInt(r.price),
    direction: DIRECTIONS[Number(r.direction)]!,
    outcome: OUTCOMES[Number(r.outcome)]!,
    processed: r.processed === true || r.processed === 1 || r.processed === '1',
  };
}

interface Cursor {
  startedAt: Date;
  id: number;
}

type Columns = (d: 'outgoing' | 'incoming') => string;

/**
 * The query of one page of the filter's calls after cursor: both directions, each in its index's order, merged by the
 * database.
 */
function pageQuery(
  engine: Engine,
  f: CallFilter,
  columns: Columns,
  limit: number,
  newestFirst: boolean,
  after?: Cursor,
): Arm | undefined {
  const arms = branches(f).map((b): Arm => {
    if (!after) return { sql: `select ${columns(b.direction)} from tb_cdrs c where ${b.where}`, params: b.params };
    // A plain range on started_at leads, so the index range starts at the cursor; the OR breaks ties by id.
    const next = newestFirst
      ? 'c.started_at <= ? and (c.started_at < ? or c.id < ?)'
      : 'c.started_at >= ? and (c.started_at > ? or c.id > ?)';
    return {
      sql: `select ${columns(b.direction)} from tb_cdrs c where ${b.where} and ${next}`,
      params: [...b.params, after.startedAt, after.startedAt, after.id],
    };
  });
  if (arms.length === 0) return undefined;
  const order = newestFirst ? 'started_at desc, id desc' : 'started_at, id';
  return arms.length === 1 ? firstOf(arms[0]!, order, limit) : MERGED[engine](arms, order, limit);
}

async function page(
  em: SqlEntityManager,
  engine: Engine,
  f: CallFilter,
  limit: number,
  newestFirst: boolean,
  after?: Cursor,
): Promise<CallRow[]> {
  const query = pageQuery(engine, f, COLUMNS, limit, newestFirst, after);
  if (!query) return [];
  const rows = await em.getConnection().execute<RawRow[]>(query.sql, query.params);
  return rows.map(toRow);
}

interface Arm {
  sql: string;
  params: unknown[];
}

function firstOf(arm: Arm, order: string, limit: number): Arm {
  return { sql: `${arm.sql} order by ${order} limit ?`, params: [...arm.params, limit] };
}

/**
 * Both arms merged in order, the first limit rows. SQLite merges a plain UNION ALL along both indexes and stops at the
 * limit; PostgreSQL would read every later row of both and sort them unless each arm has its own order and limit.
 */
const MERGED: Record<Engine, (arms: Arm[], order: string, limit: number) => Arm> = {
  sqlite: (arms, order, limit) =>
    firstOf({ sql: arms.map((a) => a.sql).join(' union all '), params: arms.flatMap((a) => a.params) }, order, limit),
  postgresql: (arms, order, limit) => {
    const limited = arms.map((a) => firstOf(a, order, limit));
    return firstOf(
      { sql: limited.map((a) => `(${a.sql})`).join(' union all '), params: limited.flatMap((a) => a.params) },
      order,
      limit,
    );
  },
};

/** Pages of pageSize rows, each after the last row of the one before, until one comes short. */
async function* keysetPages<R>(
  pageAfter: (after?: Cursor) => Promise<R[]> | R[],
  cursorOf: (row: R) => Cursor,
  pageSize: number,
): AsyncGenerator<R[]> {
  let after: Cursor | undefined;
  for (;;) {
    const rows = await pageAfter(after);
    if (rows.length) yield rows;
    if (rows.length < pageSize) return;
    after = cursorOf(rows[rows.length - 1]!);
  }
}

/** Every call of the filter in start order (oldest first, or newest first), a page of pageSize at a time. */
export function callPages(
  em: SqlEntityManager,
  engine: Engine,
  f: CallFilter,
  options: { pageSize?: number; newestFirst?: boolean } = {},
): AsyncGenerator<CallRow[]> {
  const pageSize = options.pageSize ?? 2_000;
  const newestFirst = options.newestFirst === true;
  return keysetPages(
    (after) => page(em, engine, f, pageSize, newestFirst, after),
    (c) => ({ startedAt: new Date(c.startedAtMs), id: c.id }),
    pageSize,
  );
}

/**
 * A call as SQLite's CSV export reads it (callValuePages), in this column order: the start in epoch milliseconds, the
 * outcome as its index in OUTCOMES, the price in micro-units as text (a bigint), the id last (the next page's cursor).
 */
export type CallValues = [
  startedAtMs: number,
  caller: string,
  called: string,
  destination: string,
  duration: number,
  outcome: number,
  priceMicros: string,
  id: number,
];

const VALUE_COLUMNS: Columns = (d) =>
  `c.started_at, c.caller, c.called, c.destination, c.duration, ${OUTCOME_INDEX_CASE} as outcome, ${PRICE(d)} as price, c.id`;

/**
 * Every call of the filter, oldest first, on SQLite, as CallValues: the pages of callPages without a row object
 * each, read by two statements (the first page, the pages after a cursor) prepared once for the whole export.
 */
export function callValuePages(em: SqlEntityManager, f: CallFilter, pageSize = 2_000): AsyncGenerator<CallValues[]> {
  const statements = new Map<string, SqliteRows>();
  const pageAfter = async (after?: Cursor): Promise<CallValues[]> => {
    const query = pageQuery('sqlite', f, VALUE_COLUMNS, pageSize, false, after);
    if (!query) return [];
    let rows = statements.get(query.sql);
    if (!rows) statements.set(query.sql, (rows = await sqliteRows(em, query.sql)));
    return rows(query.params) as CallValues[];
  };
  return keysetPages(pageAfter, (c) => ({ startedAt: new Date(c[0]), id: c[7] }), pageSize);
}

/** A call as callCopyLines orders it, then sends it: after started_at and id, the fields of the export's lines. */
const COPY_COLUMNS: Columns = (d) =>
  `c.started_at, c.id, (extract(epoch from c.started_at) * 1000)::bigint as ms, c.caller, c.called, c.destination, c.duration, ${OUTCOME_INDEX_CASE} as outcome, ${PRICE(d)} as price`;

/**
 * Every call of the filter, oldest first, on PostgreSQL, as COPY text lines (postgres-copy.ts): both directions in one
 * statement, each line a call's start in epoch milliseconds, caller, called, destination, duration, outcome (its index
 * in OUTCOMES) and price (micro-units). PostgreSQL 15 sorts the union rather than merge its index scans (a
 * million calls: ~0.7 s before the first row, as `psql \copy` of the same rows pays), then sends rows as fast as
 * Node takes them.
 */
export function callCopyLines(em: SqlEntityManager, f: CallFilter): AsyncIterable<string> | Iterable<string> {
  const arms = branches(f);
  if (arms.length === 0) return [];
  // Ordered outside the union, so started_at and id are not sent.
  const union = arms
    .map((b) => `select ${COPY_COLUMNS(b.direction)} from tb_cdrs c where ${b.where}`)
    .join(' union all ');
  return copyLines(
    em,
    `select ms, caller, called, destination, duration, outcome, price from (${union}) calls order by started_at, id`,
    arms.flatMap((b) => b.params),
  );
}

/** The first limit calls of the filter (the pages list the newest). */
export async function firstCalls(
  em: SqlEntityManager,
  engine: Engine,
  f: CallFilter,
  limit: number,
  newestFirst = true,
): Promise<CallRow[]> {
  const rows: CallRow[] = [];
  for await (const page of callPages(em, engine, f, { pageSize: Math.min(limit, 2_000), newestFirst })) {
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
    const rows = await em
      .getConnection()
      .execute<{ n: number | string; d: number | string | null; p: string | null }[]>(
        `select count(*) as n, sum(c.duration) as d, ${price} as p from tb_cdrs c where ${b.where}`,
        b.params,
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
    const rows = await em
      .getConnection()
      .execute<{ day: string; outcome: CallOutcome; n: number | string; d: number | string | null }[]>(
        `select ${DAY[engine]} as day, ${OUTCOME_CASE} as outcome, count(*) as n, sum(c.duration) as d from tb_cdrs c where ${b.where} group by 1, 2`,
        b.params,
      );
    for (const r of rows)
      out.push({
        day: r.day,
        direction: b.direction,
        outcome: r.outcome,
        count: Number(r.n),
        duration: Number(r.d ?? 0),
      });
  }
  return out;
}

/**
 * Marks calls processed (seen). Only the user's incoming calls are touched: answers the ids that are not the
 * user's incoming calls, and changes nothing when there is one.
 */
export async function markProcessed(
  em: SqlEntityManager,
  changes: CdrChanges,
  userId: number,
  ids: number[],
): Promise<number[]> {
  if (ids.length === 0) return [];
  const unique = [...new Set(ids)];
  const marks = unique.map(() => '?').join(', ');
  const mine = await em
    .getConnection()
    .execute<{ id: number | string }[]>(
      `select c.id from tb_cdrs c where c.id in (${marks}) and c.called_user_id = ? and (c.user_id is null or c.user_id <> ?)`,
      [...unique, userId, userId],
    );
  const found = new Set(mine.map((r) => Number(r.id)));
  const strangers = unique.filter((id) => !found.has(id));
  if (strangers.length) return strangers;
  await em.getConnection().execute(`update tb_cdrs set processed = ? where id in (${marks})`, [true, ...unique]);
  await changes.changed([userId]);
  return [];
}
