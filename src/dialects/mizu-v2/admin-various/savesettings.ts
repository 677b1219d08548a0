/** savesettings (001:L551, 002:L528): Write the uncommitted settings (commit pending configuration changes). */
import type { SavesettingsParams, SavesettingsResult } from '../../../../generated/mizu-v2/types.ts';
import { pendingChanges } from '../../../domain/admin/settings.ts';
import type { MizuContext } from '../../mizu/context.ts';

export async function savesettings(_params: SavesettingsParams, ctx: MizuContext): Promise<SavesettingsResult> {
  const changed = await pendingChanges(ctx.em, ctx.services.options);
  await ctx.services.options.load(ctx.em);
  return { saved: changed.length, names: changed.join(',') };
}
