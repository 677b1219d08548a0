/**
 * callforward [anum, bnum, cnum] (001:L382, 002:L380): the forward on busy, on no answer and always destinations, in
 * the order setfield lists them (002:L388). An absent number leaves its forward alone; an empty one clears it. The
 * vendor's webphone sends the same as calldivert, with its own names and `null` for an empty forward (spec wire).
 */
import type { CallforwardParams, CallforwardResult } from '../../../../generated/mizu-v2/types.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { actor, requireUser, sent } from '../shared/request.ts';

/** Each forward with the names its number travels under (name, aliases, positional) and the webphone's name. */
const FORWARDS = [
  { param: 'anum', webphone: 'callforwardonbusy', field: 'forwardonbusy', names: ['anum', 'phone1', 'from', 'param5'] },
  {
    param: 'bnum',
    webphone: 'callforwardonnoanswer',
    field: 'forwardonnoanswer',
    names: ['bnum', 'phone2', 'to', 'param6'],
  },
  { param: 'cnum', webphone: 'callforwardalways', field: 'forwardalways', names: ['cnum', 'phone3', 'param7'] },
] as const;

export async function callforward(params: CallforwardParams, ctx: MizuContext): Promise<CallforwardResult> {
  const user = requireUser(ctx);
  const changes: [string, string][] = [];
  for (const f of FORWARDS) {
    const number = forwardNumber(params, ctx, f);
    if (number !== undefined) changes.push([f.field, number]);
  }
  if (params.callforwardonnoanswertimeout !== undefined)
    changes.push(['noanswertimeout', String(params.callforwardonnoanswertimeout)]);
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
  return { message: changes.map(([field, value]) => `${field}=${value || '(none)'}`).join(', ') };
}

/** The forward's new number ('' clears it), or undefined when the request leaves it alone. */
function forwardNumber(params: CallforwardParams, ctx: MizuContext, f: (typeof FORWARDS)[number]): string | undefined {
  if (params[f.param] !== undefined || sent(ctx, f.names)) return params[f.param] ?? '';
  const webphone = params[f.webphone];
  return webphone === undefined ? undefined : webphone === 'null' ? '' : webphone;
}
