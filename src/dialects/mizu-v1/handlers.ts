/**
 * The implemented Mizu v1 commands: each does what its Mizu v2 counterpart (`mapsTo` in spec/mizu-v1/) does, with
 * the old parameter names. `satisfies` pins them to the spec.
 */
import type { MizuV1Handlers, AddcreditParams, AdduserParams, BalanceParams, ChargeParams, CliParams, DbParams, OopParams, RatingParams } from '../../../generated/mizu-v1/types.ts';
import { SwitchboardError } from '../../platform/errors.ts';
import type { MizuContext } from '../mizu/context.ts';
import { addcredit as addcreditV2 } from '../mizu-v2/addcredit.ts';
import { balance as balanceV2 } from '../mizu-v2/balance.ts';
import { newuseri } from '../mizu-v2/newuseri.ts';
import { charge as chargeV2 } from '../mizu-v2/accounts/charge.ts';
import { cli as cliV2 } from '../mizu-v2/accounts/own-numbers.ts';
import { db as dbV2 } from '../mizu-v2/admin/db.ts';
import { rating as ratingV2 } from '../mizu-v2/calls/rating.ts';
import { renderAnswer } from '../mizu/answer/index.ts';
import { runConsoleLine } from './console.ts';

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
  /** "rate request": the rate of the number in anum. */
  rating: async (params: RatingParams, ctx: MizuContext) => {
    const r = await ratingV2({ bnum: params.anum }, ctx);
    return { prefix: r.prefix, rate: r.rate, currency: r.currency, destination: r.destination };
  },
  /** "recharge using recharge PIN": the PIN code in anum. */
  charge: (params: ChargeParams, ctx: MizuContext) => chargeV2({ pin: params.anum }, ctx),
  /** "add pin less number (ANI)". */
  cli: (params: CliParams, ctx: MizuContext) => cliV2({ anum: params.anum }, ctx),
  /** "any database query": rows as the v2 text answer shows them. */
  db: async (params: DbParams, ctx: MizuContext) => ({
    text: renderAnswer('cleartext', { ok: true, kind: 'list', data: await dbV2({ txt: params.txt }, ctx) }).body,
  }),
  oop: async (params: OopParams, ctx: MizuContext) => ({ text: await runConsoleLine(params.txt, ctx) }),
} satisfies MizuV1Handlers<MizuContext>;
