/** putfile (001:L476, 002:L468): Save a file under the server directory (base64 content). */
import type { PutfileParams, PutfileResult } from '../../../../generated/mizu-v2/types.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { put } from '../shared/files.ts';

export const putfile = (p: PutfileParams, ctx: MizuContext): PutfileResult => put('files', p.filename, p.filedata, ctx);
