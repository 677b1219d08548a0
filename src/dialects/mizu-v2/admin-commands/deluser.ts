/** deluser [u_id or u_username]: delete a user (002:L445); param1 is the id when all digits, else the username. */
import type { DeluserParams, DeluserResult } from '../../../../generated/mizu-v2/types.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import { User } from '../../../persistence/entities/user.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { actor } from '../shared/request.ts';

export async function deluser(params: DeluserParams, ctx: MizuContext): Promise<DeluserResult> {
  const positional = ctx.raw.param5;
  const id =
    params.u_id ??
    (params.u_username === undefined && positional && /^\d+$/.test(positional) ? Number(positional) : undefined);
  const username = params.u_username ?? (id === undefined ? positional || undefined : undefined);
  if (id === undefined && username === undefined)
    throw new SwitchboardError('missing-parameter', 'missing parameter: u_id or u_username');
  const user = await ctx.em.findOne(User, id !== undefined ? { id } : { username: username! }, {
    fields: ['id', 'username'],
    disableIdentityMap: true,
  });
  if (!user) throw new SwitchboardError('user-not-found', `no user ${id ?? username}`);
  const self = ctx.principal.actingAdmin ?? ctx.principal.user;
  if (self?.id === user.id)
    throw new SwitchboardError('access-denied', 'the account this request is authenticated as cannot delete itself');
  if (user.username === ctx.services.config.admin.username)
    throw new SwitchboardError('access-denied', `${user.username} is the admin named in the server config`);
  const deleted = await ctx.services.accounts.remove(ctx.em, user.id, actor(ctx));
  return { message: `user ${deleted} deleted` };
}
