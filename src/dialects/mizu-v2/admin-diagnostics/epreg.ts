/** epreg (002:L408): the registered contacts, by transport (regtype) and state (regstate: registered). */
import type { EpregParams, EpregResult, EpregRow } from '../../../../generated/mizu-v2/types.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { isoTime } from '../shared/registrations.ts';

const REGISTERED = 'registered';

export async function epreg(params: EpregParams, ctx: MizuContext): Promise<EpregResult> {
  const bindings = await ctx.services.registrations.all();
  const rows: EpregRow[] = bindings.map((b) => ({
    username: b.username,
    contact: b.contact,
    ip: b.source.address,
    port: b.source.port,
    regtype: b.source.transport,
    regstate: REGISTERED,
    expires: isoTime(b.expiresAt),
  }));
  return { rows: rows.filter((r) => matches(r.regtype, params.regtype) && matches(r.regstate, params.regstate)) };
}

function matches(value: string, filter: string | undefined): boolean {
  return !filter || value.toLowerCase() === filter.toLowerCase();
}
