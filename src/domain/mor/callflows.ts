/**
 * The call flow of a device (004:L176-L298): for each call state (the cft values) an action — none, forward to one
 * of the user's devices or to an external number, voicemail, or fax detect to a fax device. States without a
 * stored action show their default: Call dials the device itself, Answered hangs up, the others do nothing.
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import { MorCallflow, type MorCallflowRow } from '../../persistence/entities/mor/callflow.ts';
import { MorDevice, type MorDeviceRow } from '../../persistence/entities/mor/device.ts';
import { SwitchboardError } from '../../platform/errors.ts';
import { deviceName, isFax, ownDevice } from './devices.ts';

export const CALL_STATES = ['before_call', 'call', 'hangup', 'noanswer', 'busy', 'failed'] as const;
export type CallState = (typeof CALL_STATES)[number];

export const STATE_NAME: Record<CallState, string> = {
  before_call: 'Before call',
  call: 'Call',
  hangup: 'Answered',
  noanswer: 'No answer',
  busy: 'Busy',
  failed: 'Failed',
};

export type FlowAction =
  | { action: 'empty' }
  | { action: 'voicemail' }
  | { action: 'forward'; deviceId: number }
  | { action: 'forward'; externalNumber: string }
  | { action: 'fax_detect'; deviceId: number };

/** The action_id of each action on the Call State page (004:L232-L275). */
export const ACTION_ID = { forward: 2, voicemail: 3, fax_detect: 4 } as const;

/** What the Call Flow page shows for each state of the device, in the seed's order. */
export async function flowOf(
  em: SqlEntityManager,
  device: MorDeviceRow,
): Promise<{ state: CallState; shown: string }[]> {
  const rows = await em.find(MorCallflow, { deviceId: device.id }, { disableIdentityMap: true });
  const targetIds = rows.map((r) => r.targetDeviceId).filter((t): t is number => t != null);
  const targets = targetIds.length
    ? await em.find(MorDevice, { id: { $in: targetIds } }, { disableIdentityMap: true })
    : [];
  const names = new Map(targets.map((t) => [t.id, deviceName(t)]));
  const byState = new Map(rows.map((r) => [r.state, r]));
  return CALL_STATES.map((state) => ({ state, shown: shown(state, byState.get(state), device, names) }));
}

function shown(
  state: CallState,
  row: MorCallflowRow | undefined,
  device: MorDeviceRow,
  names: Map<number, string>,
): string {
  if (!row) return state === 'call' ? `Dial(${deviceName(device)})` : state === 'hangup' ? 'Hangup' : '-';
  const target =
    row.targetDeviceId != null
      ? (names.get(row.targetDeviceId) ?? `device ${row.targetDeviceId}`)
      : (row.externalNumber ?? '');
  switch (row.action) {
    case 'forward':
      return `Forward(${target})`;
    case 'voicemail':
      return 'Voicemail';
    case 'fax_detect':
      return `Fax detect(${target})`;
    default:
      return '-';
  }
}

/**
 * Sets the action of one state; the devices it names must be the user's (a fax device for fax detect, not the device
 * itself).
 */
export async function setFlow(
  em: SqlEntityManager,
  userId: number,
  device: MorDeviceRow,
  state: CallState,
  action: FlowAction,
): Promise<void> {
  let targetDeviceId: number | null = null;
  let externalNumber: string | null = null;
  if ((action.action === 'forward' && 'deviceId' in action) || action.action === 'fax_detect') {
    const target = await ownDevice(em, userId, action.deviceId);
    if (target.id === device.id) throw new SwitchboardError('invalid-parameter', 'a device cannot forward to itself');
    if (action.action === 'fax_detect' && !isFax(target))
      throw new SwitchboardError(
        'invalid-parameter',
        `fax detect needs a fax device, and ${deviceName(target)} is not one`,
      );
    targetDeviceId = target.id;
  } else if (action.action === 'forward') {
    externalNumber = action.externalNumber;
  }
  await em.upsert(
    MorCallflow,
    { deviceId: device.id, state, action: action.action, targetDeviceId, externalNumber, updatedAt: new Date() },
    { onConflictFields: ['deviceId', 'state'] },
  );
}
