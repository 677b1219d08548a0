/** info, quickstat, shortinfo and deviceid (001/002 Admin — Diagnostics): the server's state in real figures. */
import type {
  DeviceidParams, DeviceidResult, InfoParams, InfoResult, QuickstatParams, QuickstatResult, ShortinfoParams, ShortinfoResult,
} from '../../../../generated/mizu-v2/types.ts';
import { activityOf } from '../../../domain/admin/activity.ts';
import { callsToday, databaseState, deviceId, requestsServed, uptimeSeconds, userCount } from '../../../domain/admin/status.ts';
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

export async function quickstat(_params: QuickstatParams, ctx: MizuContext): Promise<QuickstatResult> {
  const s = ctx.services;
  return {
    uptime: uptimeSeconds(s.startedAt),
    apirequests: await requestsServed(s.metrics.requests),
    cachedusers: s.accounts.cache.size,
    backgroundjobs: activityOf(s).jobs().length,
    callstoday: await callsToday(ctx.em),
  };
}

export async function shortinfo(_params: ShortinfoParams, ctx: MizuContext): Promise<ShortinfoResult> {
  return { version: SERVER_VERSION, uptime: uptimeSeconds(ctx.services.startedAt), database: await databaseState(ctx.em) };
}

export async function deviceid(_params: DeviceidParams, ctx: MizuContext): Promise<DeviceidResult> {
  return { value: await deviceId(ctx.em) };
}
