/**
 * callforward [anum, bnum, cnum] (001:L382, 002:L380): the forward on busy, on no answer and always destinations, in
 * the order setfield lists them (002:L388). An absent number leaves its forward alone; an empty one clears it.
 */
import type { CallforwardParams, CallforwardResult } from '../../../../generated/mizu-v2/types.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { actor, requireUser, sent } from '../shared/request.ts';

/** Each forward with the names its number travels under (name, aliases, positional). */
const FORWARDS = [
  { param: 'anum', field: 'forwardonbusy', names: ['anum', 'phone1', 'from', 'param5'] },
  { param: 'bnum', field: 'forwardonnoanswer', names: ['bnum', 'phone2', 'to', 'param6'] },
  { param: 'cnum', field: 'forwardalways', names: ['cnum', 'phone3', 'param7'] },
] as const;

export async function callforward(params: CallforwardParams, ctx: MizuContext): Promise<CallforwardResult> {
  const user = requireUser(ctx);
  const changes = FORWARDS.filter((f) => params[f.param] !== undefined || sent(ctx, f.names)).map(
    (f) => [f.field, params[f.param] ?? ''] as const,
  );
  if (changes.length === 0)
    throw new SwitchboardError(
      'invalid-parameter',
      'send anum (forward on busy), bnum (on no answer) or cnum (always); an empty one clears it',
    );
  const values = Object.fromEntries(changes);
  await ctx.services.accounts.update(ctx.em, user.id, values, {
    ...actor(ctx),
    action: 'callforward',
    detail: JSON.stringify(values),
  });
  return { message: changes.map(([field, number]) => `${field}=${number || '(none)'}`).join(', ') };
}
