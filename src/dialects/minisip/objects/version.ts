/** version (003:L55-L71): the server's name and version as verInfo. */
import type { VersionQueryParams, VersionQueryResult } from '../../../../generated/minisip/types.ts';
import type { MinisipContext } from '../context.ts';
import { SERVER_VERSION } from '../../../platform/version.ts';

export function versionQuery(_params: VersionQueryParams, _ctx: MinisipContext): VersionQueryResult {
  return { verInfo: SERVER_VERSION };
}
