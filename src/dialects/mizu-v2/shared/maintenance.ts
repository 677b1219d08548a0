/**
 * What hourlymaint, dailymaint, weeklymaint and monthlymaint (001/002 Various operations) share: run now
 * (domain/admin/maintenance.ts).
 */
import { runMaintenance, type Period } from '../../../domain/admin/maintenance.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { backupdb } from '../admin-various/backupdb.ts';

export async function maintain(period: Period, ctx: MizuContext): Promise<{ message: string }> {
  const s = ctx.services;
  const done = await s.activity.exclusive('maintenance', `${period}maint`, () =>
    s.activity.track(`${period} maintenance`, `${period}maint`, () =>
      runMaintenance(
        {
          db: s.db,
          em: ctx.em,
          state: s.state,
          backup: async () => (await backupdb({}, ctx)).path,
        },
        period,
      ),
    ),
  );
  return { message: `${period} maintenance done: ${done.join('; ')}` };
}
