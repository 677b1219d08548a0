/**
 * What putfile, getfile, file (the server's file folder), pputfile and pgetfile (the web file storage) share, 001/002:
 * base64 in, base64 out in the text formats, names confined to their folder (domain/admin/file-store.ts).
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { GetfileResult } from '../../../../generated/mizu-v2/types.ts';
import { areaDir, decodeBase64, readAreaFile, writeAreaFile, type FileArea } from '../../../domain/admin/file-store.ts';
import type { MizuContext } from '../../mizu/context.ts';

const OCTETS = 'application/octet-stream';

export function get(area: FileArea, filename: string, ctx: MizuContext): GetfileResult {
  return { mediaType: OCTETS, filename, body: readAreaFile(areaDir(ctx.services.config.dataDir, area), filename) };
}

/** The folder's files (links and folders left out), one relative name a line, sorted: what file answers bare. */
export function list(area: FileArea, ctx: MizuContext): GetfileResult {
  const dir = areaDir(ctx.services.config.dataDir, area);
  const names = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
  return { mediaType: 'text/plain', filename: `${area}/`, body: names.map((name) => `${name}\n`).join('') };
}

export function put(area: FileArea, filename: string, filedata: string, ctx: MizuContext): { message: string } {
  const size = writeAreaFile(areaDir(ctx.services.config.dataDir, area), filename, decodeBase64(filedata));
  return { message: `${filename} written (${size} bytes)` };
}
