/** threads2 (001:L428, 002:L418): Show the thread list (alternate form). */
import { performance } from 'node:perf_hooks';
import type { Threads2Params, Threads2Result } from '../../../../generated/mizu-v2/types.ts';
import { requestsServed } from '../../../domain/admin/status.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { threadlist } from './threadlist.ts';

export async function threads2(params: Threads2Params, ctx: MizuContext): Promise<Threads2Result> {
  const [main, ...jobs] = threadlist(params, ctx).rows;
  const active = new Map(ctx.services.activity.jobs().map((j) => [j.id, j.lastactive.toISOString()]));
  return {
    rows: [
      {
        ...main!,
        lastactive: new Date().toISOString(),
        runs: await requestsServed(ctx.services.metrics.requests),
        utilization: round(performance.eventLoopUtilization().utilization),
      },
      ...jobs.map((j) => ({ ...j, lastactive: active.get(j.id) })),
    ],
  };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
