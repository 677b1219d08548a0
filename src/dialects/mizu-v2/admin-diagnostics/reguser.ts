/**
 * reguser (001:L394, 002:L405, 002:L813-L826, 002:L911-L923): the registered devices. Empty usr: the normal listing
 * (user, id, contact); "all": every field for every user; a username: every field of that user's registrations.
 */
import type { ReguserParams, ReguserResult, ReguserRow } from '../../../../generated/mizu-v2/types.ts';
import type { Binding } from '../../../domain/telephony/registrations.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { isoTime, userIdsOf } from '../shared/registrations.ts';

export async function reguser(params: ReguserParams, ctx: MizuContext): Promise<ReguserResult> {
  const registrations = ctx.services.registrations;
  const usr = params.usr ?? '';
  if (usr === '' || usr.toLowerCase() === 'all') {
    const bindings = await registrations.all();
    const ids = await userIdsOf(bindings, ctx);
    const detailed = usr !== '';
    return {
      rows: bindings.map((b) => {
        const row: ReguserRow = { username: b.username, userid: ids.get(b.username) ?? 0, contact: b.contact };
        return detailed ? { ...row, ...details(b) } : row;
      }),
    };
  }
  const user = await ctx.services.accounts.cache.find(usr, () => ctx.em);
  if (!user) throw new SwitchboardError('user-not-found', `no user ${usr}`);
  const bindings = await registrations.bindingsOf(user.username);
  return {
    rows: bindings.map((b) => ({ username: b.username, userid: user.id, contact: b.contact, ...details(b) })),
  };
}

function details(b: Binding) {
  return {
    ip: b.source.address,
    port: b.source.port,
    transport: b.source.transport,
    useragent: b.userAgent,
    registered: isoTime(b.registeredAt),
    expires: isoTime(b.expiresAt),
  };
}
