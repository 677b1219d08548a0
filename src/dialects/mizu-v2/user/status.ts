/** status (001:L330, 002:L351): the authenticated user's own online status. */
import type { StatusParams, StatusResult } from '../../../../generated/mizu-v2/types.ts';
import { onlineStatus } from '../../../domain/presence/online-status.ts';
import type { MizuContext } from '../../mizu/context.ts';

export async function status(_params: StatusParams, ctx: MizuContext): Promise<StatusResult> {
  return { status: await onlineStatus(ctx.services.registrations, ctx.principal.user?.username) };
}
