/** heartbeat [quick/full]: the process is alive; full also checks the database and the shared state. */
import type { HeartbeatParams, HeartbeatResult } from '../../../../generated/mizu-v2/types.ts';
import type { MizuContext } from '../../mizu/context.ts';

export async function heartbeat(params: HeartbeatParams, ctx: MizuContext): Promise<HeartbeatResult> {
  const base = {
    mode: params.mode,
    uptime: Math.floor((Date.now() - ctx.services.startedAt.getTime()) / 1000),
    servertime: new Date().toISOString(),
  };
  if (params.mode === 'quick') return { status: 'ok', ...base };
  const database = await ctx.em
    .getConnection()
    .execute('select 1')
    .then(
      () => 'ok' as const,
      () => 'error' as const,
    );
  return { status: database === 'ok' ? 'ok' : 'error', ...base, database };
}
