/**
 * callflow (GET /devices/callflow/{device_id}; 004:L176-L217): Show the call flow of one of the user's devices (the
 * action for each call state).
 */
import type { CallflowParams, CallflowResult } from '../../../../generated/mor/types.ts';
import { flowOf, STATE_NAME } from '../../../domain/mor/callflows.ts';
import { deviceIcon, deviceName, ownDevice } from '../../../domain/mor/devices.ts';
import type { MorContext } from '../context.ts';
import { LANGUAGE, me } from '../shared/common.ts';

export async function callflow(params: CallflowParams, ctx: MorContext): Promise<CallflowResult> {
  const user = me(ctx);
  const device = await ownDevice(ctx.em, user.id, params.device_id);
  const flow = await flowOf(ctx.em, device);
  return {
    page: {
      pagename: 'Call Flow',
      language: LANGUAGE,
      userid: user.id,
      device: {
        device_id: device.id,
        device_description: deviceName(device),
        device_icon: deviceIcon(device),
        callflows: { callflow: flow.map((f) => ({ call_state: STATE_NAME[f.state], callflow_action: f.shown })) },
      },
    },
  };
}
