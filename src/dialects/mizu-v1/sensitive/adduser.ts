/**
 * adduser (000:L29, 000:L53-L57, 000:L148): Add a new prepaid enduser (only from the trusted IP set by
 * httpapiallowedip2). Served by its Mizu v2 counterpart, newuseri.
 */
import type { AdduserParams } from '../../../../generated/mizu-v1/types.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { newuseri } from '../../mizu-v2/admin-commands/newuseri.ts';

/** "add new prepaid enduser". */
export async function adduser(params: AdduserParams, ctx: MizuContext) {
  const created = await newuseri(
    {
      u_username: params.u_username,
      u_password: params.u_password,
      u_name: params.u_name,
      u_email: params.u_email,
      credit: params.credit,
    },
    ctx,
  );
  return { message: `user ${created.username} created (id ${created.userid})` };
}
