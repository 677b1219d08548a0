/** balance: the user's credit, exact, in the account currency (from the user cache: no database round trip). */
import type { BalanceParams, BalanceResult } from '../../../../generated/mizu-v2/types.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import { fromMicros } from '../../../platform/money.ts';
import type { MizuContext } from '../../mizu/context.ts';

export function balance(_params: BalanceParams, ctx: MizuContext): BalanceResult {
  const user = ctx.principal.user;
  if (!user) throw new SwitchboardError('auth-failed', 'authentication required: send authid');
  return { credit: fromMicros(user.creditMicros), currency: user.currency };
}
