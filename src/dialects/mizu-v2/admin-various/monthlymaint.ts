/** monthlymaint (001:L539, 002:L522): Run the monthly maintenance tasks now. */
import type { MonthlymaintParams, MonthlymaintResult } from '../../../../generated/mizu-v2/types.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { maintain } from '../shared/maintenance.ts';

export const monthlymaint = (_p: MonthlymaintParams, ctx: MizuContext): Promise<MonthlymaintResult> =>
  maintain('monthly', ctx);
