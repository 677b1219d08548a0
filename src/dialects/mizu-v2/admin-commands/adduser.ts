/**
 * adduser (000:L53-L57, 001:L400, 002:L441): the deprecated old-interface name of newuseri, with the old parameters;
 * served by it.
 */
import type { AdduserParams, AdduserResult } from '../../../../generated/mizu-v2/types.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { newuseri } from './newuseri.ts';

export const adduser: (params: AdduserParams, ctx: MizuContext) => Promise<AdduserResult> = newuseri;
