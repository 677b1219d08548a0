/** getfile (001:L478, 002:L469): Load a file from under the server directory. */
import type { GetfileParams, GetfileResult } from '../../../../generated/mizu-v2/types.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { get } from '../shared/files.ts';

export const getfile = (p: GetfileParams, ctx: MizuContext): GetfileResult => get('files', p.filename, ctx);
