/** verifyuser (001:L332, 002:L352): another user's online status; 0 when no such user. */
import type { VerifyuserParams, VerifyuserResult } from '../../../../generated/mizu-v2/types.ts';
import { onlineStatus } from '../../../domain/presence/online-status.ts';
import type { MizuContext } from '../../mizu/context.ts';

export async function verifyuser(params: VerifyuserParams, ctx: MizuContext): Promise<VerifyuserResult> {
  const user = await ctx.services.accounts.cache.find(params.userusername, () => ctx.em);
  return { status: await onlineStatus(ctx.services.registrations, user?.username) };
}
