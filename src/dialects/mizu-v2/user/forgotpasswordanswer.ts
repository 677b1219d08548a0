/**
 * forgotpasswordanswer [email, forgotpasswordanswer] (001:L378, 002:L378): the second step of password recovery after
 * forgotpasswordquestion. A right answer gives the account a new password, e-mailed to the account's address; a wrong
 * one counts toward a ban of the address, as a wrong password does.
 */
import type { ForgotpasswordanswerParams, ForgotpasswordanswerResult } from '../../../../generated/mizu-v2/types.ts';
import { answerMatches } from '../../../domain/accounts/secret-answer.ts';
import { emailOff } from '../../../domain/messaging/messaging.ts';
import { sendNewPassword } from '../../../domain/notifications/password-reset.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { actor } from '../shared/request.ts';

const COMMAND = 'forgotpasswordanswer';

export async function forgotpasswordanswer(
  params: ForgotpasswordanswerParams,
  ctx: MizuContext,
): Promise<ForgotpasswordanswerResult> {
  const s = ctx.services;
  if (!s.messaging.email) throw emailOff();
  // Over UDP (no address to ban) the misses count against the command itself.
  if (await s.bans.udpLocked(COMMAND))
    throw new SwitchboardError('access-denied', 'too many wrong answers over UDP; try again later, or over TCP');
  const rows = await ctx.em
    .getConnection()
    .execute<{ id: number | string; username: string; email: string; forgotpasswordanswerhash: string }[]>(
      'select id, username, email, forgotpasswordanswerhash from tb_users where lower(email) = lower(?) and enabled = true limit 2',
      [params.email],
    );
  const user = rows[0];
  if (rows.length > 1)
    throw new SwitchboardError('not-found', 'more than one account uses this email address; ask the operator');
  if (!user || !answerMatches(params.forgotpasswordanswer, user.forgotpasswordanswerhash)) {
    await s.bans.recordFailure(ctx.em, ctx.ip, COMMAND);
    throw new SwitchboardError('auth-failed', 'wrong answer, or no account with this email address');
  }
  await sendNewPassword(
    { em: ctx.em, accounts: s.accounts, messaging: s.messaging, minLength: s.config.passwordPolicy?.minLength ?? 1 },
    { id: Number(user.id), username: user.username, email: user.email },
    actor(ctx),
  );
  return { message: `a new password was sent to ${user.email}` };
}
