/** hourlymaint (001:L545, 002:L525): Run the hourly maintenance tasks now. */
import type { HourlymaintParams, HourlymaintResult } from '../../../../generated/mizu-v2/types.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { maintain } from '../shared/maintenance.ts';

export const hourlymaint = (_p: HourlymaintParams, ctx: MizuContext): Promise<HourlymaintResult> =>
  maintain('hourly', ctx);
