/**
 * session/release [number] (003:L1301-L1322): drops the calls in progress a number is a party of, placed by any
 * process, each with BYE to both legs (domain/telephony/calls), and answers once they are billed; not-found when no
 * call involves the number.
 */
import type { SessionReleaseParams, SessionReleaseResult } from '../../../../generated/minisip/types.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import type { MinisipContext } from '../context.ts';

export async function sessionRelease(params: SessionReleaseParams, ctx: MinisipContext): Promise<SessionReleaseResult> {
  const calls = ctx.services.calls;
  const ended = await Promise.all((await calls.ofNumber(params.number)).map((call) => calls.hangUp(call.id)));
  const count = ended.filter(Boolean).length;
  if (count === 0) throw new SwitchboardError('not-found', `no call in progress involves ${params.number}`);
  return { message: `${count} call${count === 1 ? '' : 's'} of ${params.number} released` };
}
