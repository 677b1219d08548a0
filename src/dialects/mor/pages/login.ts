/** login (POST /api/login; 004:L20-L37): Log in with username and password and start a session. */
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
    throw new SwitchboardError('auth-failed', 'Wrong username or password');
  }
  if (!user.enabled) throw new SwitchboardError('access-denied', 'This account is disabled');
  await ctx.startSession(user);
  return { action: { name: 'login', status: 'ok', status_message: 'Succesfully logged in' } };
}
