// Two server processes started with the real command line on one PostgreSQL database and one Redis behave as one:
// a nonce issued by one is accepted once by the other, a ban earned on one holds on the other (and is lifted from
// either), and a credit change on one is seen at once by the other despite its user cache.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mizuV2AuthV3 } from '../../../src/protocol/digests.ts';
import { startCli, stopCli, writeConfig, type CliServer } from '../../support/cli.ts';
import { postgresDatabase, type TestDatabase } from '../../support/databases.ts';
import { mizuJson } from '../../support/mizu.ts';
import { ADMIN } from '../../support/server.ts';
import {
  POSTGRES,
  postgresAvailable,
  REDIS,
  REDIS_URL,
  redisAvailable,
  requireService,
  deleteRedisKeys,
} from '../../support/services.ts';

const TESTS = 'the two-process shared-state tests';
const servicesUp =
  requireService(POSTGRES, await postgresAvailable(), TESTS) && requireService(REDIS, await redisAvailable(), TESTS);

const AUTH_FAILURES = 3;
const asAdmin = { authid: ADMIN.username, authpwd: ADMIN.password };
const NONCE_USER = { username: 'nadia', password: 'nadia-pw-1' };
const BAN_USER = { username: 'bruno', password: 'bruno-pw-1' };
const CREDIT_USER = { username: 'cleo', password: 'cleo-pw-1' };
/** Each part speaks from an address of its own, so failures counted in one cannot ban another's. */
const NONCE_CLIENT = '127.0.0.4';
const BANNED = '127.0.0.3';

describe.skipIf(!servicesUp)('two server processes on one PostgreSQL and one Redis', () => {
  const prefix = `switchboard-test:${randomUUID()}:`;
  let db: TestDatabase;
  let a: CliServer;
  let b: CliServer;

  beforeAll(async () => {
    db = await postgresDatabase();
    const config = () =>
      writeConfig({
        database: db.url,
        redis: { url: REDIS_URL, prefix },
        // A window far longer than the test, so its failures cannot straddle a window boundary.
        limits: { authFailures: AUTH_FAILURES, windowSeconds: 3600, banSeconds: 600 },
      });
    // One after the other: the first start migrates the fresh database.
    a = await startCli(config());
    b = await startCli(config());
    for (const user of [NONCE_USER, BAN_USER, CREDIT_USER]) {
      const created = await mizuJson(a.port, {
        apientry: 'newuseri',
        ...asAdmin,
        u_username: user.username,
        u_password: user.password,
        credit: '10',
      });
      expect(created.code, JSON.stringify(created)).toBe(200);
    }
  });

  afterAll(() =>
    stopCli(
      [a, b],
      async () => db?.drop(),
      () => deleteRedisKeys(prefix),
    ),
  );

  it('accepts a nonce issued by one process on the other, once', async () => {
    const issued = await mizuJson(a.port, { apientry: 'preauth' }, NONCE_CLIENT);
    const nonce = /new nonce is:(\w+)EOF/.exec(JSON.stringify(issued))?.[1];
    expect(nonce, JSON.stringify(issued)).toBeDefined();
    const [salt1, salt2] = ['s1-4f2a', 's2-9b3c'];
    const login = {
      apientry: 'login',
      authid: NONCE_USER.username,
      authsalt1: salt1,
      authsalt2: salt2,
      nonce: nonce!.slice(0, 16),
      authmd5: mizuV2AuthV3(NONCE_USER.username, NONCE_USER.password, salt1, salt2, /* apiv2md5salt */ '', nonce!),
    };

    const onB = await mizuJson(b.port, login, NONCE_CLIENT);
    expect(onB, JSON.stringify(onB)).toMatchObject({ code: 200, data: { username: NONCE_USER.username } });
    expect((await mizuJson(a.port, login, NONCE_CLIENT)).error?.code).toBe('auth-failed');
    expect((await mizuJson(b.port, login, NONCE_CLIENT)).error?.code).toBe('auth-failed');
  });

  it('bans on both processes an address that failed on one, and lifts the ban from either', async () => {
    const balanceOn = (sb: CliServer, password: string) =>
      mizuJson(sb.port, { apientry: 'balance', authid: BAN_USER.username, authpwd: password }, BANNED);
    for (let i = 0; i < AUTH_FAILURES; i++) expect((await balanceOn(a, `wrong-${i}`)).error?.code).toBe('auth-failed');

    expect((await balanceOn(b, BAN_USER.password)).error?.code).toBe('banned');
    const listed = await mizuJson(b.port, { apientry: 'bannedlist', ...asAdmin });
    expect(listed.data?.rows, JSON.stringify(listed)).toEqual([expect.objectContaining({ ip: BANNED })]);

    expect((await mizuJson(a.port, { apientry: 'delbanned', ip: BANNED, ...asAdmin })).status).toBe('OK');
    expect((await balanceOn(b, BAN_USER.password)).data).toEqual({ credit: '10.00', currency: 'USD' });
    expect((await mizuJson(b.port, { apientry: 'bannedlist', ...asAdmin })).data?.rows).toEqual([]);
  });

  it('shows on one process a credit added on the other at once, though it had the user cached', async () => {
    const balanceOnA = async () =>
      (await mizuJson(a.port, { apientry: 'balance', authid: CREDIT_USER.username, authpwd: CREDIT_USER.password }))
        .data;
    expect(await balanceOnA()).toEqual({ credit: '10.00', currency: 'USD' });

    const added = await mizuJson(b.port, { apientry: 'addcredit', ...asAdmin, pin: CREDIT_USER.username, credit: '5' });
    expect(added.code, JSON.stringify(added)).toBe(200);
    expect(await balanceOnA()).toEqual({ credit: '15.00', currency: 'USD' });
  });
});
