/** reload (001:L481, 002:L475): Reload the current configuration without restarting the server. */
import type { ReloadParams, ReloadResult } from '../../../../generated/mizu-v2/types.ts';
import { pendingChanges } from '../../../domain/admin/settings.ts';
import type { MizuContext } from '../../mizu/context.ts';

export async function reload(_params: ReloadParams, ctx: MizuContext): Promise<ReloadResult> {
  const changed = await pendingChanges(ctx.em, ctx.services.options);
  await ctx.services.options.load(ctx.em);
  return { message: `configuration reloaded (${changed.length} setting${changed.length === 1 ? '' : 's'} changed)` };
}
