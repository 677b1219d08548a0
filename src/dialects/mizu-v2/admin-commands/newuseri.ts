/**
 * newuseri (and the deprecated newuser / adduser it replaces): create a user from trusted/admin sources. The text
 * answer is the seed's bare "OK" (001:L85, 002:L131); the new account's id and name stay in json and xml.
 */
import type { AdduserParams, NewuseriParams, NewuseriResult } from '../../../../generated/mizu-v2/types.ts';
import { amountParam } from '../../../platform/money.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { actorName } from '../../mizu/principal.ts';
import { withWireText } from '../../mizu/answer/wire-text.ts';

export async function newuseri(params: NewuseriParams | AdduserParams, ctx: MizuContext): Promise<NewuseriResult> {
  const extra = params as Partial<NewuseriParams>;
  const created = await ctx.services.accounts.create(
    ctx.em,
    {
      username: params.u_username,
      password: params.u_password,
      name: params.u_name,
      email: params.u_email,
      phone: extra.u_phone,
      currency: extra.u_currency,
      country: extra.u_country,
      address: extra.u_address,
      creditMicros: params.credit !== undefined ? amountParam(params.credit, 'credit') : undefined,
    },
    { name: actorName(ctx.principal), requestId: ctx.requestId },
  );
  return withWireText({ userid: created.id, username: created.username }, 'OK');
}
