/**
 * changepwd [newpassword, oldpassword] (001:L374, 002:L376): the old password proves the user; the new one must pass
 * the password policy (Accounts.setPassword applies it).
 */
import type { ChangepwdParams, ChangepwdResult } from '../../../../generated/mizu-v2/types.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { actor, requireUser } from '../shared/request.ts';

export async function changepwd(params: ChangepwdParams, ctx: MizuContext): Promise<ChangepwdResult> {
  const user = requireUser(ctx);
  const accounts = ctx.services.accounts;
  if (!accounts.passwordMatches(user, params.oldpassword)) {
    await ctx.services.bans.recordFailure(ctx.em, ctx.ip, user.username);
    throw new SwitchboardError('auth-failed', 'the old password is wrong');
  }
  if (params.newpassword === params.oldpassword)
    throw new SwitchboardError('invalid-parameter', 'the new password is the same as the old one');
  await accounts.setPassword(ctx.em, user.id, params.newpassword, actor(ctx));
  return { message: 'password changed' };
}
