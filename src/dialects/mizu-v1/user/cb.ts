/**
 * cb (000:L25, 000:L98-L100, 000:L159-L161): callback to anum. Served by its Mizu v2 counterpart, callback, with no
 * IVR (Switchboard carries no media for the defcallbackivr campaign): anum is connected to the user's own phone.
 */
import type { CbParams, CbResult } from '../../../../generated/mizu-v1/types.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { callback } from '../../mizu-v2/user/callback.ts';

export const cb = (params: CbParams, ctx: MizuContext): Promise<CbResult> => callback({ num: params.anum }, ctx);
