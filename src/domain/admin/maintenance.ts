/**
 * The maintenance jobs hourlymaint, dailymaint, weeklymaint and monthlymaint run (001/002 Various operations). The seed
 * names them only; Switchboard's are database housekeeping, each including the shorter period's: hourly drops bans
 * expired long enough not to make a repeat ban longer (REPEAT_MEMORY_MS) and checkpoints SQLite's write-ahead log,
 * daily refreshes planner statistics, weekly compacts, monthly backs up.
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import { Ban } from '../../persistence/entities/ban.ts';
import { REPEAT_MEMORY_MS } from '../access/bans.ts';
import type { Database } from '../../persistence/database.ts';
import type { SharedState } from '../../platform/state/shared-state.ts';

export type Period = 'hourly' | 'daily' | 'weekly' | 'monthly';

export interface MaintenanceTarget {
  db: Database;
  em: SqlEntityManager;
  state: SharedState;
  /** The monthly job's backup (backupdb), answering the file written. */
  backup(): Promise<string>;
}

const ORDER: Period[] = ['hourly', 'daily', 'weekly', 'monthly'];

/** Runs the job of period (and the shorter ones before it); answers what was done, one phrase per task. */
export async function runMaintenance(t: MaintenanceTarget, period: Period): Promise<string[]> {
  const done: string[] = [];
  for (const p of ORDER.slice(0, ORDER.indexOf(period) + 1)) done.push(...(await TASKS[p](t)));
  return done;
}

const TASKS: Record<Period, (t: MaintenanceTarget) => Promise<string[]>> = {
  async hourly(t) {
    const forgotten = { until: { $lte: new Date(Date.now() - REPEAT_MEMORY_MS) } };
    const expired = await t.em.find(Ban, forgotten, { disableIdentityMap: true });
    await t.em.nativeDelete(Ban, forgotten);
    for (const ban of expired) if (!(await t.state.getBan(ban.ip))) await t.state.deleteBan(ban.ip);
    const done = [`${expired.length} expired ban(s) removed`];
    if (t.db.engine === 'sqlite') {
      await t.em.getConnection().execute('pragma wal_checkpoint(truncate)');
      done.push('write-ahead log checkpointed');
    }
    return done;
  },
  async daily(t) {
    await t.em.getConnection().execute(t.db.engine === 'sqlite' ? 'pragma optimize' : 'analyze');
    return ['planner statistics refreshed'];
  },
  async weekly(t) {
    await t.em.getConnection().execute('vacuum');
    return ['database compacted'];
  },
  async monthly(t) {
    return [`backup written to ${await t.backup()}`];
  },
};
