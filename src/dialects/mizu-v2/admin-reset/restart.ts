/** restart (002:L483): Restart the service, the database connection, or (vendor only) the server machine. */
import type { RestartParams, RestartResult } from '../../../../generated/mizu-v2/types.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { dbreset } from './dbreset.ts';

export async function restart(params: RestartParams, ctx: MizuContext): Promise<RestartResult> {
  switch (params.what) {
    case 'database':
      return dbreset({}, ctx);
    case 'server':
      throw new SwitchboardError(
        'unsupported',
        'restarting the host operating system from the VoIP API is not something a self-hosted service may do',
      );
    default:
      throw new SwitchboardError(
        'unsupported',
        `restart what=${params.what}: Switchboard does not restart itself from an API call; its process supervisor (systemctl restart, the container runtime) does`,
      );
  }
}
