// `switchboard import users` as an operator runs it, beside a running server on the same database: every bad row is
// reported by line (the password policy of sign-up, a username taken or given twice) and no user is created; a good
// file creates each user with a sealed password the server checks and a starting credit; --dry-run writes nothing.
// SQLite and PostgreSQL.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { User } from '../../src/persistence/entities/user.ts';
import { cleanupCli, runCli, startBesideServer, type BesideServer } from '../support/cli.ts';
import { testEngines } from '../support/databases.ts';
import { mizuJson } from '../support/mizu.ts';
import type { TestServer } from '../support/server.ts';

const engines = await testEngines('the import users command tests on PostgreSQL');
afterAll(cleanupCli);

describe.each(engines.map((open) => [open]))('switchboard import users (%#)', (open) => {
  let beside: BesideServer | undefined;
  let sb: TestServer;
  let config: string;
  let dir: string;

  beforeAll(async () => {
    beside = await startBesideServer(open, { username: 'uma', password: 'uma-pw-123' });
    ({ sb, config, dir } = beside);
  });
  afterAll(() => beside?.stop());

  const file = (name: string, lines: string[]) => {
    const path = join(dir, name);
    writeFileSync(path, `${lines.join('\n')}\n`);
    return path;
  };
  const users = (names: string[]) => sb.server.services.db.em().count(User, { username: { $in: names } });

  it('reports every bad row by line and creates nobody', async () => {
    const bad = file('bad.csv', [
      'username,password,credit',
      'vic,Blue-harbor-2026,1',
      'uma,Green-field-2026,1',
      'wes,,1',
      'vic,Red-canyon-2026,1',
      'x y,Grey-stone-2026,1',
      'zed,Gold-river-2026,lots',
    ]);
    const exit = await runCli(['import', 'users', '--config', config, bad]);
    expect(exit.code).toBe(1);
    expect(exit.stderr.trim().split('\n')).toEqual([
      `${bad}:3: username uma is taken`,
      expect.stringMatching(new RegExp(`^${bad}:4: weak password: `)),
      `${bad}:5: username vic is already on line 2`,
      `${bad}:6: username "x y": 1 to 64 letters, digits and _ . @ + -`,
      `${bad}:7: credit "lots" is not an amount with at most 6 decimals`,
      'switchboard: no user was created',
    ]);
    expect(await users(['vic', 'wes', 'zed'])).toBe(0);
  });

  it('creates the users of a good file: the server checks their passwords and shows their credit', async () => {
    const good = file('good.csv', [
      'username,password,credit,currency,name',
      'ada,Analytical-engine-1843,5.5,EUR,"Lovelace, Ada"',
      'bea,Quiet-meadow-2026,,,',
    ]);
    const exit = await runCli(['import', 'users', '--config', config, good]);
    expect(exit.stderr).toBe('');
    expect(exit.code).toBe(0);
    expect(exit.stdout).toMatch(new RegExp(`^2 users created from ${good}; in \\d+\\.\\d s, \\d+ rows/s\\n$`));
    const balance = await mizuJson(sb.port, { apientry: 'balance', authid: 'ada', authpwd: 'Analytical-engine-1843' });
    expect(balance.data).toMatchObject({ credit: '5.50' });
    const wrong = await mizuJson(sb.port, { apientry: 'balance', authid: 'bea', authpwd: 'Analytical-engine-1843' });
    expect(wrong.error).toBeDefined();
    const ada = await sb.server.services.db.em().findOneOrFail(User, { username: 'ada' });
    expect([ada.currency, ada.name]).toEqual(['EUR', 'Lovelace, Ada']);
    expect(ada.passwordSealed).not.toContain('Analytical-engine-1843');
  });

  it('--dry-run checks and counts, and creates nobody', async () => {
    const dry = file('dry.csv', ['username;password', 'cyd;Silver-birch-2026']);
    const exit = await runCli(['import', 'users', '--config', config, '--delimiter', ';', '--dry-run', dry]);
    expect(exit.code).toBe(0);
    expect(exit.stdout.trim()).toBe(`dry run: 1 users checked in ${dry}; 1 would be created; nothing written`);
    expect(await users(['cyd'])).toBe(0);
  });
});
