/**
 * The folders putfile/getfile/file (files/) and pputfile/pgetfile (filestorage/) read and write, inside the data
 * folder: a name is relative to its folder and may not leave it — no absolute path, no "..", no symbolic link out.
 */
import { lstatSync, mkdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { SwitchboardError } from '../../platform/errors.ts';

export type FileArea = 'files' | 'filestorage';

export function areaDir(dataDir: string, area: FileArea): string {
  const dir = join(dataDir, area);
  mkdirSync(dir, { recursive: true });
  return realpathSync(dir);
}

export function readAreaFile(dir: string, name: string): Buffer {
  const path = inside(dir, name);
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    throw new SwitchboardError('not-found', `no file ${name}`);
  }
  if (!within(dir, real)) throw new SwitchboardError('invalid-parameter', `${name} leads outside the file folder`);
  if (!statSync(real).isFile()) throw new SwitchboardError('not-found', `${name} is not a file`);
  return readFileSync(real);
}

export function writeAreaFile(dir: string, name: string, content: Buffer): number {
  const path = inside(dir, name);
  const leadsOutside = () => new SwitchboardError('invalid-parameter', `${name} leads outside the file folder`);
  // Checked before any folder is made: mkdir through a link would make folders wherever the link points.
  const made = deepestExisting(dirname(path));
  if (made === undefined || !within(dir, made)) throw leadsOutside();
  mkdirSync(dirname(path), { recursive: true });
  // And again once made: a link put in the way meanwhile.
  const parent = realpathSync(dirname(path));
  if (!within(dir, parent)) throw leadsOutside();
  let existing: string | undefined;
  try {
    existing = realpathSync(path);
  } catch {
    existing = undefined;
  }
  if (existing !== undefined && !within(dir, existing)) throw leadsOutside();
  try {
    writeFileSync(join(parent, relative(dirname(path), path)), content);
  } catch (e) {
    throw new SwitchboardError(
      'command-failed',
      `cannot write ${name}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    );
  }
  return content.length;
}

/** Base64 as the vendor's clients send it (the URL-safe alphabet too); anything else is refused, not half-decoded. */
export function decodeBase64(data: string): Buffer {
  const standard = data.replaceAll('-', '+').replaceAll('_', '/').replaceAll('.', '/');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(standard) || standard.replace(/=+$/, '').length % 4 === 1) {
    throw new SwitchboardError('invalid-parameter', 'filedata is not base64');
  }
  return Buffer.from(standard, 'base64');
}

function inside(dir: string, name: string): string {
  if (isAbsolute(name) || name.split(/[\\/]/).includes('..'))
    throw new SwitchboardError(
      'invalid-parameter',
      `${name}: file names are relative to the file folder, without ".."`,
    );
  const path = resolve(dir, name);
  if (!within(dir, path) || path === dir)
    throw new SwitchboardError('invalid-parameter', `${name} is not a file name inside the file folder`);
  return path;
}

/** The real path of the deepest part of path that exists; undefined when that is a link to nowhere. */
function deepestExisting(path: string): string | undefined {
  let part = path;
  while (!lstatSync(part, { throwIfNoEntry: false })) part = dirname(part);
  try {
    return realpathSync(part);
  } catch {
    return undefined;
  }
}

function within(dir: string, path: string): boolean {
  const r = relative(dir, path);
  return r === '' || (!r.startsWith('..') && !isAbsolute(r));
}
