// A real install's MOR set up from the command line only: users and a rate deck imported, then `switchboard mor
// groups|currencies|devices` — and `switchboard serve` answers the MOR pages from them: the devices page, the rates
// page in the user's currency and in another (?currency=EUR), a group's destinations. Deleting from the command line
// shows on the running server; mistakes are one line with exit 1, misuse the usage with exit 2. SQLite and PostgreSQL.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanupCli, runCli, startCli, stopCli, tempFolder, writeConfig, type CliServer } from '../support/cli.ts';
import { testEngines, type TestDatabase } from '../support/databases.ts';
import type { TestServer } from '../support/server.ts';
import { API_SECRET, loginCookie, request } from '../dialects/mor/support.ts';

const engines = await testEngines('the mor command tests on PostgreSQL');
afterAll(cleanupCli);

const PASSWORD = 'alice-pw-1';
/** Each command line is a process of its own (a second or more on a busy machine): a test of many gets time. */
const MANY_COMMANDS_MS = 120_000;
const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

describe.each(engines.map((open) => [open]))('switchboard mor (%#)', (open) => {
  let db: TestDatabase;
  let config: string;
  let server: CliServer | undefined;
  /** What the MOR test helpers need of a server: its address. */
  let mor: TestServer;
  let cookie: string;

  const cli = (...args: string[]) => runCli(['mor', ...args, '--config', config]);
  const page = async (path: string) => {
    const answer = await request(mor, path, { headers: { cookie } });
    expect(answer.status, answer.text).toBe(200);
    return answer.doc;
  };

  beforeAll(async () => {
    db = await open();
    config = writeConfig({ database: db.url, mor: { apiSecretKey: API_SECRET } });
    const dir = tempFolder();
    const users = join(dir, 'users.csv');
    writeFileSync(users, `username,password,currency\nalice,${PASSWORD},USD\n`);
    const deck = join(dir, 'deck.csv');
    writeFileSync(deck, 'prefix,destination,rate\n6126,Australia Canberra,0.02\n614,Australia Mobile,0.1\n');
    for (const args of [
      ['import', 'users', '--config', config, users],
      ['import', 'rates', '--config', config, deck],
    ]) {
      const exit = await runCli(args);
      expect(exit.code, exit.stderr).toBe(0);
    }
  }, MANY_COMMANDS_MS);
  afterAll(async () => {
    await stopCli([server]);
    await db?.drop();
  });

  it(
    'adds destination groups, currencies and devices, and lists them',
    async () => {
      const group = await cli('groups', 'add', 'Australia', 'aust', '61261:FIX:Australia Canberra', '614:MOB');
      expect([group.code, group.stderr]).toEqual([
        0,
        expect.stringMatching(/Australia \(id \d+\): 2 prefix\(es\) added/),
      ]);
      expect((await cli('groups', 'add', 'Australia', '', '61262:fix:Australia Canberra')).code).toBe(0);
      expect((await cli('groups', 'list')).stdout.trim().split('\n')).toEqual([
        expect.stringMatching(/^\d+\tAustralia\taust$/),
        '\t61261\tFIX\tAustralia Canberra',
        '\t61262\tFIX\tAustralia Canberra',
        '\t614\tMOB\tAustralia',
      ]);
      expect((await cli('currencies', 'set', 'USD', '1', 'US dollar')).code).toBe(0);
      expect((await cli('currencies', 'set', 'eur', '0.5', 'Euro')).code).toBe(0);
      expect((await cli('currencies', 'list')).stdout).toBe('EUR\t0.50\tEuro\nUSD\t1.00\tUS dollar\n');
      const desk = await cli('devices', 'add', 'alice', 'SIP', '101', '--password', 'pw101', '--description', 'Desk');
      expect([desk.code, desk.stdout, desk.stderr]).toEqual([0, '', expect.stringMatching(/SIP\/101 \(id \d+\)/)]);
      const fax = await cli('devices', 'add', 'alice', 'FAX', '102');
      expect([fax.code, fax.stdout]).toEqual([0, expect.stringMatching(/^password [\w-]{16}\n$/)]);
      expect((await cli('devices', 'list', 'alice')).stdout).toMatch(
        /^\d+\talice\tSIP\/101\tDesk\n\d+\talice\tFAX\/102\t\n$/,
      );
    },
    MANY_COMMANDS_MS,
  );

  it(
    'serve answers the MOR pages from them',
    async () => {
      server = await startCli(config);
      mor = { baseUrl: server.baseUrl } as TestServer;
      cookie = await loginCookie(mor, 'alice', PASSWORD);
      const devices = list((await page('/devices/user_devices')).page.devices.device);
      expect(devices.map((d: any) => [d.type, d.extension, d.password])).toEqual([
        ['SIP', '101', 'pw101'],
        ['FAX', '102', expect.stringMatching(/^[\w-]{16}$/)],
      ]);
      const own = (await page('/tariffs/user_rates')).page;
      expect([own.currency, own.aval_currencies.currency]).toEqual(['USD', ['EUR', 'USD']]);
      const euro = (await page('/tariffs/user_rates?currency=EUR')).page;
      expect(euro.currency).toBe('EUR');
      expect(list(euro.rates.rate).map((r: any) => [r.ratename, r.rateicon, r.ratetype, r.ratecost])).toEqual([
        ['Australia', 'aust.png', 'FIX', '0.01'],
        ['Australia', 'aust.png', 'MOB', '0.05'],
      ]);
      const groupId = /^(\d+)\t/.exec((await cli('groups', 'list')).stdout)![1];
      const group = (await page(`/directions/dg_list_user_destinations/${groupId}`)).page;
      expect(list(group.directions.direction).map((d: any) => d.prefix)).toEqual(['61261', '61262', '614']);
    },
    MANY_COMMANDS_MS,
  );

  it(
    'deletes: the running server shows it at once',
    async () => {
      expect((await cli('devices', 'delete', '102')).stderr).toMatch(/device FAX\/102 deleted/);
      expect(list((await page('/devices/user_devices')).page.devices.device).map((d: any) => d.extension)).toEqual([
        '101',
      ]);
      expect((await cli('currencies', 'delete', 'EUR')).code).toBe(0);
      const gone = await request(mor, '/tariffs/user_rates?currency=EUR', { headers: { cookie } });
      expect(gone.text).toMatch(/EUR is not available/);
      expect((await cli('groups', 'delete', 'Australia')).stderr).toMatch(/deleted with its 3 prefix\(es\)/);
      expect(list((await page('/tariffs/user_rates')).page.rates?.rate).map((r: any) => r.ratename)).toEqual([
        'Australia Canberra',
        'Australia Mobile',
      ]);
    },
    MANY_COMMANDS_MS,
  );

  it.each([
    ['an unknown user', ['devices', 'add', 'bob', 'SIP', '301'], /no user bob/],
    ['an extension taken', ['devices', 'add', 'alice', 'SIP', '101'], /a device with extension 101/],
    [
      'an empty device password (the password policy)',
      ['devices', 'add', 'alice', 'SIP', '105', '--password', ''],
      /weak password: the password must not be empty/,
    ],
    ['a rate that is no amount', ['currencies', 'set', 'GBP', 'lots'], /RATE is not an amount/],
    ['a device that does not exist', ['devices', 'delete', '999'], /no device with extension 999/],
  ])('refuses %s in one line, exit 1', async (_name, args, problem) => {
    const exit = await cli(...args);
    expect([exit.code, exit.stderr]).toEqual([1, expect.stringMatching(problem)]);
    expect(exit.stderr.trim().split('\n')).toHaveLength(1);
  });

  it(
    'refuses a prefix another group has, adding nothing of that command',
    async () => {
      expect((await cli('groups', 'add', 'Mine', '', '61261:FIX')).code).toBe(0);
      const again = await cli('groups', 'add', 'Other', '', '999:FIX', '61261:FIX');
      expect([again.code, again.stderr]).toEqual([1, 'switchboard: prefix 61261 is already in a destination group\n']);
      expect((await cli('groups', 'list')).stdout).not.toMatch(/Other|999/);
    },
    MANY_COMMANDS_MS,
  );

  it.each([
    [['rates', 'list'], /mor: devices, groups or currencies, not rates/],
    [['devices', 'rename'], /mor devices: add, list, delete, not rename/],
    [['devices', 'add', 'alice', 'SIP'], /mor devices add: 2 argument\(s\) given/],
    [['groups', 'list', '--password', 'x'], /mor groups list: takes no --password/],
  ])('misuse %j: the usage, exit 2', async (args, problem) => {
    const exit = await cli(...args);
    expect([exit.code, exit.stderr]).toEqual([2, expect.stringMatching(problem)]);
    expect(exit.stderr).toContain('switchboard mor devices add --config FILE');
  });
});
