// putfile/getfile/file and pputfile/pgetfile (001/002): base64 round trips inside their folders, and nothing outside.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sqliteDatabase } from '../../../support/databases.ts';
import { serverOn } from './fixture.ts';

describe('file commands', () => {
  const f = serverOn(async () => sqliteDatabase());
  const bytes = Buffer.from([0, 1, 2, 250, 255, 10, 13, 39, 34]);

  it('putfile then getfile and file answer the same bytes, base64 encoded', async () => {
    expect(
      (await f.admin({ apientry: 'putfile', filename: 'prompts/hello.bin', filedata: bytes.toString('base64') }))
        .status,
    ).toBe('OK');
    for (const apientry of ['getfile', 'file']) {
      const answer = await f.admin({ apientry, filename: 'prompts/hello.bin' });
      expect(answer.data).toMatchObject({ filename: 'prompts/hello.bin', mediaType: 'application/octet-stream' });
      expect(Buffer.from(answer.data.content, 'base64')).toEqual(bytes);
    }
  });

  it('accepts the URL-safe alphabet and refuses what is not base64', async () => {
    expect(
      (await f.admin({ apientry: 'putfile', filename: 'a.txt', filedata: Buffer.from('??>>').toString('base64url') }))
        .status,
    ).toBe('OK');
    expect(
      Buffer.from((await f.admin({ apientry: 'getfile', filename: 'a.txt' })).data.content, 'base64').toString(),
    ).toBe('??>>');
    expect((await f.admin({ apientry: 'putfile', filename: 'b.txt', filedata: 'abcde' })).error?.code).toBe(
      'invalid-parameter',
    );
  });

  it('keeps the web file storage apart from the server files', async () => {
    await f.admin({ apientry: 'pputfile', filename: 'logo.png', filedata: Buffer.from('png').toString('base64') });
    expect(
      Buffer.from((await f.admin({ apientry: 'pgetfile', filename: 'logo.png' })).data.content, 'base64').toString(),
    ).toBe('png');
    expect((await f.admin({ apientry: 'getfile', filename: 'logo.png' })).error?.code).toBe('not-found');
    expect((await f.admin({ apientry: 'pgetfile', filename: 'a.txt' })).error?.code).toBe('not-found');
  });

  it('never reaches outside its folder: not by .., an absolute path, or a link', async () => {
    const dataDir = f.sb.server.services.config.dataDir;
    writeFileSync(join(dataDir, 'secret.key'), 'do not read');
    mkdirSync(join(dataDir, 'files'), { recursive: true });
    symlinkSync(join(dataDir, 'secret.key'), join(dataDir, 'files', 'link.key'));
    symlinkSync(dataDir, join(dataDir, 'files', 'up'));
    for (const filename of ['../secret.key', '/etc/passwd', 'link.key', 'up/secret.key']) {
      const read = await f.admin({ apientry: 'getfile', filename });
      expect(read.error?.code, filename).toMatch(/^(invalid-parameter|not-found)$/);
      const write = await f.admin({ apientry: 'putfile', filename, filedata: 'eA==' });
      expect(write.error?.code, filename).toMatch(/^(invalid-parameter)$/);
    }
    expect((await f.admin({ apientry: 'db', txt: 'select 1 as one' })).status).toBe('OK');
  });

  it('file called bare, as the seeds list it, sends the listing of the file folder, without links', async () => {
    for (const filename of ['listed/one.txt', 'two.txt'])
      expect((await f.admin({ apientry: 'putfile', filename, filedata: 'eA==' })).status).toBe('OK');
    const dataDir = f.sb.server.services.config.dataDir;
    writeFileSync(join(dataDir, 'outside.key'), 'do not list');
    symlinkSync(join(dataDir, 'outside.key'), join(dataDir, 'files', 'outside-link.key'));
    const answer = await f.admin({ apientry: 'file' });
    expect(answer.data).toMatchObject({ filename: 'files/', mediaType: 'text/plain' });
    const names = Buffer.from(answer.data.content, 'base64').toString().split('\n');
    expect(names).toEqual(expect.arrayContaining(['listed/one.txt', 'two.txt']));
    expect(names).not.toContain('outside-link.key');
  });

  it('is for admins only', async () => {
    await f.user('alice');
    expect((await f.as('alice', { apientry: 'getfile', filename: 'a.txt' })).error?.code).toBe('access-denied');
  });
});
