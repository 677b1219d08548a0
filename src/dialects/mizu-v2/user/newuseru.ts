/**
 * newuseru: public sign-up of an enduser from an untrusted device (002:L714-L720), every input checked. The text
 * answer is the seed's bare "OK" (001:L85, 002:L131); the new account's id and name stay in json and xml.
 */
import type { NewuseruParams, NewuseruResult } from '../../../../generated/mizu-v2/types.ts';
import { signUp } from '../../../domain/accounts/sign-up.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { actor } from '../shared/request.ts';
import { withWireText } from '../../mizu/answer/wire-text.ts';

export const DEFAULT_MAX_SIGNUPS_PER_DEVICE = 5;

export async function newuseru(params: NewuseruParams, ctx: MizuContext): Promise<NewuseruResult> {
  const created = await signUp(
    ctx.services.accounts,
    ctx.em,
    {
      username: params.u_username,
      password: params.u_password,
      name: params.u_name,
      email: params.u_email,
      phone: params.u_phone,
      currency: params.u_currency,
      country: params.u_country,
      address: params.u_address,
      deviceid: params.deviceid,
    },
    { maxPerDevice: ctx.services.options.int('maxsignupsperdevice', DEFAULT_MAX_SIGNUPS_PER_DEVICE) },
    actor(ctx),
  );
  return withWireText({ userid: created.id, username: created.username }, 'OK');
}
