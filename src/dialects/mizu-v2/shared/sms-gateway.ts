/** httpsmscallbackip: "allow SMS commands only for this ip (or multiple IP separated by comma)" (000:L145-L146). */
import { inList } from '../../../domain/access/trust.ts';
import type { MizuContext } from '../../mizu/context.ts';

/** The addresses set, and whether the request came from one of them (never through an unknown proxy). */
export function smsGatewayAddress(ctx: MizuContext): { set: boolean; matches: boolean } {
  const list = ctx.services.options.list('httpsmscallbackip');
  return { set: list.length > 0, matches: !ctx.viaUnknownProxy && inList(ctx.ip, list) };
}
