/**
 * addcredit (000:L28, 000:L53, 000:L110-L113, 000:L148, 000:L189-L194, 000:L212-L213): Add credit to a user (only from
 * the trusted IP set by httpapiallowedip2). Served by its Mizu v2 counterpart, addcredit.
 */
import type { AddcreditParams } from '../../../../generated/mizu-v1/types.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { addcredit as addcreditV2 } from '../../mizu-v2/sensitive/addcredit.ts';

/** "Add credit amount to user usr (trusted source only)". */
export function addcredit(params: AddcreditParams, ctx: MizuContext) {
  const user = ctx.principal.user;
  if (!user) throw new SwitchboardError('missing-parameter', 'missing parameter: usr (the user to credit)');
  return addcreditV2({ pin: user.username, credit: params.credit }, ctx);
}
