/**
 * login (POST /api/login; 004:L20-L37): Log in with username and password and start a session. The answer is MOR's
 * (puneet18190/mor1 app/models/mor_api.rb loggin_output / failed_loggin_output): user_id on success, "Login failed".
 */
import type { LoginParams, LoginResult } from '../../../../generated/mor/types.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import { secretsEqual } from '../../../platform/secret-box.ts';
import { failed } from '../authenticate.ts';
import type { MorContext } from '../context.ts';

export async function login(params: LoginParams, ctx: MorContext): Promise<LoginResult> {
  const { services: s, em } = ctx;
  const user = await s.accounts.cache.find(params.u, () => em);
  // MOR logs in by username only (the cache also finds ids, which are not credentials here).
  if (!user || user.username !== params.u || !secretsEqual(params.p, s.accounts.clearPassword(user))) {
    await failed(s, em, ctx.ip, user ? 'wrong password' : 'unknown username', params.u);
    throw new SwitchboardError('auth-failed', 'Login failed');
  }
  // MOR logs in only a user not blocked (api_controller.rb check_user_for_login): a blocked one is "Login failed" too.
  if (!user.enabled) throw new SwitchboardError('access-denied', 'Login failed');
  await ctx.startSession(user);
  return { action: { name: 'login', status: 'ok', user_id: user.id, status_message: 'Successfully logged in' } };
}
