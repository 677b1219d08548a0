/** keepalive (001:L402, 002:L506): Keep the connection alive. */
import type { KeepaliveParams, KeepaliveResult } from '../../../../generated/mizu-v2/types.ts';
import type { MizuContext } from '../../mizu/context.ts';

export function keepalive(_params: KeepaliveParams, ctx: MizuContext): KeepaliveResult {
  ctx.session?.keepalive();
  return {};
}
