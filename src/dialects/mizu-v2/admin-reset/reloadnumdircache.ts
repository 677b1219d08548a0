/**
 * reloadnumdircache (002:L490, by name only): the directory of numbers is the accounts cache (usernames, ids and PINs
 * to users); every cached user is read again from the database on next use.
 */
import type { ReloadnumdircacheParams, ReloadnumdircacheResult } from '../../../../generated/mizu-v2/types.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { forgetCachedUsers } from '../shared/cached-users.ts';

export async function reloadnumdircache(
  _params: ReloadnumdircacheParams,
  ctx: MizuContext,
): Promise<ReloadnumdircacheResult> {
  return { message: `number directory reloaded: ${await forgetCachedUsers(ctx)} cached users dropped` };
}
