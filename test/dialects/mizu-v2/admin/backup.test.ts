// dbbackup / backupdb / dbrestore (002 Admin — Reset): a backup while serving, a restore that brings the data back,
// files outside the backup folder refused, and a missing, empty, corrupt or foreign file refused with nothing changed.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { User } from '../../../../src/persistence/entities/user.ts';
import { testEngines } from '../../../support/databases.ts';
import { serverOn } from './fixture.ts';

const engines = await testEngines('the backup and restore tests on PostgreSQL');

describe.each(engines.map((open) => [open]))('backup and restore (%#)', (open) => {
  const f = serverOn(open);
  const em = () => f.sb.server.services.db.em();
  const usernames = async () =>
    (await em().find(User, {}, { orderBy: { username: 'asc' }, disableIdentityMap: true })).map((u) => u.username);
  const backups = () => join(f.sb.server.services.config.dataDir, 'backups');

  it('writes a backup into the data folder while the server keeps answering', async () => {
    await f.user('alice', { credit: '5' });
    const [answer, during] = await Promise.all([
      f.admin({ apientry: 'dbbackup', path: 'before.bak' }),
      f.as('alice', { apientry: 'balance' }),
    ]);
    expect(answer.data).toMatchObject({ path: 'before.bak', size: expect.any(Number) });
    expect(answer.data.size).toBeGreaterThan(0);
    expect(existsSync(join(backups(), 'before.bak'))).toBe(true);
    expect(existsSync(join(backups(), 'before.bak.partial'))).toBe(false);
    expect(during.data).toMatchObject({ credit: '5.00' });
  });

  it('names the file itself when no path is given (backupdb, or dbbackup with a folder)', async () => {
    const ext = f.sb.server.services.db.engine === 'sqlite' ? 'sqlite' : 'pgdump';
    const plain = await f.admin({ apientry: 'backupdb' });
    expect(plain.data.path).toMatch(new RegExp(`^switchboard-\\d{8}T\\d{6}Z\\.${ext}$`));
    const inFolder = await f.admin({ apientry: 'dbbackup', path: 'nightly/' });
    expect(inFolder.data.path).toMatch(new RegExp(`^nightly/switchboard-\\d{8}T\\d{6}Z\\.${ext}$`));
  });

  it('restores the data of the backup, and the caches follow', async () => {
    await f.user('bob');
    expect(await usernames()).toEqual(['admin', 'alice', 'bob']);
    expect((await f.as('bob', { apientry: 'balance' })).status).toBe('OK');
    expect((await f.admin({ apientry: 'dbrestore', path: 'before.bak' })).status).toBe('OK');
    expect(await usernames()).toEqual(['admin', 'alice']);
    expect((await f.as('bob', { apientry: 'balance' })).error?.code).toBe('auth-failed');
    expect((await f.as('alice', { apientry: 'balance' })).data).toMatchObject({ credit: '5.00' });
  });

  it('refuses paths outside the backup folder', async () => {
    for (const path of ['../secret.key', '/etc/passwd', 'a/../../x']) {
      expect((await f.admin({ apientry: 'dbrestore', path })).error?.code, path).toBe('access-denied');
      expect((await f.admin({ apientry: 'dbbackup', path })).error?.code, path).toBe('access-denied');
    }
  });

  it('refuses a missing, empty, corrupt, cut or foreign file, and changes nothing', async () => {
    await f.user('carol');
    const before = await usernames();
    expect((await f.admin({ apientry: 'dbrestore', path: 'nosuch.bak' })).error?.code).toBe('not-found');
    writeFileSync(join(backups(), 'empty.bak'), '');
    writeFileSync(join(backups(), 'garbage.bak'), Buffer.from('this is not a database backup at all '.repeat(200)));
    const whole = readFileSync(join(backups(), 'before.bak'));
    writeFileSync(join(backups(), 'cut.bak'), whole.subarray(0, Math.floor(whole.length / 2)));
    writeFileSync(
      join(backups(), 'foreign.bak'),
      f.sb.server.services.db.engine === 'sqlite'
        ? Buffer.from('PGDMP\x01\x0e\x00\x04\x08\x01\x01')
        : Buffer.from(`SQLite format 3\0${'\0'.repeat(4080)}`),
    );
    for (const path of ['empty.bak', 'garbage.bak', 'cut.bak', 'foreign.bak']) {
      const answer = await f.admin({ apientry: 'dbrestore', path });
      expect(answer.error?.code, path).toBe('command-failed');
      expect(answer.error?.message, path).toMatch(/nothing was (restored|changed)|not a backup/);
      expect(await usernames(), path).toEqual(before);
    }
  });

  it('takes full backups once per call: a repeat interval or another type is refused', async () => {
    expect((await f.admin({ apientry: 'dbbackup', ival: '24' })).error?.code).toBe('unsupported');
    expect((await f.admin({ apientry: 'dbbackup', type: 'differential' })).error?.code).toBe('invalid-parameter');
    expect((await f.admin({ apientry: 'dbbackup', type: 'full', path: 'full.bak' })).status).toBe('OK');
  });

  it('is for admins only', async () => {
    expect((await f.as('alice', { apientry: 'dbbackup' })).error?.code).toBe('access-denied');
    expect((await f.as('alice', { apientry: 'dbrestore', path: 'before.bak' })).error?.code).toBe('access-denied');
  });
});

describe.skipIf(engines.length < 2)('PostgreSQL restore', () => {
  const f = serverOn(engines[1]!);
  const em = () => f.sb.server.services.db.em();

  it('fails as a whole when the backup cannot be loaded: no half-restored database', async () => {
    await f.user('dora');
    // A table whose stored row breaks its own check once the function behind it changes: it dumps, but loading fails.
    for (const txt of [
      "create function sb_small(v integer) returns boolean immutable language sql as 'select v < 10'",
      'create table sb_trap (v integer check (sb_small(v)))',
      'insert into sb_trap values (5)',
      "create or replace function sb_small(v integer) returns boolean immutable language sql as 'select v < 3'",
    ])
      expect((await f.admin({ apientry: 'db', txt })).status, txt).toBe('OK');
    expect((await f.admin({ apientry: 'dbbackup', path: 'trap.pgdump' })).status).toBe('OK');
    await f.user('erik');
    const answer = await f.admin({ apientry: 'dbrestore', path: 'trap.pgdump' });
    expect(answer.error?.code).toBe('command-failed');
    expect(answer.error?.message).toMatch(/nothing was changed.*sb_trap|nothing was changed.*check/);
    expect(await em().count(User, { username: 'erik' })).toBe(1);
    expect((await f.admin({ apientry: 'db', txt: 'select count(*) as n from sb_trap' })).data.rows[0].n).toBe('1');
  });

  it('answers a clear error when the PostgreSQL client tools are not installed', async () => {
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      const backup = await f.admin({ apientry: 'dbbackup', path: 'never.pgdump' });
      expect(backup.error).toMatchObject({
        code: 'unsupported',
        message: expect.stringMatching(/pg_dump is not installed/),
      });
      const restore = await f.admin({ apientry: 'dbrestore', path: 'trap.pgdump' });
      expect(restore.error).toMatchObject({
        code: 'unsupported',
        message: expect.stringMatching(/pg_restore is not installed/),
      });
    } finally {
      process.env.PATH = path;
    }
  });
});
