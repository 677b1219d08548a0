/**
 * charge (000:L30, 000:L50-L51, 000:L83, 000:L110-L113, 000:L185-L187, 000:L211): Recharge the user's credit using a
 * recharge PIN. Served by its Mizu v2 counterpart, charge.
 */
import type { ChargeParams } from '../../../../generated/mizu-v1/types.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { charge as chargeV2 } from '../../mizu-v2/user/charge.ts';

/** "recharge using recharge PIN": the PIN code in anum. */
export const charge = (params: ChargeParams, ctx: MizuContext) => chargeV2({ pin: params.anum }, ctx);
