/**
 * The implemented Mizu v1 commands: each does what its Mizu v2 counterpart (`mapsTo` in spec/mizu-v1/) does, with
 * the old parameter names. `satisfies` pins them to the spec.
 */
import type { MizuV1Handlers, AddcreditParams, AdduserParams, BalanceParams } from '../../../generated/mizu-v1/types.ts';
import { SwitchboardError } from '../../domain/errors.ts';
import type { MizuContext } from '../../runtime/mizu/context.ts';
import { addcredit as addcreditV2 } from '../mizu-v2/addcredit.ts';
import { balance as balanceV2 } from '../mizu-v2/balance.ts';
import { newuseri } from '../mizu-v2/newuseri.ts';

export const mizuV1Handlers = {
  /** The user's credit: "OK: 12.50". */
  balance: (_params: BalanceParams, ctx: MizuContext) => ({ value: balanceV2({}, ctx).credit }),
  /** "Add credit amount to user usr (trusted source only)". */
  addcredit: (params: AddcreditParams, ctx: MizuContext) => {
    const user = ctx.principal.user;
    if (!user) throw new SwitchboardError('missing-parameter', 'missing parameter: usr (the user to credit)');
    return addcreditV2({ pin: user.username, credit: params.credit }, ctx);
  },
  /** "add new prepaid enduser". */
  adduser: async (params: AdduserParams, ctx: MizuContext) => {
    const created = await newuseri({ u_username: params.u_username, u_password: params.u_password, u_name: params.u_name, u_email: params.u_email, credit: params.credit }, ctx);
    return { message: `user ${created.username} created (id ${created.userid})` };
  },
} satisfies MizuV1Handlers<MizuContext>;
