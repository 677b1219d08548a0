/** close (001:L404, 002:L507): Close the current connection. */
import type { CloseParams, CloseResult } from '../../../../generated/mizu-v2/types.ts';
import type { MizuContext } from '../../mizu/context.ts';

export function close(_params: CloseParams, ctx: MizuContext): CloseResult {
  ctx.session?.close();
  return { message: 'bye' };
}
