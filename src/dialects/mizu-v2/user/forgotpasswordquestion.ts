/**
 * forgotpasswordquestion [email] (001:L376, 002:L377): the security question of the account with this email address.
 */
import type {
  ForgotpasswordquestionParams,
  ForgotpasswordquestionResult,
} from '../../../../generated/mizu-v2/types.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import type { MizuContext } from '../../mizu/context.ts';

const COMMAND = 'forgotpasswordquestion';

export async function forgotpasswordquestion(
  params: ForgotpasswordquestionParams,
  ctx: MizuContext,
): Promise<ForgotpasswordquestionResult> {
  // Over UDP (no address to ban) the misses count against the command itself.
  if (await ctx.services.bans.udpLocked(COMMAND)) {
    throw new SwitchboardError(
      'access-denied',
      'too many unknown addresses asked over UDP; try again later, or over TCP',
    );
  }
  const rows = await ctx.em
    .getConnection()
    .execute<{ forgotpasswordquestion: string }[]>(
      'select forgotpasswordquestion from tb_users where lower(email) = lower(?) and enabled = true limit 2',
      [params.email],
    );
  if (rows.length === 0) {
    // Unknown addresses count toward a ban, so the command cannot be used to try addresses in bulk.
    await ctx.services.bans.recordFailure(ctx.em, ctx.ip, COMMAND);
    throw new SwitchboardError('user-not-found', 'no account with this email address');
  }
  if (rows.length > 1)
    throw new SwitchboardError('not-found', 'more than one account uses this email address; ask the operator');
  const question = rows[0]!.forgotpasswordquestion;
  if (!question) throw new SwitchboardError('not-found', 'no security question is set for this account');
  return { value: question };
}
