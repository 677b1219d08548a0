/**
 * missed_calls (GET /stats/missed_calls; 004:L534-L569): List the user's missed calls for the current period, with
 * their processed flag.
 */
import type { MissedCallsParams, MissedCallsResult } from '../../../../generated/mor/types.ts';
import type { MorContext } from '../context.ts';
import { missedPage, savedMissedPeriod } from '../shared/calls.ts';

export function missedCalls(_params: MissedCallsParams, ctx: MorContext): Promise<MissedCallsResult> {
  return missedPage(ctx, savedMissedPeriod(ctx));
}
