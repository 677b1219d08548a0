// `switchboard bans list|delete`: real server processes on SQLite and PostgreSQL, and with Redis — a ban set before a
// restart of the server is listed and lifted from the command line while the server runs, and the admin commands
// bannedlist and delbanned agree with it.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { cleanupCli, runCli, startCli, writeConfig, type CliServer } from '../support/cli.ts';
import { testEngines, type TestDatabase } from '../support/databases.ts';
import { mizuJson } from '../support/mizu.ts';
import { ADMIN } from '../support/server.ts';
import { deleteRedisKeys, REDIS, REDIS_URL, redisAvailable, requireService } from '../support/services.ts';

const engines = await testEngines('the bans command tests on PostgreSQL');
const redisUp = requireService(REDIS, await redisAvailable(), 'the bans command test with Redis');
const asAdmin = { authid: ADMIN.username, authpwd: ADMIN.password };
const GUESSER = '127.0.0.61';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterAll(cleanupCli);

const setups = [
  ...engines.map((open, i) => ({ name: i === 0 ? 'SQLite' : 'PostgreSQL', open, redis: false })),
  ...(redisUp ? [{ name: 'SQLite and Redis', open: engines[0]!, redis: true }] : []),
];

describe.each(setups)('switchboard bans, on $name', ({ open, redis }) => {
  let db: TestDatabase | undefined;
  let server: CliServer | undefined;
  const prefix = `switchboard-test:${randomUUID()}:`;

  afterEach(async () => {
    await server?.stop();
    await db?.drop();
    [server, db] = [undefined, undefined];
    if (redis) await deleteRedisKeys(prefix);
  });

  /** A config file on a fresh database (and Redis, in that setup) that bans after 3 failures. */
  const configOnFreshDatabase = async () => {
    db = await open();
    return writeConfig({
      database: db.url,
      limits: { authFailures: 3, banSeconds: 600 },
      ...(redis ? { redis: { url: REDIS_URL, prefix } } : {}),
    });
  };
  const balance = (from: string, password = ADMIN.password) =>
    mizuJson(server!.port, { apientry: 'balance', authid: ADMIN.username, authpwd: password }, from);

  it('lists a ban set before a restart, and delete lifts it in the running server', { timeout: 180_000 }, async () => {
    const config = await configOnFreshDatabase();
    server = await startCli(config);
    for (let i = 0; i < 3; i++) await balance(GUESSER, 'wrong');
    expect((await balance(GUESSER)).error?.code).toBe('banned');
    expect((await server.stop()).code).toBe(0);

    server = await startCli(config);
    expect((await balance(GUESSER)).error?.code).toBe('banned');
    const listed = await runCli(['bans', 'list', '--config', config]);
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout).toMatch(new RegExp(`^${GUESSER}\\t\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z\\tban 1\\t3 failed`, 'm'));

    const deleted = await runCli(['bans', 'delete', '--config', config, GUESSER]);
    expect(deleted.code, deleted.stderr).toBe(0);
    expect(deleted.stderr).toMatch(/^1 ban\(s\) lifted$/m);
    // A server keeping its state in memory asks the table again within a couple of seconds; with Redis at once.
    let answer = await balance(GUESSER);
    for (let waited = 0; answer.error?.code === 'banned' && waited < 5_000; waited += 250) {
      await sleep(250);
      answer = await balance(GUESSER);
    }
    expect(answer.status).toBe('OK');
    expect((await mizuJson(server.port, { apientry: 'bannedlist', ...asAdmin })).data.rows).toEqual([]);
    expect((await runCli(['bans', 'list', '--config', config])).stdout).toBe('');
    const again = await runCli(['bans', 'delete', '--config', config, GUESSER]);
    expect([again.code, again.stderr.trim()]).toEqual([1, `switchboard: ${GUESSER} is not banned`]);
  });

  it('delete all lifts every ban, and bannedlist agrees with list', { timeout: 120_000 }, async () => {
    const config = await configOnFreshDatabase();
    server = await startCli(config);
    for (const ip of ['127.0.0.62', '127.0.0.63']) for (let i = 0; i < 3; i++) await balance(ip, 'wrong');
    const fromServer = (await mizuJson(server.port, { apientry: 'bannedlist', ...asAdmin })).data.rows as {
      ip: string;
      until: string;
    }[];
    const listed = (await runCli(['bans', 'list', '--config', config])).stdout.trim().split('\n');
    expect(listed.map((line) => line.split('\t').slice(0, 2))).toEqual(fromServer.map((r) => [r.ip, r.until]));
    expect(fromServer.map((r) => r.ip).sort()).toEqual(['127.0.0.62', '127.0.0.63']);

    const deleted = await runCli(['bans', 'delete', '--config', config, 'all']);
    expect(deleted.stderr).toMatch(/^2 ban\(s\) lifted$/m);
    await sleep(2_100);
    expect((await balance('127.0.0.62')).status).toBe('OK');
    expect((await balance('127.0.0.63')).status).toBe('OK');
  });
});

describe('switchboard bans, misused', () => {
  it.each([
    ['no subcommand', ['bans']],
    ['an unknown subcommand', ['bans', 'clear']],
    ['delete without an address', ['bans', 'delete']],
    ['delete of something not an address', ['bans', 'delete', 'x; drop table bans']],
  ])('refuses %s with the usage', { timeout: 60_000 }, async (_what, args) => {
    const exit = await runCli([...args, '--config', writeConfig()]);
    expect(exit.code).toBe(2);
    expect(exit.stderr).toMatch(/^switchboard: .*\nusage:\n {2}switchboard bans list/);
  });
});
