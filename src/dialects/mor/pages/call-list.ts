/** call_list (GET /stats/call_list; 004:L452-L491): List the user's calls (CDRs) for the current period. */
import type { CallListParams, CallListResult } from '../../../../generated/mor/types.ts';
import type { MorContext } from '../context.ts';
import { callsPage, savedCalls } from '../shared/calls.ts';

export function callList(_params: CallListParams, ctx: MorContext): Promise<CallListResult> {
  return callsPage(ctx, savedCalls(ctx));
}
