/**
 * callflow_edit (GET /devices/callflow_edit/{device_id}; 004:L218-L278): Show the editable actions of one call state
 * of a device's call flow.
 */
import type { CallflowEditParams, CallflowEditResult } from '../../../../generated/mor/types.ts';
import { ownDevice } from '../../../domain/mor/devices.ts';
import type { MorContext } from '../context.ts';
import { me } from '../shared/common.ts';
import { callStatePage } from '../shared/devices.ts';

export async function callflowEdit(params: CallflowEditParams, ctx: MorContext): Promise<CallflowEditResult> {
  const user = me(ctx);
  const device = await ownDevice(ctx.em, user.id, params.device_id);
  return callStatePage(ctx, user.id, device, params.cft);
}
