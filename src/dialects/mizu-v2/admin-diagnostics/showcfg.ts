/** showcfg (001:L445, 002:L432): Show the server configuration. */
import type { ShowcfgParams, ShowcfgResult } from '../../../../generated/mizu-v2/types.ts';
import { effectiveConfig } from '../../../domain/admin/settings.ts';
import type { MizuContext } from '../../mizu/context.ts';

export function showcfg(_params: ShowcfgParams, ctx: MizuContext): ShowcfgResult {
  return { text: effectiveConfig(ctx.services.config, ctx.services.options) };
}
