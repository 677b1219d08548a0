/** addcallbacknumber (001:L372, 002:L375): Add a custom callback number for the user. */
import type { AddcallbacknumberParams, AddcallbacknumberResult } from '../../../../generated/mizu-v2/types.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { register } from '../shared/own-numbers.ts';

export function addcallbacknumber(params: AddcallbacknumberParams, ctx: MizuContext): Promise<AddcallbacknumberResult> {
  return register(params.anum, 'callback', ctx);
}
