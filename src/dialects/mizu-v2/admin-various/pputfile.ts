/** pputfile (001:L606, 002:L558): Save a file into the public web file storage (mvweb/filestorage). */
import type { PputfileParams, PputfileResult } from '../../../../generated/mizu-v2/types.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { put } from '../shared/files.ts';

export const pputfile = (p: PputfileParams, ctx: MizuContext): PputfileResult =>
  put('filestorage', p.filename, p.filedata, ctx);
