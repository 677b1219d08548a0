/**
 * The filters of the Mizu `cdr` command (002:L392, L752-L776) as one parameterised WHERE clause over tb_cdrs `c`,
 * shaped so each viewer's query runs on an index: (user_id, started_at) and (called_user_id, started_at) for an
 * enduser, started_at for an admin.
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import { SwitchboardError } from '../../platform/errors.ts';

const DAY_MS = 86_400_000;

/** Who asks: an admin sees every call; a user the calls billed to them (out) and to them (in). */
export type CdrViewer = { kind: 'admin'; currency: string } | { kind: 'user'; userId: number; currency: string };

export interface CdrFilter {
  viewer: CdrViewer;
  /** A caller number, or the id or username of the user billed. */
  caller?: string;
  called?: string;
  /** Called numbers starting with it. */
  prefix?: string;
  window: TimeWindow;
  dir: 'all' | 'in' | 'out';
  type: 'all' | 'connected' | 'notconnected';
}

/** Calls started in [from, to). */
export interface TimeWindow {
  from?: Date;
  to?: Date;
}

/**
 * days= as UTC calendar days counted back from now, today included: today (1), yesterday (that day alone),
 * lastweek (7), lastmonth (30), thismonth (since the 1st), N; nothing: every date.
 */
export function dayWindow(days: string | undefined, now: Date = new Date()): TimeWindow {
  if (days === undefined || days === '') return {};
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const back = (n: number): TimeWindow => ({ from: new Date(today - (n - 1) * DAY_MS) });
  switch (days.toLowerCase()) {
    case 'today':
      return back(1);
    case 'yesterday':
      return { from: new Date(today - DAY_MS), to: new Date(today) };
    case 'lastweek':
      return back(7);
    case 'lastmonth':
      return back(30);
    case 'thismonth':
      return { from: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)) };
  }
  const n = /^\d{1,5}$/.test(days) ? Number(days) : NaN;
  if (!(n >= 1))
    throw new SwitchboardError(
      'invalid-parameter',
      `days ${JSON.stringify(days)}: today, yesterday, lastweek, lastmonth, thismonth or a number of days from 1`,
    );
  return back(n);
}

export interface SqlPart {
  sql: string;
  params: unknown[];
}

/** The WHERE clause (without the keyword) for filter; "1 = 1" when nothing filters. */
export async function whereClause(em: SqlEntityManager, filter: CdrFilter): Promise<SqlPart> {
  const terms: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    terms.push(sql);
    params.push(...values);
  };
  const { viewer } = filter;
  if (viewer.kind === 'user') {
    if (filter.dir === 'out') add('c.user_id = ?', viewer.userId);
    else if (filter.dir === 'in') add('c.called_user_id = ?', viewer.userId);
    else add('(c.user_id = ? or c.called_user_id = ?)', viewer.userId, viewer.userId);
  } else if (filter.dir !== 'all') {
    add('c.direction = ?', filter.dir);
  }
  if (filter.window.from) add('c.started_at >= ?', filter.window.from);
  if (filter.window.to) add('c.started_at < ?', filter.window.to);
  if (filter.type === 'connected') add('c.connected_at is not null');
  if (filter.type === 'notconnected') add('c.connected_at is null');
  if (filter.called) add('c.called = ?', filter.called);
  if (filter.prefix) add("c.called like ? escape '!'", `${filter.prefix.replace(/[!%_]/g, '!$&')}%`);
  if (filter.caller) {
    const ids = await userIdsNamed(em, filter.caller);
    add(
      ids.length ? `(c.caller = ? or c.user_id in (${ids.map(() => '?').join(', ')}))` : 'c.caller = ?',
      filter.caller,
      ...ids,
    );
  }
  return { sql: terms.length ? terms.join(' and ') : '1 = 1', params };
}

/** The users a caller= value names: by username, or by id when it is a number. */
async function userIdsNamed(em: SqlEntityManager, caller: string): Promise<number[]> {
  const numeric = /^\d{1,9}$/.test(caller);
  const rows = await em
    .getConnection()
    .execute<{ id: number }[]>(
      numeric ? 'select id from tb_users where username = ? or id = ?' : 'select id from tb_users where username = ?',
      numeric ? [caller, Number(caller)] : [caller],
    );
  return rows.map((r) => Number(r.id));
}
