/**
 * addcallbacknumber (001:L372, 002:L375): Add a custom callback number for the user. The seeds list it without
 * parameters: called bare, it adds nothing and says so, with the numbers the user already has.
 */
import type { AddcallbacknumberParams, AddcallbacknumberResult } from '../../../../generated/mizu-v2/types.ts';
import { PhoneNumber } from '../../../persistence/entities/phone-number.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { register } from '../shared/own-numbers.ts';
import { requireUser } from '../shared/request.ts';

export async function addcallbacknumber(
  params: AddcallbacknumberParams,
  ctx: MizuContext,
): Promise<AddcallbacknumberResult> {
  if (params.anum !== undefined) return register(params.anum, 'callback', ctx);
  const user = requireUser(ctx);
  const own = await ctx.em.find(PhoneNumber, { userId: user.id, kind: 'callback' }, { orderBy: { number: 'asc' } });
  const numbers = own.map((n) => n.number).join(', ') || 'none';
  return {
    message: `nothing added: no number given (send it in anum); callback numbers of ${user.username}: ${numbers}`,
  };
}
