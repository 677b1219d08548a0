/** showlog (001:L438, 002:L427): Show the last lines of the requested log file. */
import type { ShowlogParams, ShowlogResult } from '../../../../generated/mizu-v2/types.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { latest } from '../shared/logs.ts';

export function showlog(params: ShowlogParams, ctx: MizuContext): ShowlogResult {
  const recent = ctx.services.recentLog;
  switch (params.log) {
    case 'main':
      return { text: recent.tail(params.lines).join('\n') };
    case 'tcp':
      return { text: latest(recent.tail(Number.MAX_SAFE_INTEGER).filter(isRequestLine), params.lines).join('\n') };
    case 'sip':
      throw new SwitchboardError('not-found', 'there is no SIP log: the SIP edge is not running');
    case 'gk':
      throw new SwitchboardError(
        'unsupported',
        "the gk log belongs to the vendor's H.323 gatekeeper module, which Switchboard does not have",
      );
    case 'sh':
      throw new SwitchboardError(
        'unsupported',
        'the seed does not say what the sh log is, and Switchboard keeps no such log: use main or tcp',
      );
  }
}

/** The line the pipeline writes for every request it answers. */
function isRequestLine(line: string): boolean {
  try {
    const entry = JSON.parse(line) as { msg?: string; transport?: string };
    return entry.msg === 'request' && entry.transport !== undefined;
  } catch {
    return false;
  }
}
