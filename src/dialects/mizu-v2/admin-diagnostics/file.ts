/** file (001:L441, 002:L429): Send the requested file. */
import type { FileParams, FileResult } from '../../../../generated/mizu-v2/types.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { get } from '../shared/files.ts';

export const file = (p: FileParams, ctx: MizuContext): FileResult => get('files', p.filename, ctx);
