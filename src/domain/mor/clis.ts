/** Caller IDs (CLIs) on a user's devices (004:L639-L685): a number can identify one device only. */
import type { SqlEntityManager } from '@mikro-orm/sql';
import { MorCli, type MorCliRow } from '../../persistence/entities/mor/cli.ts';
import { SwitchboardError } from '../../platform/errors.ts';
import { ownDevice } from './devices.ts';

export async function clisOf(em: SqlEntityManager, userId: number): Promise<MorCliRow[]> {
  return em.find(MorCli, { userId }, { orderBy: { id: 'asc' }, disableIdentityMap: true });
}

export async function addCli(
  em: SqlEntityManager,
  userId: number,
  deviceId: number,
  cli: string,
  description: string,
): Promise<MorCliRow> {
  await ownDevice(em, userId, deviceId);
  if (await em.count(MorCli, { cli })) throw new SwitchboardError('duplicate', `CLI ${cli} is already in use`);
  const row = em.create(MorCli, { userId, deviceId, cli, description, addedAt: new Date() });
  await em.flush();
  return row;
}
