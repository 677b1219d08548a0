/**
 * p2p [anum, bnum | bnum, cnum, waitfor] (001:L138, 002:L51-L53, 002:L845-L849): phone to phone. The first number is
 * called; when it answers, the second, and the two are connected by their SDP offer and answer (RFC 3725 flow I,
 * domain/telephony/calls). Billed to the authenticated user. waitfor 1 or 2 answers once it connected or failed.
 */
import type { P2pParams, P2pResult } from '../../../../generated/mizu-v2/types.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { actor, requireUser } from '../shared/request.ts';

export async function p2p(params: P2pParams, ctx: MizuContext): Promise<P2pResult> {
  const numbers = params.anum ? [params.anum, params.bnum] : [params.bnum, params.cnum];
  const [first, second] = numbers;
  if (!first || !second)
    throw new SwitchboardError('missing-number', 'p2p needs two numbers: send anum and bnum (or bnum and cnum)');
  const call = await ctx.services.calls.place(requireUser(ctx), [first, second], actor(ctx));
  if (!params.waitfor) return { message: `call ${call.id} initiated` };
  const setup = await call.setup;
  if (!setup.connected) throw new SwitchboardError('command-failed', `the call did not connect: ${setup.reason}`);
  return { message: `call ${call.id} connected` };
}
