/**
 * update_personal_details (POST /users/update_personal_details/{userid}; 004:L123-L142, 004:L99-L120): Change the
 * user's personal and registration details (the "Change" button).
 */
import type { UpdatePersonalDetailsParams, UpdatePersonalDetailsResult } from '../../../../generated/mor/types.ts';
import { changeDetails } from '../../../domain/mor/personal-details.ts';
import type { MorContext } from '../context.ts';
import { failingAs, ownUserId } from '../shared/common.ts';

export async function updatePersonalDetails(
  params: UpdatePersonalDetailsParams,
  ctx: MorContext,
): Promise<UpdatePersonalDetailsResult> {
  const user = ownUserId(ctx, params.userid);
  const { userid: _userid, ...change } = params;
  await failingAs('Personal details not changed', () =>
    changeDetails(ctx.em, ctx.services.accounts.cache, user.id, change, {
      name: user.username,
      requestId: ctx.requestId,
    }),
  );
  return { action: { name: 'edit_personal', status: 'ok', status_message: 'Personal details changed' } };
}
