/**
 * putfile, getfile and file (the server's file folder) and pputfile, pgetfile (the web file storage), 001/002: base64
 * in, base64 out in the text formats, names confined to their folder (domain/admin/file-store.ts).
 */
import type {
  FileParams, FileResult, GetfileParams, GetfileResult, PgetfileParams, PgetfileResult, PputfileParams, PputfileResult, PutfileParams,
  PutfileResult,
} from '../../../../generated/mizu-v2/types.ts';
import { areaDir, decodeBase64, readAreaFile, writeAreaFile, type FileArea } from '../../../domain/admin/file-store.ts';
import type { MizuContext } from '../../mizu/context.ts';

const OCTETS = 'application/octet-stream';

function get(area: FileArea, filename: string, ctx: MizuContext): GetfileResult {
  return { mediaType: OCTETS, filename, body: readAreaFile(areaDir(ctx.services.config.dataDir, area), filename) };
}

function put(area: FileArea, filename: string, filedata: string, ctx: MizuContext): { message: string } {
  const size = writeAreaFile(areaDir(ctx.services.config.dataDir, area), filename, decodeBase64(filedata));
  return { message: `${filename} written (${size} bytes)` };
}

export const getfile = (p: GetfileParams, ctx: MizuContext): GetfileResult => get('files', p.filename, ctx);
export const file = (p: FileParams, ctx: MizuContext): FileResult => get('files', p.filename, ctx);
export const putfile = (p: PutfileParams, ctx: MizuContext): PutfileResult => put('files', p.filename, p.filedata, ctx);
export const pgetfile = (p: PgetfileParams, ctx: MizuContext): PgetfileResult => get('filestorage', p.filename, ctx);
export const pputfile = (p: PputfileParams, ctx: MizuContext): PputfileResult => put('filestorage', p.filename, p.filedata, ctx);
