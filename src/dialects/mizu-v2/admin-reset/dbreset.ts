/** dbreset (001:L495, 002:L482): Reset the database connections. */
import type { DbresetParams, DbresetResult } from '../../../../generated/mizu-v2/types.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import type { MizuContext } from '../../mizu/context.ts';

/** What openDatabase sets on an SQLite connection and a new connection would lack (persistence/database.ts). */
const SQLITE_CONNECTION_PRAGMAS = ['pragma busy_timeout = 5000'];

export async function dbreset(_params: DbresetParams, ctx: MizuContext): Promise<DbresetResult> {
  const { db, logger } = ctx.services;
  try {
    await db.orm.reconnect();
    const em = db.em();
    if (db.engine === 'sqlite')
      for (const pragma of SQLITE_CONNECTION_PRAGMAS) await em.getConnection().execute(pragma);
    await em.getConnection().execute('select 1');
  } catch (e) {
    throw new SwitchboardError(
      'command-failed',
      `the database did not answer on a new connection: ${(e as Error).message.split('\n')[0]}`,
    );
  }
  logger.warn('database connections reset');
  return { message: 'database connections reset' };
}
