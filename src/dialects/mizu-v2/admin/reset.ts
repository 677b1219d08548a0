/** dbreset and restart (001/002 Admin — Reset): new database connections; restarting the process is its supervisor's job. */
import type { DbresetParams, DbresetResult, RestartParams, RestartResult } from '../../../../generated/mizu-v2/types.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import type { MizuContext } from '../../mizu/context.ts';

/** What openDatabase sets on an SQLite connection and a new connection would lack (persistence/database.ts). */
const SQLITE_CONNECTION_PRAGMAS = ['pragma busy_timeout = 5000'];

export async function dbreset(_params: DbresetParams, ctx: MizuContext): Promise<DbresetResult> {
  const { db, logger } = ctx.services;
  try {
    await db.orm.reconnect();
    const em = db.em();
    if (db.engine === 'sqlite') for (const pragma of SQLITE_CONNECTION_PRAGMAS) await em.getConnection().execute(pragma);
    await em.getConnection().execute('select 1');
  } catch (e) {
    throw new SwitchboardError('command-failed', `the database did not answer on a new connection: ${(e as Error).message.split('\n')[0]}`);
  }
  logger.warn('database connections reset');
  return { message: 'database connections reset' };
}

export async function restart(params: RestartParams, ctx: MizuContext): Promise<RestartResult> {
  switch (params.what) {
    case 'database': return dbreset({}, ctx);
    case 'server': throw new SwitchboardError('unsupported', 'restarting the host operating system from the VoIP API is not something a self-hosted service may do');
    default: throw new SwitchboardError('unsupported', `restart what=${params.what}: Switchboard does not restart itself from an API call; its process supervisor (systemctl restart, the container runtime) does`);
  }
}
