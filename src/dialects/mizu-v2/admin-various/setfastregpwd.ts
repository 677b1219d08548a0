/**
 * setfastregpwd (002:L540, by name only): the registrar checks digests against the accounts cache; every cached user
 * is dropped so that passwords changed in the database directly count at the next REGISTER.
 */
import type { SetfastregpwdParams, SetfastregpwdResult } from '../../../../generated/mizu-v2/types.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { forgetCachedUsers } from '../shared/cached-users.ts';

export async function setfastregpwd(_params: SetfastregpwdParams, ctx: MizuContext): Promise<SetfastregpwdResult> {
  return { message: `registration passwords reloaded: ${await forgetCachedUsers(ctx)} cached users dropped` };
}
