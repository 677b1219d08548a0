/** apitest / apitest1: "the simplest example without authentication requirements" (002:L33). */
import type { ApitestParams, ApitestResult } from '../../../../generated/mizu-v2/types.ts';
import type { MizuContext } from '../../mizu/context.ts';

export function apitest(_params: ApitestParams, _ctx: MizuContext): ApitestResult {
  return { message: 'API test OK' };
}
