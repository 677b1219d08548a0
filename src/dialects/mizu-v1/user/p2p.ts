/**
 * p2p (000:L23, 000:L60-L61, 000:L106-L108, 000:L163-L165): phone to phone, anum first, then bnum. Served by its Mizu
 * v2 counterpart, p2p, without waiting for the connect.
 */
import type { P2pParams, P2pResult } from '../../../../generated/mizu-v1/types.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { p2p as p2pV2 } from '../../mizu-v2/user/p2p.ts';

export const p2p = (params: P2pParams, ctx: MizuContext): Promise<P2pResult> =>
  p2pV2({ anum: params.anum, bnum: params.bnum, waitfor: 0 }, ctx);
