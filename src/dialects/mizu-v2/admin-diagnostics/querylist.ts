/** querylist (001:L430, 002:L419): List the guids of the currently running database queries. */
import type { QuerylistParams, QuerylistResult } from '../../../../generated/mizu-v2/types.ts';
import { runningStatements } from '../../../domain/admin/database-activity.ts';
import type { MizuContext } from '../../mizu/context.ts';

const QUERY_TEXT = 200;

export async function querylist(_params: QuerylistParams, ctx: MizuContext): Promise<QuerylistResult> {
  const own = ctx.services.activity
    .jobs()
    .map((j) => ({ guid: j.guid, started: j.started.toISOString(), source: j.source, query: j.name }));
  const others = (await runningStatements(ctx.services.db)).map((r) => ({
    guid: `pg-${r.pid}`,
    ...(r.started ? { started: r.started.toISOString() } : {}),
    source: r.application || 'postgresql client',
    query: r.query.slice(0, QUERY_TEXT),
  }));
  return { rows: [...own, ...others] };
}
