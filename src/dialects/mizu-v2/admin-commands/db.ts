/**
 * db [txt] (001/002: "any database query (select,update,etc) only if authenticated user type is admin"): one SQL
 * statement, rows capped at 100 or the rows affected. Admin only, from wherever remoteadmin allows administration
 * (002:L903 calls it remotely with admin credentials); a trusted address alone is no admin for it (needsCredentials).
 */
import type { DbParams, DbResult } from '../../../../generated/mizu-v2/types.ts';
import { fromMsSql } from '../../../domain/admin/mssql-idioms.ts';
import { resultRows, runSql } from '../../../domain/admin/sql-runner.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import type { MizuContext } from '../../mizu/context.ts';

export async function db(params: DbParams, ctx: MizuContext): Promise<DbResult> {
  const s = ctx.services;
  if (!ctx.principal.admin) throw new SwitchboardError('access-denied', 'db runs SQL for admins only');
  let sql: string;
  try {
    sql = fromMsSql(params.txt);
  } catch (e) {
    throw new SwitchboardError('invalid-parameter', `txt: ${(e as Error).message}`);
  }
  const result = await s.activity.track(sql.slice(0, 200), 'db', () => runSql(s.db, sql));
  s.logger.info(
    {
      statement: sql.slice(0, 200),
      ...(result.kind === 'affected'
        ? { affected: result.affected }
        : { rows: result.rows.length, truncated: result.truncated }),
    },
    'db command',
  );
  return { rows: resultRows(result) };
}
