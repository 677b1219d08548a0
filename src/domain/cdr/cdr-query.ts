/**
 * Call history and its summaries (Mizu `cdr`): the list is one indexed, limited query; every count, duration and
 * cost is summed by the database in one GROUP BY, never in JavaScript over the rows.
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import type { Engine } from '../../persistence/database.ts';
import { fromMicros } from '../../platform/money.ts';
import { whereClause, type CdrFilter, type CdrViewer } from './cdr-filter.ts';

export type CdrFields = 'min' | 'normal' | 'all';
export type CdrOrder = 'date' | 'caller' | 'called' | 'user';
export type CdrGrouping = 'all' | 'day' | 'caller' | 'called';

/** One call, or one summary row; which fields are set depends on the fields asked for (see spec/mizu-v2/cdr.yaml). */
export interface CdrLine {
  id?: number;
  date?: string;
  caller?: string;
  called?: string;
  duration: number;
  cost?: string;
  count?: number;
  currency?: string;
  direction?: 'in' | 'out';
  connected?: boolean;
  destination?: string;
  callid?: string;
  disconnectcause?: number;
  user?: string;
  price?: string;
  profit?: string;
}

const ORDER: Record<CdrOrder, string> = {
  date: 'c.started_at desc, c.id desc',
  caller: 'c.caller, c.started_at desc, c.id desc',
  called: 'c.called, c.started_at desc, c.id desc',
  user: 'c.user_id is null, c.user_id, c.started_at desc, c.id desc',
};

/** The UTC day of a call start as YYYY-MM-DD. */
const DAY: Record<Engine, string> = {
  sqlite: "strftime('%Y-%m-%d', c.started_at / 1000, 'unixepoch')",
  postgresql: "to_char(c.started_at at time zone 'UTC', 'YYYY-MM-DD')",
};

const KEY: Record<Exclude<CdrGrouping, 'all'>, (engine: Engine) => string> = {
  day: (engine) => DAY[engine],
  caller: () => 'c.caller',
  called: () => 'c.called',
};

/** What the viewer pays for a call: an enduser only the calls billed to them. */
function costOf(viewer: CdrViewer): { sql: string; params: unknown[] } {
  return viewer.kind === 'admin'
    ? { sql: 'c.cost_micros', params: [] }
    : { sql: 'case when c.user_id = ? then c.cost_micros else 0 end', params: [viewer.userId] };
}

/** The currency of that cost: a call not billed to an enduser costs them nothing in their own currency. */
function currencyOf(viewer: CdrViewer): { sql: string; params: unknown[] } {
  return viewer.kind === 'admin'
    ? { sql: 'c.currency', params: [] }
    : { sql: 'case when c.user_id = ? then c.currency else ? end', params: [viewer.userId, viewer.currency] };
}

export interface CdrListQuery {
  filter: CdrFilter;
  fields: CdrFields;
  order: CdrOrder;
  limit: number;
}

interface CallRow {
  id: number | string;
  started_at: number | string | Date;
  caller: string;
  called: string;
  duration: number | string;
  cost: string;
  currency: string;
  direction: string;
  connected_at: unknown;
  destination: string;
  sip_call_id: string;
  disconnect_cause: number | string;
  username: string | null;
  price: string;
}

/** The calls matching filter, in order, at most limit. */
export async function listCdrs(em: SqlEntityManager, query: CdrListQuery): Promise<CdrLine[]> {
  const { viewer } = query.filter;
  const where = await whereClause(em, query.filter);
  const cost = costOf(viewer);
  const currency = currencyOf(viewer);
  const direction =
    viewer.kind === 'admin'
      ? { sql: 'c.direction', params: [] as unknown[] }
      : { sql: "case when c.user_id = ? then 'out' else 'in' end", params: [viewer.userId] };
  const rows = await em.getConnection().execute<CallRow[]>(
    `select c.id, c.started_at, c.caller, c.called, c.duration, cast(${cost.sql} as text) as cost, ${currency.sql} as currency, ${direction.sql} as direction,
            c.connected_at, c.destination, c.sip_call_id, c.disconnect_cause, u.username, cast(c.price_micros as text) as price
       from tb_cdrs c left join tb_users u on u.id = c.user_id
      where ${where.sql}
      order by ${ORDER[query.order]}
      limit ?`,
    [...cost.params, ...currency.params, ...direction.params, ...where.params, query.limit],
  );
  return rows.map((r) => callLine(r, query.fields, viewer));
}

