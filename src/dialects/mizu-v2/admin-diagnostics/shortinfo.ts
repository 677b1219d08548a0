/** shortinfo (002:L422): Show a short form of the server status (name only in the seed). */
import type { ShortinfoParams, ShortinfoResult } from '../../../../generated/mizu-v2/types.ts';
import { databaseState, uptimeSeconds } from '../../../domain/admin/status.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { SERVER_VERSION } from '../../../platform/version.ts';

export async function shortinfo(_params: ShortinfoParams, ctx: MizuContext): Promise<ShortinfoResult> {
  return {
    version: SERVER_VERSION,
    uptime: uptimeSeconds(ctx.services.startedAt),
    database: await databaseState(ctx.em),
  };
}
