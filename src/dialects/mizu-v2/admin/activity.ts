/**
 * threadlist, threads, threads2, querylist, locks and lists (001/002 Admin — Diagnostics): what the server is busy
 * with — its main thread, its background jobs, the database work in progress and the locks held.
 */
import { performance } from 'node:perf_hooks';
import type {
  ListsParams, ListsResult, LocksParams, LocksResult, QuerylistParams, QuerylistResult, ThreadlistParams, ThreadlistResult,
  Threads2Params, Threads2Result,
} from '../../../../generated/mizu-v2/types.ts';
import { activityOf } from '../../../domain/admin/activity.ts';
import { databaseLocks, runningStatements } from '../../../domain/admin/database-activity.ts';
import { requestsServed } from '../../../domain/admin/status.ts';
import { ApiPolicy } from '../../../persistence/entities/api-policy.ts';
import type { MizuContext } from '../../mizu/context.ts';

const QUERY_TEXT = 200;

export function threadlist(_params: ThreadlistParams, ctx: MizuContext): ThreadlistResult {
  const s = ctx.services;
  const jobs = activityOf(s).jobs().map((j) => ({ id: j.id, name: `${j.name} (${j.source})`, state: j.state, started: j.started.toISOString() }));
  return { rows: [{ id: 0, name: 'main thread: the event loop answering every request', state: 'running', started: s.startedAt.toISOString() }, ...jobs] };
}

export const threads = threadlist;

export async function threads2(params: Threads2Params, ctx: MizuContext): Promise<Threads2Result> {
  const [main, ...jobs] = threadlist(params, ctx).rows;
  const active = new Map(activityOf(ctx.services).jobs().map((j) => [j.id, j.lastactive.toISOString()]));
  return {
    rows: [
      { ...main!, lastactive: new Date().toISOString(), runs: await requestsServed(ctx.services.metrics.requests), utilization: round(performance.eventLoopUtilization().utilization) },
      ...jobs.map((j) => ({ ...j, lastactive: active.get(j.id) })),
    ],
  };
}

export async function querylist(_params: QuerylistParams, ctx: MizuContext): Promise<QuerylistResult> {
  const own = activityOf(ctx.services).jobs().map((j) => ({ guid: j.guid, started: j.started.toISOString(), source: j.source, query: j.name }));
  const others = (await runningStatements(ctx.services.db)).map((r) => ({
    guid: `pg-${r.pid}`, ...(r.started ? { started: r.started.toISOString() } : {}), source: r.application || 'postgresql client', query: r.query.slice(0, QUERY_TEXT),
  }));
  return { rows: [...own, ...others] };
}

export async function locks(_params: LocksParams, ctx: MizuContext): Promise<LocksResult> {
  const own = activityOf(ctx.services).locks().map((l) => ({ name: l.name, mode: 'exclusive', granted: true, owner: l.owner, since: l.since.toISOString(), waiting: l.waiting }));
  const database = (await databaseLocks(ctx.services.db)).map((l) => ({
    name: l.name, mode: l.mode, granted: l.granted, owner: `postgresql pid ${l.pid}`, ...(l.since ? { since: l.since.toISOString() } : {}), waiting: l.waiting,
  }));
  return { rows: [...own, ...database] };
}

export async function lists(_params: ListsParams, ctx: MizuContext): Promise<ListsResult> {
  const s = ctx.services;
  const activity = activityOf(s);
  return {
    rows: [
      { name: 'cached users', count: s.accounts.cache.size },
      { name: 'tb_api rules', count: await ctx.em.count(ApiPolicy, {}) },
      { name: 'global config options set', count: Object.keys(s.options.masked()).length },
      { name: 'banned IPs', count: (await s.state.listBans()).length },
      { name: 'background jobs', count: activity.jobs().length },
      { name: 'locks', count: activity.locks().length },
      { name: 'recent log lines', count: s.recentLog.tail(Number.MAX_SAFE_INTEGER).length },
    ],
  };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
