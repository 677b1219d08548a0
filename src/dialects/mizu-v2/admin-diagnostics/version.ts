/** version: the server's name and version. */
import type { VersionParams, VersionResult } from '../../../../generated/mizu-v2/types.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { SERVER_VERSION } from '../../../platform/version.ts';

export function version(_params: VersionParams, _ctx: MizuContext): VersionResult {
  return { value: SERVER_VERSION };
}
