/**
 * What putfile, getfile, file (the server's file folder), pputfile and pgetfile (the web file storage) share, 001/002:
 * base64 in, base64 out in the text formats, names confined to their folder (domain/admin/file-store.ts).
 */
import type { GetfileResult } from '../../../../generated/mizu-v2/types.ts';
import { areaDir, decodeBase64, readAreaFile, writeAreaFile, type FileArea } from '../../../domain/admin/file-store.ts';
import type { MizuContext } from '../../mizu/context.ts';

const OCTETS = 'application/octet-stream';

export function get(area: FileArea, filename: string, ctx: MizuContext): GetfileResult {
  return { mediaType: OCTETS, filename, body: readAreaFile(areaDir(ctx.services.config.dataDir, area), filename) };
}

export function put(area: FileArea, filename: string, filedata: string, ctx: MizuContext): { message: string } {
  const size = writeAreaFile(areaDir(ctx.services.config.dataDir, area), filename, decodeBase64(filedata));
  return { message: `${filename} written (${size} bytes)` };
}
