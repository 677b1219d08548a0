/**
 * user_devices (GET /devices/user_devices; 004:L143-L175): List the user's devices with their credentials, caller ID
 * and last registration.
 */
import type { UserDevicesParams, UserDevicesResult } from '../../../../generated/mor/types.ts';
import { devicesOf } from '../../../domain/mor/devices.ts';
import { formatDateTime } from '../../../domain/mor/time.ts';
import { SecretBox } from '../../../platform/secret-box.ts';
import type { MorContext } from '../context.ts';
import { LANGUAGE, me } from '../shared/common.ts';

export async function userDevices(_params: UserDevicesParams, ctx: MorContext): Promise<UserDevicesResult> {
  const user = me(ctx);
  const box = new SecretBox(ctx.services.config.secretKey);
  const devices = await devicesOf(ctx.em, user.id);
  return {
    page: {
      pagename: 'Devices',
      language: LANGUAGE,
      userid: user.id,
      devices: {
        device: devices.map((d) => ({
          acc: d.id,
          description: d.description,
          type: d.type,
          extension: d.extension,
          username: d.username,
          password: box.open(d.passwordSealed),
          cid: d.callerId,
          last_time_registered: d.lastRegisteredAt ? formatDateTime(d.lastRegisteredAt) : '',
        })),
      },
    },
  };
}
