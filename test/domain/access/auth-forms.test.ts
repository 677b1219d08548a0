// Each authentication form succeeds with the right secret and fails with a wrong one; a replayed nonce fails;
// on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MizuV2Client } from '../../../generated/mizu-v2/client.ts';
import { mizuV2AuthMd5, mizuV2AuthV3, md5 } from '../../../src/protocol/digests.ts';
import { testEngines, type TestDatabase } from '../../support/databases.ts';
import { mizuJson } from '../../support/mizu.ts';
import { startTestServer, type TestServer } from '../../support/server.ts';

const KEY = 'k3y-0123';
const SERVER_SALT = 'srvsalt';
const USER = { username: 'bob', password: 'bob-pw-7', pin: '5551234' };

const engines = await testEngines('the authentication tests on PostgreSQL');

describe.each(engines.map((open) => [open]))('authentication forms (%#)', (openDatabase) => {
  let db: TestDatabase;
  let sb: TestServer;
  const call = (params: Record<string, string>) => mizuJson(sb.port, { apientry: 'balance', authkey: KEY, ...params });
  const preauth = async () => {
    const answer = await mizuJson(sb.port, { apientry: 'preauth', authkey: KEY });
    return /new nonce is:(.*)EOF/.exec(answer.data.value)![1]!;
  };

  beforeAll(async () => {
    db = await openDatabase();
    // Many deliberate failures here: a high ban threshold keeps the bans test's subject out of this one.
    sb = await startTestServer(db, {
      // apiauth 1 lets a PIN log in (it does not by default: test/domain/accounts/user-pins.test.ts)
      globals: { apiv2key: KEY, apiv2md5salt: SERVER_SALT, apiauth: '1' },
      limits: { authFailures: 1000 },
    });
    const { accounts, db: database } = sb.server.services;
    await accounts.create(database.em(), { ...USER, creditMicros: 3_000_000n }, { name: 'test', requestId: 'setup' });
  });
  afterAll(async () => {
    await sb?.stop();
    await db?.drop();
  });

  it.each([
    ['clear authpwd', () => ({ authid: USER.username, authpwd: USER.password })],
    [
      'authmd5 with authsalt (001)',
      () => ({
        authid: USER.username,
        authsalt: 'a1',
        authmd5: mizuV2AuthMd5(USER.username, USER.password, SERVER_SALT, 'a1'),
      }),
    ],
    [
      'authmd5 with authsalt1 (002), upper-case hex',
      () => ({
        authid: USER.username,
        authsalt1: 'b2',
        authmd5: mizuV2AuthMd5(USER.username, USER.password, SERVER_SALT, 'b2').toUpperCase(),
      }),
    ],
    ['the PIN as authid', () => ({ authid: USER.pin })],
    ['the PIN as authpwd', () => ({ authid: USER.username, authpwd: USER.pin })],
  ])('%s is accepted', async (_, params) => {
    const answer = await call(params());
    expect(answer.error).toBeUndefined();
    expect(answer.data).toEqual({ credit: '3.00', currency: 'USD' });
  });

  it.each([
    ['a wrong authpwd', () => ({ authid: USER.username, authpwd: 'nope' })],
    [
      'an authmd5 over a wrong password',
      () => ({
        authid: USER.username,
        authsalt: 'a1',
        authmd5: mizuV2AuthMd5(USER.username, 'nope', SERVER_SALT, 'a1'),
      }),
    ],
    [
      'an authmd5 without the server salt',
      () => ({ authid: USER.username, authsalt: 'a1', authmd5: mizuV2AuthMd5(USER.username, USER.password, '', 'a1') }),
    ],
    ['an unknown user', () => ({ authid: 'nobody', authpwd: 'x' })],
    ['no secret at all', () => ({ authid: USER.username })],
  ])('%s is refused', async (_, params) => {
    expect((await call(params())).error?.code).toBe('auth-failed');
  });

  it.each([
    ['no authkey', {}],
    ['a wrong authkey', { authkey: 'wrong' }],
  ])('%s is refused when apiv2key is set', async (_, key) => {
    const answer = await mizuJson(sb.port, {
      apientry: 'balance',
      authid: USER.username,
      authpwd: USER.password,
      ...key,
    });
    expect(answer.error?.code).toBe('auth-failed');
    expect(answer.error?.message).toMatch(/^auth failed: wrong key (wrong )?NORETRY$/);
  });

  it('accepts the authv3 nonce digest once, and refuses its replay', async () => {
    const nonce = await preauth();
    const params = {
      authid: USER.username,
      authsalt1: 's1',
      authsalt2: 's2',
      nonce: nonce.slice(0, 16),
      authmd5: mizuV2AuthV3(USER.username, USER.password, 's1', 's2', SERVER_SALT, nonce),
    };
    expect((await call(params)).data?.credit).toBe('3.00');
    expect((await call(params)).error?.code).toBe('auth-failed');
  });

  it('finds the nonce by its first 10 characters, as 002:L292 says clients send', async () => {
    const nonce = await preauth();
    const answer = await call({
      authid: USER.username,
      authsalt1: 's1',
      authsalt2: 's2',
      nonce: nonce.slice(0, 10),
      authmd5: mizuV2AuthV3(USER.username, USER.password, 's1', 's2', SERVER_SALT, nonce),
    });
    expect(answer.data?.credit).toBe('3.00');
  });

  it('refuses an authv3 digest over a wrong password, and the nonce is spent', async () => {
    const nonce = await preauth();
    const wrong = mizuV2AuthV3(USER.username, 'nope', 's1', 's2', SERVER_SALT, nonce);
    expect(
      (await call({ authid: USER.username, authsalt1: 's1', authsalt2: 's2', nonce, authmd5: wrong })).error?.code,
    ).toBe('auth-failed');
    const right = mizuV2AuthV3(USER.username, USER.password, 's1', 's2', SERVER_SALT, nonce);
    expect(
      (await call({ authid: USER.username, authsalt1: 's1', authsalt2: 's2', nonce, authmd5: right })).error?.code,
    ).toBe('auth-failed');
  });

  it.each(['clear', 'md5', 'nonce'] as const)('the generated client authenticates with %s', async (auth) => {
    const client = new MizuV2Client({
      baseUrl: sb.baseUrl,
      authkey: KEY,
      username: USER.username,
      password: USER.password,
      auth,
      serverSalt: SERVER_SALT,
    });
    expect(await client.balance()).toEqual({ credit: '3.00', currency: 'USD' });
  });

  it('matches the digests the inventory computed for username 1111 / 1111pwd', () => {
    expect(md5('rD58s:1111:1111pwd:87159643')).toBe('fc6c1a157648c45abb610634b0826be3');
    expect(mizuV2AuthMd5('1111', '1111pwd', '', '3020822')).toBe('34cb0396415aebbfc6f351b4c84bde77');
    expect(mizuV2AuthV3('1111', '1111pwd', '3020822', '7597691', '', '')).toBe(
      'authv3_3dfcb40a96d0d0ecf0498c8ba581d023',
    );
  });
});

