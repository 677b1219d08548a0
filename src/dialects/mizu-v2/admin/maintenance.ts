/** hourlymaint, dailymaint, weeklymaint and monthlymaint (001/002 Various operations), run now (domain/admin/maintenance.ts). */
import type {
  DailymaintParams, DailymaintResult, HourlymaintParams, HourlymaintResult, MonthlymaintParams, MonthlymaintResult, WeeklymaintParams,
  WeeklymaintResult,
} from '../../../../generated/mizu-v2/types.ts';
import { activityOf } from '../../../domain/admin/activity.ts';
import { runMaintenance, type Period } from '../../../domain/admin/maintenance.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { backupdb } from './backup.ts';

async function maintain(period: Period, ctx: MizuContext): Promise<{ message: string }> {
  const s = ctx.services;
  const done = await activityOf(s).exclusive('maintenance', `${period}maint`, () => activityOf(s).track(`${period} maintenance`, `${period}maint`, () => runMaintenance({
    db: s.db, em: ctx.em, state: s.state, backup: async () => (await backupdb({}, ctx)).path,
  }, period)));
  return { message: `${period} maintenance done: ${done.join('; ')}` };
}

export const hourlymaint = (_p: HourlymaintParams, ctx: MizuContext): Promise<HourlymaintResult> => maintain('hourly', ctx);
export const dailymaint = (_p: DailymaintParams, ctx: MizuContext): Promise<DailymaintResult> => maintain('daily', ctx);
export const weeklymaint = (_p: WeeklymaintParams, ctx: MizuContext): Promise<WeeklymaintResult> => maintain('weekly', ctx);
export const monthlymaint = (_p: MonthlymaintParams, ctx: MizuContext): Promise<MonthlymaintResult> => maintain('monthly', ctx);
