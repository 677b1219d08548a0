/** What the device pages share: the call flow's Call State page (004:L143-L298). */
import type { CallflowEditResult } from '../../../../generated/mor/types.ts';
import { ACTION_ID, STATE_NAME, type CallState } from '../../../domain/mor/callflows.ts';
import { deviceIcon, deviceName, devicesOf, isFax } from '../../../domain/mor/devices.ts';
import type { MorDeviceRow } from '../../../persistence/entities/mor/device.ts';
import type { MorContext } from '../context.ts';
import { LANGUAGE } from './common.ts';

/** The Call State page: every action of the state, with the devices Forward and Faxdetect can choose. */
export async function callStatePage(
  ctx: MorContext,
  userId: number,
  device: MorDeviceRow,
  state: CallState,
): Promise<CallflowEditResult> {
  const others = (await devicesOf(ctx.em, userId)).filter((d) => d.id !== device.id);
  const choices = (list: MorDeviceRow[]) => ({
    device: list.map((d) => ({ device_id: d.id, device_name: deviceName(d) })),
  });
  return {
    page: {
      pagename: 'Call State',
      language: LANGUAGE,
      userid: userId,
      callflow: {
        device_id: device.id,
        device_description: deviceName(device),
        device_icon: deviceIcon(device),
        call_state: STATE_NAME[state],
        actions: {
          action: [
            { priority: 1, action_id: ACTION_ID.forward, aval_devices: choices(others.filter((d) => !isFax(d))) },
            { priority: 1, action_id: ACTION_ID.voicemail },
            { priority: 1, action_id: ACTION_ID.fax_detect, aval_devices: choices(others.filter(isFax)) },
          ],
        },
      },
    },
  };
}
