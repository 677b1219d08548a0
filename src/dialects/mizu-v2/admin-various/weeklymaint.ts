/** weeklymaint (001:L541, 002:L523): Run the weekly maintenance tasks now. */
import type { WeeklymaintParams, WeeklymaintResult } from '../../../../generated/mizu-v2/types.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { maintain } from '../shared/maintenance.ts';

export const weeklymaint = (_p: WeeklymaintParams, ctx: MizuContext): Promise<WeeklymaintResult> =>
  maintain('weekly', ctx);
