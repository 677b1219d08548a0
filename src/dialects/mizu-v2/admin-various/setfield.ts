/**
 * setfield: one field of a row — user logins their own whitelisted tb_users fields, admins any field
 * (domain/accounts/set-field.ts).
 */
import type { SetfieldParams, SetfieldResult } from '../../../../generated/mizu-v2/types.ts';
import { setField } from '../../../domain/accounts/set-field.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { actor, idempotencyKey } from '../shared/request.ts';

export async function setfield(params: SetfieldParams, ctx: MizuContext): Promise<SetfieldResult> {
  const message = await setField(
    ctx.services.accounts,
    ctx.em,
    {
      table: params.table,
      field: params.fieldname,
      value: params.fieldvalue ?? '',
      fieldtype: params.fieldtype,
      rowid: params.rowid,
    },
    {
      admin: ctx.principal.admin,
      userId: ctx.principal.user?.id,
      actor: actor(ctx),
      idempotencyKey: idempotencyKey(ctx),
    },
  );
  return { message };
}
