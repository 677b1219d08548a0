/** keepalive and close/exit/quit: control a raw TCP or WebSocket session; over HTTP or UDP they simply answer. */
import type { CloseParams, CloseResult, KeepaliveParams, KeepaliveResult } from '../../../generated/mizu-v2/types.ts';
import type { MizuContext } from '../mizu/context.ts';

export function keepalive(_params: KeepaliveParams, ctx: MizuContext): KeepaliveResult {
  ctx.session?.keepalive();
  return {};
}

export function close(_params: CloseParams, ctx: MizuContext): CloseResult {
  ctx.session?.close();
  return { message: 'bye' };
}
