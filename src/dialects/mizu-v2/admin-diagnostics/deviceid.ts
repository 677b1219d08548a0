/** deviceid (001:L414, 002:L412): Show the server's device id. */
import type { DeviceidParams, DeviceidResult } from '../../../../generated/mizu-v2/types.ts';
import { deviceId } from '../../../domain/admin/status.ts';
import type { MizuContext } from '../../mizu/context.ts';

export async function deviceid(_params: DeviceidParams, ctx: MizuContext): Promise<DeviceidResult> {
  return { value: await deviceId(ctx.em) };
}
