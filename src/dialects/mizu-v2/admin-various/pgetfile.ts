/** pgetfile (001:L608, 002:L559): Load a file from the public web file storage (mvweb/filestorage). */
import type { PgetfileParams, PgetfileResult } from '../../../../generated/mizu-v2/types.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { get } from '../shared/files.ts';

export const pgetfile = (p: PgetfileParams, ctx: MizuContext): PgetfileResult => get('filestorage', p.filename, ctx);
