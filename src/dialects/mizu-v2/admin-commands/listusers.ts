/**
 * listusers [u_type, u_maxcount, u_extended, u_order] (002:L446): the users, filtered, limited and ordered by a real
 * column.
 */
import type { FilterQuery } from '@mikro-orm/core';
import type { ListusersParams, ListusersResult, ListusersRow } from '../../../../generated/mizu-v2/types.ts';
import { findColumn, findTable } from '../../../domain/accounts/table-fields.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import { fromMicros } from '../../../platform/money.ts';
import { User, type UserRow } from '../../../persistence/entities/user.ts';
import type { MizuContext } from '../../mizu/context.ts';

/** Ordering by a secret would tell something about it. */
const SECRET_PROPERTIES = new Set(['passwordSealed', 'forgotpasswordanswerhash', 'pin']);

/**
 * The seed's numbers are addserver's u_type (kept in servertype), and 0 is also tb_users type 0, the end users, in the
 * seed's SQL examples (002:L788): a number answers every account either reading names.
 */
function typeFilter(uType: ListusersParams['u_type']): FilterQuery<UserRow> {
  if (uType === undefined) return {};
  if (typeof uType === 'string') return { type: uType };
  return uType === 0 ? { $or: [{ servertype: 0 }, { type: 'enduser' }] } : { servertype: uType };
}

export async function listusers(params: ListusersParams, ctx: MizuContext): Promise<ListusersResult> {
  const [field = 'id', direction = 'asc'] = params.u_order.split(' ');
  const property =
    field.toLowerCase() === 'credit' ? 'creditMicros' : findColumn(findTable(ctx.em, 'tb_users'), field).name;
  if (SECRET_PROPERTIES.has(property)) {
    throw new SwitchboardError('invalid-parameter', `cannot order by ${field}`);
  }
  const order = direction.toLowerCase() as 'asc' | 'desc';
  const users = await ctx.em.find(User, typeFilter(params.u_type), {
    orderBy: { [property]: order, ...(property === 'id' ? {} : { id: 'asc' }) } as never,
    limit: params.u_maxcount,
    disableIdentityMap: true,
  });
  return {
    rows: users.map((u): ListusersRow => {
      const row: ListusersRow = {
        id: u.id,
        username: u.username,
        name: u.name,
        type: u.type,
        enabled: u.enabled,
        credit: fromMicros(BigInt(u.creditMicros)),
      };
      if (!params.u_extended) return row;
      return {
        ...row,
        email: u.email,
        phone: u.phone,
        currency: u.currency,
        country: u.country,
        postpaid: u.postpaid,
        ...(u.parentId !== null && u.parentId !== undefined ? { parentid: u.parentId } : {}),
        created: u.createdAt.toISOString(),
      };
    }),
  };
}
