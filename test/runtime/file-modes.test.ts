// Files at rest (issue 17, finding 10): a real `switchboard serve` on a fresh data folder creates the folder 0700 and
// the SQLite database, its -wal and -shm, the secret key, the admin password and backups 0600; a database that an
// earlier tool left readable by others is named in a warning line at start.
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mizuJson } from '../support/mizu.ts';
import { cleanupCli, startCli, tempFolder, writeConfig, writeConfigText } from '../support/cli.ts';
import { ADMIN } from '../support/server.ts';
import { stringify } from 'yaml';

const modeOf = (path: string) => (statSync(path).mode & 0o777).toString(8);
/** The warning lines (JSON on stdout) that name a file readable by group or others. */
const exposedIn = (stdout: string) =>
  stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as { level: number; file?: string; msg: string })
    .filter((l) => l.level === 40 && l.file)
    .map((l) => l.file);

describe('files at rest', () => {
  afterAll(cleanupCli);

  it('creates the data folder 0700 and the database, its WAL, the secrets and backups 0600', async () => {
    const dir = tempFolder();
    const data = join(dir, 'data');
    // No secret key and no admin password in the config: both are generated into the data folder.
    const config = writeConfigText(
      stringify({
        listen: { host: '127.0.0.1', port: 0 },
        database: `sqlite:${join(data, 'switchboard.db')}`,
        dataDir: data,
        admin: { username: ADMIN.username },
        log: { level: 'warn' },
      }),
      dir,
    );
    const server = await startCli(config);
    try {
      const password = readFileSync(join(data, 'admin.password'), 'utf8').trim();
      const backup = await mizuJson(server.port, {
        apientry: 'dbbackup',
        path: 'modes.bak',
        authid: ADMIN.username,
        authpwd: password,
      });
      expect(backup.status, JSON.stringify(backup)).toBe('OK');
      const modes = Object.fromEntries(
        [
          data,
          join(data, 'secret.key'),
          join(data, 'admin.password'),
          join(data, 'switchboard.db'),
          join(data, 'switchboard.db-wal'),
          join(data, 'switchboard.db-shm'),
          join(data, 'backups'),
          join(data, 'backups', 'modes.bak'),
        ].map((p) => [p.slice(dir.length), modeOf(p)]),
      );
      expect(modes).toEqual({
        '/data': '700',
        '/data/secret.key': '600',
        '/data/admin.password': '600',
        '/data/switchboard.db': '600',
        '/data/switchboard.db-wal': '600',
        '/data/switchboard.db-shm': '600',
        '/data/backups': '700',
        '/data/backups/modes.bak': '600',
      });
    } finally {
      const exit = await server.stop();
      expect(exposedIn(exit.stdout)).toEqual([]);
    }
  });

  it('keeps a new data folder 0700 when the secret key comes from the config (the lock file is made first)', async () => {
    const dir = tempFolder();
    const data = join(dir, 'data');
    const config = writeConfigText(
      stringify({
        listen: { host: '127.0.0.1', port: 0 },
        database: `sqlite:${join(data, 'switchboard.db')}`,
        dataDir: data,
        secretKey: 'a-secret-key-of-the-config-file',
        admin: { username: ADMIN.username, password: ADMIN.password },
        log: { level: 'warn' },
      }),
      dir,
    );
    const server = await startCli(config);
    try {
      expect(modeOf(data)).toBe('700');
      expect(modeOf(join(data, 'switchboard.db.lock'))).toBe('600');
      expect(modeOf(join(data, 'switchboard.db'))).toBe('600');
    } finally {
      await server.stop();
    }
  });

  it('warns at start about a database that is readable by group or others', async () => {
    const config = writeConfig();
    const db = join(config, '..', 'switchboard.db');
    // An empty file is an empty SQLite database, as an operator's copy or another tool may leave it.
    writeFileSync(db, '');
    chmodSync(db, 0o644);
    const server = await startCli(config);
    const exit = await server.stop();
    expect(exposedIn(exit.stdout)).toEqual(expect.arrayContaining([db, `${db}-wal`, `${db}-shm`]));
  });
});
