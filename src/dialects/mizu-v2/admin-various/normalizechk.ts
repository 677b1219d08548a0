/**
 * normalizechk [called, caller, country] (001:L533, 002:L515): the numbers a call would be sent with after the dial
 * plan's transitions, from the routing engine as a dry run (routingtest's resolution, first destination).
 */
import type { NormalizechkParams, NormalizechkResult } from '../../../../generated/mizu-v2/types.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import type { MizuContext } from '../../mizu/context.ts';

export async function normalizechk(params: NormalizechkParams, ctx: MizuContext): Promise<NormalizechkResult> {
  const resolution = await ctx.services.routing.resolveCall({ caller: params.caller ?? '', called: params.called });
  const first = resolution.destinations[0];
  if (resolution.outcome !== 'routed' || !first)
    throw new SwitchboardError('not-found', `${resolution.outcome}: ${resolution.reason ?? 'no destination'}`);
  return { called: first.called, caller: params.caller === undefined ? undefined : first.caller };
}
