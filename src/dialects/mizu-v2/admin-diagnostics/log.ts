/** log (002:L428): Show the server log (name only in the seed). */
import type { LogParams, LogResult } from '../../../../generated/mizu-v2/types.ts';
import type { MizuContext } from '../../mizu/context.ts';

const DEFAULT_LINES = 100;

export function log(_params: LogParams, ctx: MizuContext): LogResult {
  return { text: ctx.services.recentLog.tail(DEFAULT_LINES).join('\n') };
}
