/** file (001:L441, 002:L429): Send the requested file; bare (the seeds list no parameter), the folder's listing. */
import type { FileParams, FileResult } from '../../../../generated/mizu-v2/types.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { get, list } from '../shared/files.ts';

export const file = (p: FileParams, ctx: MizuContext): FileResult =>
  p.filename === undefined ? list('files', ctx) : get('files', p.filename, ctx);
