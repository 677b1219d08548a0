/** regstat (002:L404): the registrations in force, per user and per transport. */
import type { RegstatParams, RegstatResult } from '../../../../generated/mizu-v2/types.ts';
import type { MizuContext } from '../../mizu/context.ts';

export async function regstat(_params: RegstatParams, ctx: MizuContext): Promise<RegstatResult> {
  const bindings = await ctx.services.registrations.all();
  const over = (...transports: string[]) => bindings.filter((b) => transports.includes(b.source.transport)).length;
  return {
    registered: bindings.length,
    registeredusers: new Set(bindings.map((b) => b.username)).size,
    udp: over('udp'),
    tcp: over('tcp'),
    ws: over('ws', 'wss'),
  };
}
