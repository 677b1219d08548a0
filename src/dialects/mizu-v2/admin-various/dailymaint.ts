/** dailymaint (001:L543, 002:L524): Run the daily maintenance tasks now. */
import type { DailymaintParams, DailymaintResult } from '../../../../generated/mizu-v2/types.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { maintain } from '../shared/maintenance.ts';

export const dailymaint = (_p: DailymaintParams, ctx: MizuContext): Promise<DailymaintResult> => maintain('daily', ctx);
