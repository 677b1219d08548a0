/**
 * balance: the user's credit, exact, in the account currency (from the user cache: no database round trip). The text
 * answer is the real server's "Your credit is $9.8" (spec/mizu-v2/balance.yaml, wire).
 */
import type { BalanceParams, BalanceResult } from '../../../../generated/mizu-v2/types.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import { fromMicros } from '../../../platform/money.ts';
import { creditLine, withWireText } from '../../mizu/answer/wire-text.ts';
import type { MizuContext } from '../../mizu/context.ts';

export function balance(_params: BalanceParams, ctx: MizuContext): BalanceResult {
  const user = ctx.principal.user;
  if (!user) throw new SwitchboardError('auth-failed', 'authentication required: send authid');
  return withWireText(
    { credit: fromMicros(user.creditMicros), currency: user.currency },
    creditLine(user.creditMicros, user.currency),
  );
}
