/** newuser (001:L398, 002:L440): the deprecated name of newuseri, same parameters and answer; served by it. */
import type { NewuserParams, NewuserResult } from '../../../../generated/mizu-v2/types.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { newuseri } from './newuseri.ts';

export const newuser: (params: NewuserParams, ctx: MizuContext) => Promise<NewuserResult> = newuseri;
