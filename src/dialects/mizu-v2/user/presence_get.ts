/**
 * presence_get (001:L334, 002:L353): each user's presence, answered as the seed's line "OK: puserlist:
 * user1:status1,user2:status2". A registered user answers the string it set (presence_set), else its online code.
 */
import type { PresenceGetParams, PresenceGetResult } from '../../../../generated/mizu-v2/types.ts';
import { ONLINE_STATUS, onlineStatus } from '../../../domain/presence/online-status.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import { withWireText } from '../../mizu/answer/wire-text.ts';
import type { MizuContext } from '../../mizu/context.ts';

export async function presenceGet(params: PresenceGetParams, ctx: MizuContext): Promise<PresenceGetResult> {
  const names = params.userlist ?? (params.userusername ? [params.userusername] : []);
  if (names.length === 0)
    throw new SwitchboardError('missing-parameter', 'missing parameter: userusername or userlist');
  const rows = [];
  for (const name of names) {
    const user = await ctx.services.accounts.cache.find(name, () => ctx.em);
    const code = await onlineStatus(ctx.services.registrations, user?.username);
    const set = code === ONLINE_STATUS.online ? ctx.services.presence.get(name) : undefined;
    rows.push({ user: name, status: set ?? String(code) });
  }
  return withWireText({ rows }, `OK: puserlist: ${rows.map((r) => `${r.user}:${r.status}`).join(',')}`);
}
