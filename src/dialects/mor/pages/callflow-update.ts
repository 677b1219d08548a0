/**
 * callflow_update (POST /devices/callflow_edit/{device_id}; 004:L279-L298, 004:L221-L227): Set the action of one call
 * state of a device: none, forward (device or external number), voicemail or fax detect.
 */
import type { CallflowUpdateParams, CallflowUpdateResult } from '../../../../generated/mor/types.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import { setFlow, type FlowAction } from '../../../domain/mor/callflows.ts';
import { ownDevice } from '../../../domain/mor/devices.ts';
import type { MorContext } from '../context.ts';
import { me } from '../shared/common.ts';
import { callStatePage } from '../shared/devices.ts';

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
  if (p.whattodo === 'change_fax_device' || p.cf_action === 'faxdetect')
    return { action: 'fax_detect', deviceId: needDevice('fax detect') };
  if (p.cf_action === 'forward') {
    if (p.whattodo === 'change_external_device' || (p.deviceid === undefined && p.ext_number !== undefined)) {
      if (p.ext_number === undefined)
        throw new SwitchboardError('invalid-parameter', 'forwarding to an external number needs ext_number');
      return { action: 'forward', externalNumber: p.ext_number };
    }
    return { action: 'forward', deviceId: needDevice('forwarding to a device') };
  }
  if (p.whattodo === 'change_local_device' || p.whattodo === 'change_external_device') {
    throw new SwitchboardError('invalid-parameter', `whattodo=${p.whattodo} goes with cf_action=forward`);
  }
  return { action: 'empty' };
}
