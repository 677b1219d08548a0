/**
 * routingtest [ip, caller, called]: where a call would go, answered by the routing engine as a dry run (round robin
 * does not move).
 */
import type { RoutingtestParams, RoutingtestResult } from '../../../../generated/mizu-v2/types.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import type { MizuContext } from '../../mizu/context.ts';

export async function routingtest(params: RoutingtestParams, ctx: MizuContext): Promise<RoutingtestResult> {
  const resolution = await ctx.services.routing.resolveCall({
    ip: params.ip,
    caller: params.caller ?? '',
    called: params.called,
  });
  if (resolution.outcome !== 'routed') {
    throw new SwitchboardError('not-found', `${resolution.outcome}: ${resolution.reason ?? 'no destination'}`);
  }
  return {
    rows: resolution.destinations.map((d) => ({
      order: d.order,
      kind: d.kind,
      target: d.target,
      address: d.address,
      transport: d.transport || undefined,
      caller: d.caller,
      called: d.called,
      maxduration: d.maxDuration,
      via: d.via,
    })),
  };
}
