/**
 * discall / disccall [dbcallid] (001:L464, 002:L461): hangs up a call in progress, both legs with BYE, and answers
 * once it is billed. dbcallid is the call's number that callback and p2p answered; the process that placed the call
 * hangs it up, whichever process is asked.
 */
import type { DiscallParams, DiscallResult } from '../../../../generated/mizu-v2/types.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import type { MizuContext } from '../../mizu/context.ts';

export async function discall(params: DiscallParams, ctx: MizuContext): Promise<DiscallResult> {
  if (!(await ctx.services.calls.hangUp(params.dbcallid)))
    throw new SwitchboardError('not-found', `no call ${params.dbcallid} in progress`);
  return { message: `call ${params.dbcallid} disconnected` };
}
