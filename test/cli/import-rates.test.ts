// `switchboard import rates` as an operator runs it, beside a running server on the same database (no shared state
// between them): bad rows are reported by line and nothing is written; a good deck creates the missing tariff and
// the server rates on it at once. SQLite and PostgreSQL.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Rate } from '../../src/persistence/entities/rate.ts';
import { Tariff } from '../../src/persistence/entities/tariff.ts';
import { cleanupCli, runCli, startBesideServer, type BesideServer } from '../support/cli.ts';
import { testEngines } from '../support/databases.ts';
import { mizuJson } from '../support/mizu.ts';
import type { TestServer } from '../support/server.ts';

const engines = await testEngines('the import rates command tests on PostgreSQL');
afterAll(cleanupCli);

const HEADER = 'prefix,destination,rate,connect_fee,initial_increment,increment';

describe.each(engines.map((open) => [open]))('switchboard import rates (%#)', (open) => {
  let beside: BesideServer | undefined;
  let sb: TestServer;
  let config: string;
  let dir: string;

  beforeAll(async () => {
    beside = await startBesideServer(open, { username: 'omar', password: 'omar-pw-1' });
    ({ sb, config, dir } = beside);
  });
  afterAll(() => beside?.stop());

  const deck = (name: string, lines: string[]) => {
    const file = join(dir, name);
    writeFileSync(file, `${lines.join('\n')}\n`);
    return file;
  };
  const rate = (bnum: string) => mizuJson(sb.port, { apientry: 'rating', authid: 'omar', authpwd: 'omar-pw-1', bnum });

  it('reports each bad row by file and line, exits 1, and writes nothing — not even the tariff', async () => {
    const file = deck('bad.csv', [
      HEADER,
      '1,USA,0.01,0,60,60',
      '44,UK,zero,0,60,60',
      '49,Germany,0.02,0,60',
      '1,USA again,0.01,0,60,60',
    ]);
    const exit = await runCli(['import', 'rates', '--config', config, file]);
    expect(exit.code).toBe(1);
    expect(exit.stderr.trim().split('\n')).toEqual([
      `${file}:3: rate "zero" is not an amount with at most 6 decimals`,
      `${file}:4: 5 fields where the header has 6`,
      `${file}:5: prefix 1 is already on line 2`,
      'switchboard: no rate was loaded',
    ]);
    const em = sb.server.services.db.em();
    expect(await em.count(Tariff, {})).toBe(0);
    expect(await em.count(Rate, {})).toBe(0);
  });

  it('loads a good deck into the default tariff, creating it, and the running server rates on it at once', async () => {
    expect((await rate('4420')).error?.code).toBe('not-found');
    const file = deck('deck.csv', [
      HEADER,
      '1,USA,0.01,0,60,60',
      '44,"United Kingdom, fixed",0.02,0.05,30,6',
      '447,UK mobile,0.1,,1,1',
    ]);
    const exit = await runCli(['import', 'rates', '--config', config, file]);
    expect(exit.stderr).toBe('');
    expect(exit.code).toBe(0);
    expect(exit.stdout).toMatch(
      new RegExp(
        `^tariff default \\(USD, created\\): 3 rates loaded from ${file}; 3 in the deck; in \\d+\\.\\d s, \\d+ rows/s\\n$`,
      ),
    );
    expect((await rate('4420')).data).toMatchObject({
      prefix: '44',
      rate: '0.02',
      connectfee: '0.05',
      destination: 'United Kingdom, fixed',
      tariff: 'default',
    });
    // A second load, heard by the server without any shared state, only through the deck version.
    const update = deck('update.csv', ['prefix,rate,destination', '44,0.025,UK', '4420,0.015,London']);
    expect((await runCli(['import', 'rates', '--config', config, update])).code).toBe(0);
    expect((await rate('4420')).data).toMatchObject({ prefix: '4420', rate: '0.015', destination: 'London' });
    expect((await rate('4430')).data).toMatchObject({ prefix: '44', rate: '0.025', destination: 'UK' });
  });

  it('--tariff names (and creates) another tariff, --currency sets its currency, --replace drops what the file lacks', async () => {
    const file = deck('gold.csv', [HEADER, '44,UK,0.01,0,60,60', '49,Germany,0.02,0,60,60']);
    expect(
      (await runCli(['import', 'rates', '--config', config, '--tariff', 'gold', '--currency', 'EUR', file])).stdout,
    ).toMatch(/^tariff gold \(EUR, created\): 2 rates loaded/);
    const smaller = deck('gold2.csv', [HEADER, '49,Germany,0.03,0,60,60']);
    const exit = await runCli(['import', 'rates', '--config', config, '--tariff', 'gold', '--replace', smaller]);
    expect(exit.stdout).toMatch(
      `tariff gold (EUR): 1 rates loaded from ${smaller} (deck replaced); 1 in the deck; in `,
    );
    const wrong = await runCli([
      'import',
      'rates',
      '--config',
      config,
      '--tariff',
      'gold',
      '--currency',
      'USD',
      smaller,
    ]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr.trim()).toBe('switchboard: tariff gold is in EUR, not USD');
  });

  it('reads a quoted destination that spans lines, with --delimiter ";", and numbers the lines after it right', async () => {
    const file = deck('semicolons.csv', [
      'prefix;destination;rate',
      '3361;"France; mobile',
      'Orange";0.05',
      '3362;France;zero',
    ]);
    const bad = await runCli(['import', 'rates', '--config', config, '--tariff', 'semi', '--delimiter', ';', file]);
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split('\n')).toEqual([
      `${file}:4: rate "zero" is not an amount with at most 6 decimals`,
      'switchboard: no rate was loaded',
    ]);
    writeFileSync(file, 'prefix;destination;rate\n3361;"France; mobile\nOrange";0.05\n');
    const good = await runCli(['import', 'rates', '--config', config, '--tariff', 'semi', '--delimiter', ';', file]);
    expect(good.code).toBe(0);
    const [stored] = await sb.server.services.db
      .em()
      .getConnection()
      .execute<{ destination: string }[]>("select destination from rates where prefix = '3361'");
    expect(stored?.destination).toBe('France; mobile\nOrange');
  });

  it('reports a quote left open at the line it opens on', async () => {
    const file = deck('open.csv', [HEADER, '1,USA,0.01,0,60,60', '44,"UK,0.1,0,60,60', '49,Germany,0.02,0,60,60']);
    const exit = await runCli(['import', 'rates', '--config', config, '--tariff', 'open', file]);
    expect(exit.code).toBe(1);
    expect(exit.stderr).toContain(`${file}:3: a quoted field is not closed`);
  });

  it('--dry-run checks and counts, and writes nothing', async () => {
    const first = deck('dry1.csv', [HEADER, '44,UK,0.01,0,60,60']);
    expect((await runCli(['import', 'rates', '--config', config, '--tariff', 'dry', first])).code).toBe(0);
    const file = deck('dry2.csv', [HEADER, '44,UK,0.02,0,60,60', '49,Germany,0.02,0,60,60', '33,France,0.03,0,60,60']);
    const exit = await runCli([
      'import',
      'rates',
      '--config',
      config,
      '--tariff',
      'dry',
      '--replace',
      '--dry-run',
      file,
    ]);
    expect(exit.code).toBe(0);
    expect(exit.stdout.trim()).toBe(
      `dry run: tariff dry (USD): 3 rates checked in ${file}; 2 would be added, 1 changed, 0 removed (--replace); 3 in the deck after; nothing written`,
    );
    const em = sb.server.services.db.em();
    const tariff = await em.findOneOrFail(Tariff, { name: 'dry' });
    expect((await em.find(Rate, { tariffId: tariff.id })).map((r) => [r.prefix, String(r.rateMicros)])).toEqual([
      ['44', '10000'],
    ]);
  });

  it('--dry-run creates no tariff', async () => {
    const file = deck('dry3.csv', [HEADER, '44,UK,0.02,0,60,60']);
    const fresh = await runCli(['import', 'rates', '--config', config, '--tariff', 'drier', '--dry-run', file]);
    expect(fresh.stdout).toMatch(/^dry run: tariff drier \(USD, would be created\): 1 rates checked/);
    expect(await sb.server.services.db.em().count(Tariff, { name: 'drier' })).toBe(0);
  });

  it('--progress shows each step with done/total and rows/s on stderr, even when it is not a terminal', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `${5000 + i},Zone,0.01,0,60,60`);
    const file = deck('progress.csv', [HEADER, ...rows]);
    const exit = await runCli(['import', 'rates', '--config', config, '--tariff', 'progress', '--progress', file]);
    expect(exit.code).toBe(0);
    // Each step ends on a line of its own with its final figures; redraws before it are joined to it by \r.
    const finals = exit.stderr.split('\n').map((line) => line.split('\r').at(-1)!.trim());
    expect(finals[0]).toMatch(new RegExp(`^checking ${file}: 3001/3001 rows, \\d+ rows/s$`));
    expect(finals[1]).toMatch(new RegExp(`^writing ${file}: 3000/3000 rows, \\d+ rows/s$`));
    // Without --progress, and stderr not a terminal: no progress line.
    const quiet = await runCli(['import', 'rates', '--config', config, '--tariff', 'progress', file]);
    expect(quiet.stderr).toBe('');
  });

  it('explains a missing file and a wrong invocation', async () => {
    const missing = await runCli(['import', 'rates', '--config', config, join(dir, 'nope.csv')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe(`switchboard: ${join(dir, 'nope.csv')}: no such file`);
    const noFile = await runCli(['import', 'rates', '--config', config]);
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toMatch(/^switchboard: import rates: name one CSV file\nusage:/);
  });

  it('refuses a delimiter that is not one character', async () => {
    const file = deck('delimiter.csv', [HEADER, '44,UK,0.02,0,60,60']);
    const delimiter = await runCli(['import', 'rates', '--config', config, '--delimiter', '::', file]);
    expect(delimiter.code).toBe(2);
    expect(delimiter.stderr).toMatch(/^switchboard: --delimiter: one character/);
  });
});
