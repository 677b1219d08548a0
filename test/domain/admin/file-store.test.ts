// The file folders of putfile/getfile: a name never leads outside its folder, and a refused one leaves no trace
// outside it — no folder made through a symbolic link before the refusal (issue 17, finding 11) — on a real file system.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { areaDir, readAreaFile, writeAreaFile } from '../../../src/domain/admin/file-store.ts';

const made: string[] = [];
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-files-'));
  made.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the file folder', () => {
  it('writes a nested name, making its folders inside the file folder', () => {
    const files = areaDir(temp(), 'files');
    expect(writeAreaFile(files, 'a/b/c.txt', Buffer.from('hello'))).toBe(5);
    expect(readFileSync(join(files, 'a', 'b', 'c.txt'), 'utf8')).toBe('hello');
    expect(readAreaFile(files, 'a/b/c.txt').toString()).toBe('hello');
  });

  it('refuses a name through a link to outside before making any folder there', () => {
    const files = areaDir(temp(), 'files');
    const outside = temp();
    symlinkSync(outside, join(files, 'out'));
    expect(() => writeAreaFile(files, 'out/new/deeper/x.txt', Buffer.from('x'))).toThrow(/leads outside/);
    expect(existsSync(join(outside, 'new'))).toBe(false);
  });

  it('refuses a name through a link that leads nowhere, with a clear error', () => {
    const files = areaDir(temp(), 'files');
    const gone = join(temp(), 'gone');
    symlinkSync(gone, join(files, 'dangling'));
    expect(() => writeAreaFile(files, 'dangling/x.txt', Buffer.from('x'))).toThrow(/leads outside/);
    expect(existsSync(gone)).toBe(false);
  });

  it('refuses names with .. or an absolute path', () => {
    const files = areaDir(temp(), 'files');
    mkdirSync(join(files, 'sub'));
    expect(() => writeAreaFile(files, '../x.txt', Buffer.from('x'))).toThrow(/without "\.\."/);
    expect(() => writeAreaFile(files, '/etc/x.txt', Buffer.from('x'))).toThrow(/relative to the file folder/);
  });
});
