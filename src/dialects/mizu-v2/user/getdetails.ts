/**
 * getdetails [mode=min/normal/max] (002:L385): the status page of a webportal — balance and phone status (min), the
 * contact details (normal), and every setting the user form of setfield changes (max, 002:L387-L391).
 */
import type { GetdetailsParams, GetdetailsResult } from '../../../../generated/mizu-v2/types.ts';
import { USER_SET_ONCE, USER_SETTINGS } from '../../../domain/accounts/user-fields.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import { fromMicros } from '../../../platform/money.ts';
import { User } from '../../../persistence/entities/user.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { requireUser } from '../shared/request.ts';

/** Phone status as status answers it: 1 offline — no registration or call exists until the SIP edge runs. */
const OFFLINE = 1;

export async function getdetails(params: GetdetailsParams, ctx: MizuContext): Promise<GetdetailsResult> {
  const user = await ctx.em.findOne(User, { id: requireUser(ctx).id }, { disableIdentityMap: true });
  if (!user) throw new SwitchboardError('user-not-found', 'user not found');
  const min: GetdetailsResult = {
    userid: user.id,
    username: user.username,
    credit: fromMicros(BigInt(user.creditMicros)),
    currency: user.currency,
    status: OFFLINE,
  };
  if (params.mode === 'min') return min;
  const normal = { ...min, name: user.name, email: user.email, phone: user.phone };
  if (params.mode !== 'max') return normal;
  const row = user as unknown as Record<string, unknown>;
  const settings = Object.fromEntries(
    [...USER_SETTINGS, ...USER_SET_ONCE, 'forgotpasswordquestion'].map((field) => [field, row[field]]),
  );
  return { ...normal, displayname: user.displayname, settings };
}
