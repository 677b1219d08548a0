/** info (001:L245, 001:L407, 002:L189, 002:L403): Show server status and important parameters. */
import type { InfoParams, InfoResult } from '../../../../generated/mizu-v2/types.ts';
import { databaseState, deviceId, requestsServed, uptimeSeconds, userCount } from '../../../domain/admin/status.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { SERVER_VERSION } from '../../../platform/version.ts';

export async function info(_params: InfoParams, ctx: MizuContext): Promise<InfoResult> {
  const s = ctx.services;
  const database = await databaseState(ctx.em);
  return {
    version: SERVER_VERSION,
    deviceid: await deviceId(ctx.em),
    starttime: s.startedAt.toISOString(),
    uptime: uptimeSeconds(s.startedAt),
    servertime: new Date().toISOString(),
    database,
    engine: s.db.engine,
    users: database === 'ok' ? await userCount(ctx.em) : 0,
    ...(s.config.listen.port ? { apiport: s.config.listen.port } : {}),
    apirequests: await requestsServed(s.metrics.requests),
    cachedusers: s.accounts.cache.size,
  };
}