describe('nonce login enforced (apidefneedlogin=2)', () => {
  let db: TestDatabase;
  let sb: TestServer;
  beforeAll(async () => {
    db = await engines[0]!();
    sb = await startTestServer(db, { globals: { apidefneedlogin: '2' } });
    await sb.server.services.accounts.create(sb.server.services.db.em(), USER, { name: 'test', requestId: 'setup' });
  });
  afterAll(async () => {
    await sb?.stop();
    await db?.drop();
  });

  it('answers a request without a nonce with "ERROR: new nonce is:…EOF"', async () => {
    const res = await fetch(
      `${sb.baseUrl}/mvapireq/?apientry=balance&authid=${USER.username}&authpwd=${USER.password}`,
    );
    expect(await res.text()).toMatch(/^ERROR: new nonce is:[0-9a-f]{32}EOF\n/);
  });

  it('lets a client that repeats the request with that nonce in (the generated client does)', async () => {
    const client = new MizuV2Client({
      baseUrl: sb.baseUrl,
      username: USER.username,
      password: USER.password,
      auth: 'nonce',
    });
    expect(await client.balance()).toEqual({ credit: '0.00', currency: 'USD' });
  });
});

describe('the old key name (httpapikey)', () => {
  it('is the API key when apiv2key is not set', async () => {
    const db = await engines[0]!();
    const sb = await startTestServer(db, { globals: { httpapikey: 'oldkey' } });
    try {
      expect((await mizuJson(sb.port, { apientry: 'apitest1' })).status).toBe('OK');
      expect((await mizuJson(sb.port, { apientry: 'version', authkey: 'other' })).error?.code).toBe('auth-failed');
      expect((await mizuJson(sb.port, { apientry: 'version', authkey: 'oldkey' })).status).toBe('OK');
    } finally {
      await sb.stop();
      await db.drop();
    }
  });
});
