// `switchboard import cdrs` as an operator runs it, beside a running server on the same database: a bad file is
// reported by line with nothing imported; a good one is imported and answered by cdr at once; a second import of the
// same calls adds nothing; --dry-run writes nothing; --progress. SQLite and PostgreSQL.
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
    expect(exit.stdout).toMatch(new RegExp(`^25 call records imported from ${good}; in \\d+\\.\\d s, \\d+ rows/s\\n$`));
    expect(await history()).toEqual({ count: 25, duration: 300, cost: '0.25', currency: 'USD' });
  });

  it('imports a file again without adding a call: the same callid and direction is the same call', async () => {
    const calls = file('twice.csv', [
      'caller,called,start,duration,callid,direction,called_user',
      'pia,5550,2026-11-01T10:00:00Z,60,twice-1@host,out,',
      '5550,pia,2026-11-01T10:00:00Z,60,twice-1@host,in,pia',
      'pia,5551,2026-11-01T11:00:00Z,30,twice-2@host,out,',
      'pia,5552,2026-11-01T12:00:00Z,10,,out,',
    ]);
    const first = await runCli(['import', 'cdrs', '--config', config, calls]);
    expect(first.stdout).toMatch(new RegExp(`^4 call records imported from ${calls}; in `));
    const again = await runCli(['import', 'cdrs', '--config', config, calls]);
    expect(again.code).toBe(0);
    // The row without a callid cannot be told apart from a new call: it is added again.
    expect(again.stdout).toMatch(new RegExp(`^1 call records imported from ${calls}; 3 already present; in `));
    const counted = await sb.server.services.db
      .em()
      .getConnection()
      .execute<{ callid: string; n: number | string }[]>(
        "select sip_call_id as callid, count(*) as n from tb_cdrs where called like '555_' or caller = '5550' group by sip_call_id order by sip_call_id",
      );
    expect(counted.map((r) => [r.callid, Number(r.n)])).toEqual([
      ['', 2],
      ['twice-1@host', 2],
      ['twice-2@host', 1],
    ]);
  });

  it('--dry-run counts what would be imported and what is already present, and writes nothing', async () => {
    const head = 'caller;called;start;duration;callid';
    const known = file('dry-known.csv', [head, 'pia;4430;2026-11-02T10:00:00Z;60;dry-1@host']);
    expect((await runCli(['import', 'cdrs', '--config', config, '--delimiter', ';', known])).code).toBe(0);
    const calls = file('dry.csv', [
      head,
      'pia;4430;2026-11-02T10:00:00Z;60;dry-1@host',
      'pia;4431;2026-11-02T11:00:00Z;60;"dry-2',
      '@host"',
    ]);
    const exit = await runCli(['import', 'cdrs', '--config', config, '--delimiter', ';', '--dry-run', calls]);
    expect(exit.code).toBe(0);
    expect(exit.stdout.trim()).toBe(
      `dry run: 2 call records checked in ${calls}; 1 would be imported; 1 already present; nothing written`,
    );
    const [row] = await sb.server.services.db
      .em()
      .getConnection()
      .execute<{ n: number | string }[]>("select count(*) as n from tb_cdrs where called like '443_'");
    expect(Number(row!.n)).toBe(1);
  });

  it('--progress shows the checking and writing steps with done/total and rows/s', async () => {
    const rows = Array.from({ length: 1200 }, (_, i) => `pia,4450,2026-11-03T10:00:00Z,1,progress-${i}@host`);
    const calls = file('progress.csv', ['caller,called,start,duration,callid', ...rows]);
    const exit = await runCli(['import', 'cdrs', '--config', config, '--progress', '--batch', '500', calls]);
    expect(exit.code).toBe(0);
    const finals = exit.stderr.split('\n').map((line) => line.split('\r').at(-1)!.trim());
    expect(finals[0]).toMatch(new RegExp(`^checking ${calls}: 1201/1201 rows, \\d+ rows/s$`));
    expect(finals[1]).toMatch(new RegExp(`^writing ${calls}: 1200/1200 rows, \\d+ rows/s$`));
  });

  it('refuses a bad --batch', async () => {
    const calls = file('batch.csv', ['caller,called,start', 'pia,4460,2026-11-04T10:00:00Z']);
    const exit = await runCli(['import', 'cdrs', '--config', config, '--batch', '0', calls]);
    expect(exit.code).toBe(2);
    expect(exit.stderr).toMatch(/--batch: a whole number of rows from 1 to 100000/);
  });
});
