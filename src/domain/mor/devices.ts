/** A user's devices (004:L143-L175): listing, ownership, and how the pages name them (IAX2/101, phone.png). */
import type { SqlEntityManager } from '@mikro-orm/sql';
import { MorCallflow } from '../../persistence/entities/mor/callflow.ts';
import { MorCli } from '../../persistence/entities/mor/cli.ts';
import { MorDevice, type MorDeviceRow } from '../../persistence/entities/mor/device.ts';
import { SwitchboardError } from '../../platform/errors.ts';
import type { SecretBox } from '../../platform/secret-box.ts';

export interface NewDevice {
  userId: number;
  type: string;
  extension: string;
  username?: string;
  password: string;
  description?: string;
  callerId?: string;
}

const TYPE = /^[A-Za-z0-9]{2,16}$/;
const EXTENSION = /^[0-9A-Za-z*#+]{1,32}$/;

/** Adds a device (the operator's side: the seed's pages only show devices). */
export async function createDevice(em: SqlEntityManager, box: SecretBox, d: NewDevice): Promise<MorDeviceRow> {
  if (!TYPE.test(d.type))
    throw new SwitchboardError('invalid-parameter', `device type ${JSON.stringify(d.type)}: SIP, IAX2, FAX, …`);
  if (!EXTENSION.test(d.extension))
    throw new SwitchboardError(
      'invalid-parameter',
      `extension ${JSON.stringify(d.extension)}: digits and letters, at most 32`,
    );
  const username = d.username ?? d.extension;
  if (await em.count(MorDevice, { $or: [{ extension: d.extension }, { username }] })) {
    throw new SwitchboardError('duplicate', `a device with extension ${d.extension} or username ${username} exists`);
  }
  const device = em.create(MorDevice, {
    userId: d.userId,
    type: d.type.toUpperCase(),
    extension: d.extension,
    username,
    passwordSealed: box.seal(d.password),
    description: d.description ?? '',
    callerId: d.callerId ?? `"${d.extension}" <${d.extension}>`,
    createdAt: new Date(),
  });
  await em.flush();
  return device;
}

export async function devicesOf(em: SqlEntityManager, userId: number): Promise<MorDeviceRow[]> {
  return em.find(MorDevice, { userId }, { orderBy: { id: 'asc' }, disableIdentityMap: true });
}

/** One of the user's devices: another user's answers access-denied, none at all not-found. */
export async function ownDevice(em: SqlEntityManager, userId: number, deviceId: number): Promise<MorDeviceRow> {
  const device = await em.findOne(MorDevice, { id: deviceId }, { disableIdentityMap: true });
  if (!device) throw new SwitchboardError('not-found', `no device ${deviceId}`);
  if (device.userId !== userId)
    throw new SwitchboardError('access-denied', `device ${deviceId} is not one of your devices`);
  return device;
}

export function isFax(device: Pick<MorDeviceRow, 'type'>): boolean {
  return device.type.toUpperCase() === 'FAX';
}

/** "IAX2/101" */
export function deviceName(device: Pick<MorDeviceRow, 'type' | 'extension'>): string {
  return `${device.type}/${device.extension}`;
}

export function deviceIcon(device: Pick<MorDeviceRow, 'type'>): string {
  return isFax(device) ? 'fax.png' : 'phone.png';
}

/** The operator's list: every device, or one user's. */
export async function listDevices(em: SqlEntityManager, userId?: number): Promise<MorDeviceRow[]> {
  return em.find(MorDevice, userId === undefined ? {} : { userId }, {
    orderBy: { id: 'asc' },
    disableIdentityMap: true,
  });
}

/**
 * Removes a device with what only it has: its CLIs and its call flow, and other devices' call flow states that forward
 * to it (back to their default). Call and fax records keep it by id: they are history.
 */
export async function deleteDevice(em: SqlEntityManager, extension: string): Promise<MorDeviceRow> {
  return em.transactional(async (tx) => {
    const device = await tx.findOne(MorDevice, { extension }, { disableIdentityMap: true });
    if (!device) throw new SwitchboardError('not-found', `no device with extension ${extension}`);
    await tx.nativeDelete(MorCli, { deviceId: device.id });
    await tx.nativeDelete(MorCallflow, { $or: [{ deviceId: device.id }, { targetDeviceId: device.id }] });
    await tx.nativeDelete(MorDevice, { id: device.id });
    return device;
  });
}
