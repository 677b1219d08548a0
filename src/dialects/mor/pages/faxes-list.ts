/**
 * faxes_list (GET /stats/faxes_list/{userid}; 004:L745-L777): List the faxes the user received in the current period.
 */
import type { FaxesListParams, FaxesListResult } from '../../../../generated/mor/types.ts';
import type { MorContext } from '../context.ts';
import { ownUserId } from '../shared/common.ts';
import { faxesPage, savedFaxes } from '../shared/faxes.ts';

export function faxesList(params: FaxesListParams, ctx: MorContext): Promise<FaxesListResult> {
  const user = ownUserId(ctx, params.userid);
  return faxesPage(ctx, user.id, savedFaxes(ctx));
}
