// The authv3 digest without a preauth nonce (002:L217: the nonce only "if nonce authentication was set"): accepted
// where authmd5 is, refused over a wrong password, and answered with a new nonce where a nonce login is required
// (002:L294); on SQLite and PostgreSQL, over HTTP to a real server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mizuV2AuthV3 } from '../../../src/protocol/digests.ts';
import { testEngines, type TestDatabase } from '../../support/databases.ts';
import { mizuGet, mizuJson } from '../../support/mizu.ts';
import { startTestServer, type TestServer } from '../../support/server.ts';

const KEY = 'k3y-0123';
const SERVER_SALT = 'srvsalt';
const USER = { username: 'carol', password: 'carol-pw-9' };

/** A client that never sent preauth: the digest over an empty nonce, no nonce parameter. */
const withoutNonce = (password: string) => ({
  authid: USER.username,
  authsalt: 's1',
  authsalt2: 's2',
  authmd5: mizuV2AuthV3(USER.username, password, 's1', 's2', SERVER_SALT, ''),
});

const engines = await testEngines('the authv3-without-nonce tests on PostgreSQL');

describe.each(engines.map((open) => [open]))('authv3 without a nonce (%#)', (openDatabase) => {
  let db: TestDatabase;
  let sb: TestServer;
  const balance = (params: Record<string, string>) =>
    mizuJson(sb.port, { apientry: 'balance', authkey: KEY, ...params });

  beforeAll(async () => {
    db = await openDatabase();
    sb = await startTestServer(db, {
      globals: { apiv2key: KEY, apiv2md5salt: SERVER_SALT },
      limits: { authFailures: 1000 },
    });
    const { accounts, db: database } = sb.server.services;
    await accounts.create(database.em(), { ...USER, creditMicros: 4_000_000n }, { name: 'test', requestId: 'setup' });
  });
  afterAll(async () => {
    await sb?.stop();
    await db?.drop();
  });

  it('is accepted when no nonce login is required, as often as authmd5 is', async () => {
    for (let i = 0; i < 2; i++) expect((await balance(withoutNonce(USER.password))).data?.credit).toBe('4.00');
  });

  it('upper-case hex after the prefix is the same digest', async () => {
    const params = withoutNonce(USER.password);
    const answer = await balance({ ...params, authmd5: `authv3_${params.authmd5.slice(7).toUpperCase()}` });
    expect(answer.data?.credit).toBe('4.00');
  });

  it('is refused over a wrong password, or over a nonce the server never issued', async () => {
    expect((await balance(withoutNonce('nope'))).error?.code).toBe('auth-failed');
    const overInvented = mizuV2AuthV3(USER.username, USER.password, 's1', 's2', SERVER_SALT, 'feedbeeffeedbeef');
    expect((await balance({ ...withoutNonce(USER.password), authmd5: overInvented })).error?.code).toBe('auth-failed');
  });
});

describe('authv3 without a nonce where a nonce login is required (apidefneedlogin=2)', () => {
  let db: TestDatabase;
  let sb: TestServer;
  beforeAll(async () => {
    db = await engines[0]!();
    sb = await startTestServer(db, { globals: { apiv2md5salt: SERVER_SALT, apidefneedlogin: '2' } });
    await sb.server.services.accounts.create(sb.server.services.db.em(), USER, { name: 'test', requestId: 'setup' });
  });
  afterAll(async () => {
    await sb?.stop();
    await db?.drop();
  });

  it('gets "ERROR: new nonce is:…EOF", and the digest over that nonce then gets in, once', async () => {
    const first = await mizuGet(sb.port, { apientry: 'balance', ...withoutNonce(USER.password) });
    const nonce = /^ERROR: new nonce is:([0-9a-f]{32})EOF\n/.exec(first.body)?.[1];
    expect(nonce, first.body).toBeDefined();
    const withNonce = {
      ...withoutNonce(USER.password),
      nonce: nonce!.slice(0, 10),
      authmd5: mizuV2AuthV3(USER.username, USER.password, 's1', 's2', SERVER_SALT, nonce!),
    };
    expect((await mizuJson(sb.port, { apientry: 'balance', ...withNonce })).data?.credit).toBe('0.00');
    expect((await mizuJson(sb.port, { apientry: 'balance', ...withNonce })).error?.code).toBe('auth-failed');
  });
});
