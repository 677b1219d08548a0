/**
 * callbackaccessnumber (001:L370, 002:L374): the number users call to be called back — the global option of that name.
 */
import type { CallbackaccessnumberParams, CallbackaccessnumberResult } from '../../../../generated/mizu-v2/types.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import type { MizuContext } from '../../mizu/context.ts';

export function callbackaccessnumber(
  _params: CallbackaccessnumberParams,
  ctx: MizuContext,
): CallbackaccessnumberResult {
  const number = ctx.services.options.get('callbackaccessnumber')?.trim();
  if (!number)
    throw new SwitchboardError(
      'not-found',
      'no callback access number is configured (global option callbackaccessnumber)',
    );
  return { value: number };
}