function callLine(r: CallRow, fields: CdrFields, viewer: CdrViewer): CdrLine {
  const line: CdrLine = {
    id: Number(r.id),
    date: timeOf(r.started_at).toISOString(),
    caller: r.caller,
    called: r.called,
    duration: Number(r.duration),
  };
  if (fields === 'min') return line;
  const costMicros = BigInt(r.cost);
  Object.assign(line, {
    cost: fromMicros(costMicros),
    currency: r.currency,
    direction: r.direction === 'in' ? 'in' : 'out',
    connected: r.connected_at !== null && r.connected_at !== undefined,
    destination: r.destination,
  });
  if (fields === 'normal') return line;
  Object.assign(line, { callid: r.sip_call_id, disconnectcause: Number(r.disconnect_cause), user: r.username ?? '' });
  if (viewer.kind === 'admin')
    Object.assign(line, { price: fromMicros(BigInt(r.price)), profit: fromMicros(costMicros - BigInt(r.price)) });
  return line;
}

export interface CdrSummaryQuery {
  filter: CdrFilter;
  fields: CdrFields;
  /** undefined: one row per currency for every matching call. */
  by?: Exclude<CdrGrouping, 'all'>;
  limit?: number;
}

interface SummaryRow {
  grp?: string;
  currency: string;
  n: number | string;
  duration: number | string | null;
  cost: string | null;
  price: string | null;
}

/** Count, duration and cost of the matching calls, per group and currency, summed by the database. */
export async function summariseCdrs(em: SqlEntityManager, engine: Engine, query: CdrSummaryQuery): Promise<CdrLine[]> {
  const { viewer } = query.filter;
  const where = await whereClause(em, query.filter);
  const cost = costOf(viewer);
  const currency = currencyOf(viewer);
  const key = query.by ? KEY[query.by](engine) : undefined;
  // Grouped and ordered by column position: the currency expression carries parameters, written once.
  const groups = key ? '1, 2' : '1';
  const rows = await em.getConnection().execute<SummaryRow[]>(
    `select ${key ? `${key} as grp, ` : ''}${currency.sql} as currency, count(*) as n, sum(c.duration) as duration,
            cast(sum(${cost.sql}) as text) as cost, cast(sum(c.price_micros) as text) as price
       from tb_cdrs c
      where ${where.sql}
      group by ${groups}
      order by ${groups}${query.limit ? ' limit ?' : ''}`,
    [...currency.params, ...cost.params, ...where.params, ...(query.limit ? [query.limit] : [])],
  );
  const lines = rows.map((r) => summaryLine(r, query, viewer));
  // "How many calls today" has an answer when there were none: a zero row in the viewer's currency.
  if (!query.by && lines.length === 0) {
    lines.push(summaryLine({ currency: viewer.currency, n: 0, duration: 0, cost: '0', price: '0' }, query, viewer));
  }
  return lines;
}

function summaryLine(r: SummaryRow, query: CdrSummaryQuery, viewer: CdrViewer): CdrLine {
  const line: CdrLine = { duration: Number(r.duration ?? 0), count: Number(r.n) };
  if (query.by === 'day') line.date = String(r.grp);
  if (query.by === 'caller') line.caller = String(r.grp);
  if (query.by === 'called') line.called = String(r.grp);
  if (query.fields === 'min') return line;
  const costMicros = BigInt(r.cost ?? '0');
  Object.assign(line, { cost: fromMicros(costMicros), currency: r.currency });
  if (query.fields === 'all' && viewer.kind === 'admin') {
    const price = BigInt(r.price ?? '0');
    Object.assign(line, { price: fromMicros(price), profit: fromMicros(costMicros - price) });
  }
  return line;
}

/** SQLite answers epoch milliseconds, PostgreSQL a Date. */
function timeOf(value: number | string | Date): Date {
  if (value instanceof Date) return value;
  return typeof value === 'number' || /^\d+$/.test(value) ? new Date(Number(value)) : new Date(value);
}
