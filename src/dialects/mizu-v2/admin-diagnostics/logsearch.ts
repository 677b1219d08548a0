/** logsearch (002:L430): Search the server logs (name only in the seed); bare, the latest lines. */
import type { LogsearchParams, LogsearchResult } from '../../../../generated/mizu-v2/types.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { latest } from '../shared/logs.ts';

export function logsearch(params: LogsearchParams, ctx: MizuContext): LogsearchResult {
  const needle = (params.txt ?? '').toLowerCase();
  const lines = ctx.services.recentLog.tail(Number.MAX_SAFE_INTEGER).filter((l) => l.toLowerCase().includes(needle));
  return { text: latest(lines, params.lines).join('\n') };
}
