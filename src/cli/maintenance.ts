/**
 * `switchboard maintenance hourly|daily|weekly|monthly --config FILE`: the scheduled jobs hourlymaint … monthlymaint
 * run (domain/admin/maintenance.ts), each period with the shorter ones before it, for cron and systemd timers. One
 * line per task done; on failure one line and exit 1.
 */
import { backupDatabase, backupDirOf, backupPath } from '../domain/admin/backup.ts';
import { runMaintenance, type Period } from '../domain/admin/maintenance.ts';
import { SwitchboardError } from '../platform/errors.ts';
import { createSharedState } from '../platform/state/index.ts';
import { configArgs, misused, onDatabase } from './database-command.ts';

export const MAINTENANCE_USAGE = `  switchboard maintenance hourly|daily|weekly|monthly --config FILE
                                        run the scheduled jobs (for cron or systemd timers): hourly drops expired bans and
                                        checkpoints SQLite's log; daily adds planner statistics, weekly compaction,
                                        monthly a backup into the data folder's backups/; each runs the shorter ones too`;

const PERIODS: readonly Period[] = ['hourly', 'daily', 'weekly', 'monthly'];

export async function runMaintenanceCommand(args: string[]): Promise<number> {
  const [period, ...rest] = args;
  const parsed = configArgs(rest, false);
  if ('problem' in parsed) return misused(parsed.problem, MAINTENANCE_USAGE);
  if (!PERIODS.includes(period as Period))
    return misused(`maintenance: ${PERIODS.join(', ')}, not ${period ?? 'nothing'}`, MAINTENANCE_USAGE);
  return onDatabase(parsed.config, async (db, config) => {
    // Expired bans are dropped from the shared state too, when the servers share one.
    const state = await createSharedState({ redis: config.redis });
    try {
      const done = await inOneLine(period as Period, () =>
        runMaintenance(
          {
            db,
            em: db.em(),
            state,
            backup: async () => {
              const target = { db, databaseUrl: config.database, dir: backupDirOf(config.dataDir) };
              return (await backupDatabase(target, backupPath(target.dir, undefined, db.engine))).path;
            },
          },
          period as Period,
        ),
      );
      for (const task of done) console.log(`${period} maintenance: ${task}`);
    } finally {
      await state.close();
    }
    return 0;
  });
}

/** A failure as the one line a cron mail or the journal shows: what failed and the database's first line of why. */
async function inOneLine<T>(period: Period, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof SwitchboardError) throw e;
    throw new SwitchboardError(
      'command-failed',
      `${period} maintenance failed: ${String((e as Error)?.message ?? e).split('\n')[0]}`,
    );
  }
}
