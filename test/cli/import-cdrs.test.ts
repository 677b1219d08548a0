// `switchboard import cdrs` as an operator runs it, beside a running server on the same database: a bad file is
// reported by line with nothing imported; a good one is imported and answered by cdr at once. SQLite and PostgreSQL.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanupCli, runCli, startBesideServer, type BesideServer } from '../support/cli.ts';
import { testEngines } from '../support/databases.ts';
import { mizuJson } from '../support/mizu.ts';
import type { TestServer } from '../support/server.ts';

const engines = await testEngines('the import cdrs command tests on PostgreSQL');
afterAll(cleanupCli);

describe.each(engines.map((open) => [open]))('switchboard import cdrs (%#)', (open) => {
  let beside: BesideServer | undefined;
  let sb: TestServer;
  let config: string;
  let dir: string;

  beforeAll(async () => {
    beside = await startBesideServer(open, { username: 'pia', password: 'pia-pw-1' });
    ({ sb, config, dir } = beside);
  });
  afterAll(() => beside?.stop());

  const file = (name: string, lines: string[]) => {
    const path = join(dir, name);
    writeFileSync(path, `${lines.join('\r\n')}\r\n`);
    return path;
  };
  const history = async () =>
    (await mizuJson(sb.port, { apientry: 'cdr', authid: 'pia', authpwd: 'pia-pw-1', by: 'all' })).data.rows[0];

  it('reports the bad rows by line and imports nothing', async () => {
    const bad = file('bad.csv', [
      'caller,called,start,duration,user,cost',
      'pia,4420,2026-11-20T10:00:00Z,60,pia,0.10',
      'pia,4420,2026-13-45,60,pia,0.10',
      'pia,4420,2026-11-20T10:00:00Z,60,ghost,0.10',
    ]);
    const exit = await runCli(['import', 'cdrs', '--config', config, bad]);
    expect(exit.code).toBe(1);
    expect(exit.stderr.trim().split('\n')).toEqual([
      `${bad}:3: start "2026-13-45" is not a time (ISO 8601 such as 2026-11-21T10:15:00Z, or Unix seconds)`,
      `${bad}:4: user "ghost": no such user`,
      'switchboard: no call record was imported',
    ]);
    expect(await history()).toMatchObject({ count: 0 });
  });

  it('imports a good file (CRLF line ends) in batches, and the server answers it', async () => {
    const rows = Array.from({ length: 25 }, (_, i) => `pia,44${i},2026-11-${10 + (i % 10)}T10:00:00Z,${i},pia,0.01`);
    const good = file('calls.csv', ['caller,called,start,duration,user,cost', ...rows]);
    const exit = await runCli(['import', 'cdrs', '--config', config, '--batch', '10', good]);
    expect(exit.stderr).toBe('');
    expect(exit.code).toBe(0);
    expect(exit.stdout).toMatch(new RegExp(`^25 call records imported from ${good} in \\d+\\.\\d s\\n$`));
    expect(await history()).toEqual({ count: 25, duration: 300, cost: '0.25', currency: 'USD' });
  });

  it('refuses a bad --batch', async () => {
    const exit = await runCli(['import', 'cdrs', '--config', config, '--batch', '0', join(dir, 'calls.csv')]);
    expect(exit.code).toBe(2);
    expect(exit.stderr).toMatch(/--batch: a whole number of rows from 1 to 100000/);
  });
});
