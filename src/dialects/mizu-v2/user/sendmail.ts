/**
 * sendmail [from, to, subject, message] {from can be empty} (001:L348, 002:L361): an e-mail through the configured SMTP
 * server. A user sends from the server's address or the account's own: any other sender would let a user forge mail.
 */
import type { SendmailParams, SendmailResult } from '../../../../generated/mizu-v2/types.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { queueEmail } from '../shared/email.ts';
import { requireUser } from '../shared/request.ts';

export async function sendmail(params: SendmailParams, ctx: MizuContext): Promise<SendmailResult> {
  const user = requireUser(ctx);
  const from = params.from?.trim();
  if (from && !ctx.principal.admin && from.toLowerCase() !== user.email.toLowerCase())
    throw new SwitchboardError('invalid-parameter', 'from must be empty (the server sends) or your account e-mail', [
      { param: 'from', problem: 'not your account e-mail' },
    ]);
  return queueEmail({ ...params, from }, ctx);
}
