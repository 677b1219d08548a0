/**
 * user_device_clis (GET /devices/user_device_clis; 004:L639-L664): List the caller IDs (CLIs) attached to the user's
 * devices.
 */
import type { UserDeviceClisParams, UserDeviceClisResult } from '../../../../generated/mor/types.ts';
import { clisOf } from '../../../domain/mor/clis.ts';
import { deviceIcon, deviceName, devicesOf } from '../../../domain/mor/devices.ts';
import { formatDateTime } from '../../../domain/mor/time.ts';
import type { MorContext } from '../context.ts';
import { LANGUAGE, me } from '../shared/common.ts';

export async function userDeviceClis(_params: UserDeviceClisParams, ctx: MorContext): Promise<UserDeviceClisResult> {
  const user = me(ctx);
  const [devices, clis] = await Promise.all([devicesOf(ctx.em, user.id), clisOf(ctx.em, user.id)]);
  const byId = new Map(devices.map((d) => [d.id, d]));
  return {
    page: {
      pagename: 'CallerIDs',
      language: LANGUAGE,
      userid: user.id,
      aval_devices: { device: devices.map((d) => ({ '#text': deviceName(d), '@_id': d.id })) },
      clis: {
        cli: clis.map((c) => {
          const d = byId.get(c.deviceId);
          return {
            cli_id: c.id,
            device: d ? deviceName(d) : '',
            device_icon: d ? deviceIcon(d) : '',
            cli_name: c.cli,
            cli_desc: c.description,
            added_at: formatDateTime(c.addedAt),
          };
        }),
      },
    },
  };
}
