// `switchboard import pins` as an operator runs it, beside a running server on the same database: every bad row is
// reported by line (the PIN's form, its value, a PIN given twice or already loaded) and no PIN is loaded; a good file
// loads every voucher, stored as its digest, which a user then redeems with charge; --progress shows done/total and
// rows/s; --dry-run loads nothing. SQLite and PostgreSQL.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RechargePin } from '../../src/persistence/entities/recharge-pin.ts';
import { cleanupCli, runCli, startBesideServer, type BesideServer } from '../support/cli.ts';
import { testEngines } from '../support/databases.ts';
import { mizuJson } from '../support/mizu.ts';
import type { TestServer } from '../support/server.ts';

const engines = await testEngines('the import pins command tests on PostgreSQL');
afterAll(cleanupCli);

describe.each(engines.map((open) => [open]))('switchboard import pins (%#)', (open) => {
  let beside: BesideServer | undefined;
  let sb: TestServer;
  let config: string;
  let dir: string;

  beforeAll(async () => {
    beside = await startBesideServer(open, { username: 'pia', password: 'pia-pw-123' });
    ({ sb, config, dir } = beside);
  });
  afterAll(() => beside?.stop());

  const file = (name: string, lines: string[]) => {
    const path = join(dir, name);
    writeFileSync(path, `${lines.join('\n')}\n`);
    return path;
  };
  const vouchers = () => sb.server.services.db.em().count(RechargePin, {});

  it('reports every bad row by line and loads nothing', async () => {
    const good = file('first.csv', ['pin,value', 'LOADED-0001,5']);
    expect((await runCli(['import', 'pins', '--config', config, good])).code).toBe(0);
    const before = await vouchers();
    const bad = file('bad.csv', [
      'pin,value,currency',
      'PIN-AAAA-0001,10,EUR',
      'no spaces allowed,10,EUR',
      'PIN-AAAA-0002,0,EUR',
      'PIN-AAAA-0001,10,EUR',
      'PIN-AAAA-0003,10,euro',
      'LOADED-0001,5,USD',
    ]);
    const exit = await runCli(['import', 'pins', '--config', config, bad]);
    expect(exit.code).toBe(1);
    expect(exit.stderr.trim().split('\n')).toEqual([
      `${bad}:3: not a PIN (4-64 letters, digits or -): no spaces allowed`,
      `${bad}:4: the value of a PIN must be positive`,
      `${bad}:5: the PIN is already on line 2`,
      `${bad}:6: not a currency code: EURO`,
      `${bad}:7: the PIN is already loaded`,
      'switchboard: no PIN was loaded',
    ]);
    expect(await vouchers()).toBe(before);
  });

  it('loads a good file with a progress line; the table holds no PIN in clear, and charge redeems one', async () => {
    const rows = Array.from({ length: 1500 }, (_, i) => `BULK-${String(i).padStart(6, '0')},2.5`);
    const bulk = file('bulk.csv', ['pin,value', ...rows]);
    const exit = await runCli(['import', 'pins', '--config', config, '--progress', bulk]);
    expect(exit.code).toBe(0);
    expect(exit.stdout).toMatch(new RegExp(`^1500 PINs loaded from ${bulk}; in \\d+\\.\\d s, \\d+ rows/s\\n$`));
    const finals = exit.stderr.split('\n').map((line) => line.split('\r').at(-1)!.trim());
    expect(finals[0]).toMatch(new RegExp(`^checking ${bulk}: 1501/1501 rows, \\d+ rows/s$`));
    expect(finals[1]).toMatch(new RegExp(`^writing ${bulk}: 1500/1500 rows, \\d+ rows/s$`));
    const stored = await sb.server.services.db.em().find(RechargePin, { pin: { $like: 'BULK-%' } });
    expect(stored).toEqual([]);
    const charged = await mizuJson(sb.port, {
      apientry: 'charge',
      authid: 'pia',
      authpwd: 'pia-pw-123',
      pin: 'BULK-000042',
    });
    expect(charged.status, JSON.stringify(charged)).toBe('OK');
  });

  it('--dry-run checks and counts, and loads nothing', async () => {
    const before = await vouchers();
    const dry = file('dry.csv', ['pin;value', 'DRY-RUN-0001;1']);
    const exit = await runCli(['import', 'pins', '--config', config, '--delimiter', ';', '--dry-run', dry]);
    expect(exit.code).toBe(0);
    expect(exit.stdout.trim()).toBe(`dry run: 1 PINs checked in ${dry}; 1 would be loaded; nothing written`);
    expect(await vouchers()).toBe(before);
  });
});
