/**
 * asendemail [from, to, subject, message. from can be empty] (001:L451, 002:L448): the admin's e-mail, queued in the
 * outbox and sent in the background through the configured SMTP server.
 */
import type { AsendemailParams, AsendemailResult } from '../../../../generated/mizu-v2/types.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { queueEmail } from '../shared/email.ts';

export const asendemail = (params: AsendemailParams, ctx: MizuContext): Promise<AsendemailResult> =>
  queueEmail(params, ctx);
