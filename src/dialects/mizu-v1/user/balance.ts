/**
 * balance (000:L26, 000:L115-L116, 000:L178-L183, 000:L209-L210): Credit request: the authenticated user's credit
 * balance. Served by its Mizu v2 counterpart, balance.
 */
import type { BalanceParams } from '../../../../generated/mizu-v1/types.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { balance as balanceV2 } from '../../mizu-v2/user/balance.ts';

/** The user's credit: "OK: 12.50". */
export const balance = (_params: BalanceParams, ctx: MizuContext) => ({ value: balanceV2({}, ctx).credit });
