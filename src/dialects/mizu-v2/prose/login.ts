/**
 * login: the credentials are proven by the access layer (with a nonce when login is enforced); answers who logged in.
 */
import type { LoginParams, LoginResult } from '../../../../generated/mizu-v2/types.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import type { MizuContext } from '../../mizu/context.ts';

export function login(_params: LoginParams, ctx: MizuContext): LoginResult {
  const user = ctx.principal.user;
  if (!user) throw new SwitchboardError('auth-failed', 'authentication required: send authid with authpwd or authmd5');
  return { userid: user.id, username: user.username, usertype: user.type };
}
