/** Devices, their call flow and their caller IDs (004:L143-L298, L639-L685). */
import type {
  CallflowEditParams, CallflowEditResult, CallflowParams, CallflowResult, CallflowUpdateParams, CallflowUpdateResult, CliAddParams,
  CliAddResult, UserDeviceClisParams, UserDeviceClisResult, UserDevicesParams, UserDevicesResult,
} from '../../../generated/mor/types.ts';
import { SwitchboardError } from '../../platform/errors.ts';
import { ACTION_ID, flowOf, setFlow, STATE_NAME, type CallState, type FlowAction } from '../../domain/mor/callflows.ts';
import { addCli, clisOf } from '../../domain/mor/clis.ts';
import { deviceIcon, deviceName, devicesOf, isFax, ownDevice } from '../../domain/mor/devices.ts';
import { formatDateTime } from '../../domain/mor/time.ts';
import { SecretBox } from '../../platform/secret-box.ts';
import type { MorDeviceRow } from '../../persistence/entities/mor/device.ts';
import type { MorContext } from './context.ts';
import { failingAs, LANGUAGE, me } from './common.ts';

export async function userDevices(_params: UserDevicesParams, ctx: MorContext): Promise<UserDevicesResult> {
  const user = me(ctx);
  const box = new SecretBox(ctx.services.config.secretKey);
  const devices = await devicesOf(ctx.em, user.id);
  return {
    page: {
      pagename: 'Devices', language: LANGUAGE, userid: user.id,
      devices: {
        device: devices.map((d) => ({
          acc: d.id, description: d.description, type: d.type, extension: d.extension, username: d.username,
          password: box.open(d.passwordSealed), cid: d.callerId, last_time_registered: d.lastRegisteredAt ? formatDateTime(d.lastRegisteredAt) : '',
        })),
      },
    },
  };
}

export async function callflow(params: CallflowParams, ctx: MorContext): Promise<CallflowResult> {
  const user = me(ctx);
  const device = await ownDevice(ctx.em, user.id, params.device_id);
  const flow = await flowOf(ctx.em, device);
  return {
    page: {
      pagename: 'Call Flow', language: LANGUAGE, userid: user.id,
      device: {
        device_id: device.id, device_description: deviceName(device), device_icon: deviceIcon(device),
        callflows: { callflow: flow.map((f) => ({ call_state: STATE_NAME[f.state], callflow_action: f.shown })) },
      },
    },
  };
}

export async function callflowEdit(params: CallflowEditParams, ctx: MorContext): Promise<CallflowEditResult> {
  const user = me(ctx);
  const device = await ownDevice(ctx.em, user.id, params.device_id);
  return callStatePage(ctx, user.id, device, params.cft);
}

/** The Call State page: every action of the state, with the devices Forward and Faxdetect can choose. */
async function callStatePage(ctx: MorContext, userId: number, device: MorDeviceRow, state: CallState): Promise<CallflowEditResult> {
  const others = (await devicesOf(ctx.em, userId)).filter((d) => d.id !== device.id);
  const choices = (list: MorDeviceRow[]) => ({ device: list.map((d) => ({ device_id: d.id, device_name: deviceName(d) })) });
  return {
    page: {
      pagename: 'Call State', language: LANGUAGE, userid: userId,
      callflow: {
        device_id: device.id, device_description: deviceName(device), device_icon: deviceIcon(device), call_state: STATE_NAME[state],
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

export async function callflowUpdate(params: CallflowUpdateParams, ctx: MorContext): Promise<CallflowUpdateResult> {
  const user = me(ctx);
  const device = await ownDevice(ctx.em, user.id, params.device_id);
  await setFlow(ctx.em, user.id, device, params.cft, flowAction(params));
  return callStatePage(ctx, user.id, device, params.cft);
}

/** The seed's forms (004:L279-L298) as one action. */
function flowAction(p: CallflowUpdateParams): FlowAction {
  const needDevice = (what: string): number => {
    if (p.deviceid === undefined) throw new SwitchboardError('invalid-parameter', `${what} needs deviceid`);
    return p.deviceid;
  };
  if (p.cf_action === 'voicemail') return { action: 'voicemail' };
  if (p.whattodo === 'change_fax_device' || p.cf_action === 'faxdetect') return { action: 'fax_detect', deviceId: needDevice('fax detect') };
  if (p.cf_action === 'forward') {
    if (p.whattodo === 'change_external_device' || (p.deviceid === undefined && p.ext_number !== undefined)) {
      if (p.ext_number === undefined) throw new SwitchboardError('invalid-parameter', 'forwarding to an external number needs ext_number');
      return { action: 'forward', externalNumber: p.ext_number };
    }
    return { action: 'forward', deviceId: needDevice('forwarding to a device') };
  }
  if (p.whattodo === 'change_local_device' || p.whattodo === 'change_external_device') {
    throw new SwitchboardError('invalid-parameter', `whattodo=${p.whattodo} goes with cf_action=forward`);
  }
  return { action: 'empty' };
}

export async function userDeviceClis(_params: UserDeviceClisParams, ctx: MorContext): Promise<UserDeviceClisResult> {
  const user = me(ctx);
  const [devices, clis] = await Promise.all([devicesOf(ctx.em, user.id), clisOf(ctx.em, user.id)]);
  const byId = new Map(devices.map((d) => [d.id, d]));
  return {
    page: {
      pagename: 'CallerIDs', language: LANGUAGE, userid: user.id,
      aval_devices: { device: devices.map((d) => ({ '#text': deviceName(d), '@_id': d.id })) },
      clis: {
        cli: clis.map((c) => {
          const d = byId.get(c.deviceId);
          return {
            cli_id: c.id, device: d ? deviceName(d) : '', device_icon: d ? deviceIcon(d) : '', cli_name: c.cli, cli_desc: c.description,
            added_at: formatDateTime(c.addedAt),
          };
        }),
      },
    },
  };
}

export async function cliAdd(params: CliAddParams, ctx: MorContext): Promise<CliAddResult> {
  const user = me(ctx);
  await failingAs('CLI not created', () => addCli(ctx.em, user.id, params.device_id, params.cli, params.description ?? ''));
  return { action: { name: 'add_cli', status: 'ok', status_message: 'CLI created' } };
}
