/**
 * The figures info, quickstat and shortinfo report (001/002 Admin — Diagnostics), read from the database and the
 * process.
 */
import { randomUUID } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/sql';
import type { RequestCounter } from '../../platform/observability/request-metrics.ts';
import { Cdr } from '../../persistence/entities/cdr.ts';
import { GlobalOption } from '../../persistence/entities/global-option.ts';
import { User } from '../../persistence/entities/user.ts';

export async function databaseState(em: SqlEntityManager): Promise<'ok' | 'error'> {
  return em
    .getConnection()
    .execute('select 1')
    .then(
      () => 'ok' as const,
      () => 'error' as const,
    );
}

export function userCount(em: SqlEntityManager): Promise<number> {
  return em.count(User, {});
}

/** CDRs of calls started today (UTC, as stored). */
export function callsToday(em: SqlEntityManager, now = new Date()): Promise<number> {
  const midnight = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  return em.count(Cdr, { startedAt: { $gte: midnight } });
}

/** API requests this process has answered since start, every dialect and outcome. */
export async function requestsServed(requests: RequestCounter): Promise<number> {
  const { values } = await requests.get();
  return values.reduce((sum, v) => sum + v.value, 0);
}

export function uptimeSeconds(startedAt: Date): number {
  return Math.floor((Date.now() - startedAt.getTime()) / 1000);
}

const DEVICE_ID = 'deviceid';

/**
 * The installation's identifier: made once, kept in the global config table, so every process on the same database
 * and every restart answers the same one (the vendor ties licences to its device id).
 */
export async function deviceId(em: SqlEntityManager): Promise<string> {
  const existing = await em.findOne(GlobalOption, { name: DEVICE_ID }, { disableIdentityMap: true });
  if (existing?.value) return existing.value;
  await em
    .createQueryBuilder(GlobalOption)
    .insert({ name: DEVICE_ID, value: randomUUID(), updatedAt: new Date() })
    .onConflict('name')
    .ignore()
    .execute();
  const row = await em.findOne(GlobalOption, { name: DEVICE_ID }, { disableIdentityMap: true });
  return row!.value;
}
