// The authmd5 digest expected of a user is kept for the salts last asked (a client that stores its digest sends the
// same one every time): a kept digest must never outlive the password or the server salt it was made from.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mizuV2AuthMd5 } from '../../../src/protocol/digests.ts';
import { sqliteDatabase, type TestDatabase } from '../../support/databases.ts';
import { mizuJson } from '../../support/mizu.ts';
import { startTestServer, type TestServer } from '../../support/server.ts';

const USER = { username: 'dora', password: 'dora-pw-1' };
const ACTOR = { name: 'test', requestId: 'setup' };

describe('a kept authmd5 digest', () => {
  let db: TestDatabase;
  let sb: TestServer;
  let userId: number;
  const balance = (password: string, serverSalt: string, salt = 's1') =>
    mizuJson(sb.port, {
      apientry: 'balance',
      authid: USER.username,
      authsalt1: salt,
      authmd5: mizuV2AuthMd5(USER.username, password, serverSalt, salt),
    });

  beforeAll(async () => {
    db = sqliteDatabase();
    sb = await startTestServer(db, { globals: { apiv2md5salt: 'salt-a' }, limits: { authFailures: 1000 } });
    const { accounts, db: database } = sb.server.services;
    ({ id: userId } = await accounts.create(database.em(), USER, ACTOR));
  });
  afterAll(async () => {
    await sb?.stop();
    await db?.drop();
  });

  it('is used again for the same salt, and a new salt is checked afresh', async () => {
    expect((await balance(USER.password, 'salt-a')).status).toBe('OK');
    expect((await balance(USER.password, 'salt-a')).status).toBe('OK');
    expect((await balance(USER.password, 'salt-a', 's2')).status).toBe('OK');
    expect((await balance('wrong', 'salt-a', 's2')).error?.code).toBe('auth-failed');
  });

  it('is not accepted once the server salt changes', async () => {
    expect((await balance(USER.password, 'salt-a')).status).toBe('OK');
    const { options, db: database } = sb.server.services;
    await options.set(database.em(), 'apiv2md5salt', 'salt-b');
    expect((await balance(USER.password, 'salt-a')).error?.code).toBe('auth-failed');
    expect((await balance(USER.password, 'salt-b')).status).toBe('OK');
  });

  it('is not accepted once the password changes', async () => {
    expect((await balance(USER.password, 'salt-b')).status).toBe('OK');
    const { accounts, db: database } = sb.server.services;
    await accounts.setPassword(database.em(), userId, 'dora-pw-2', ACTOR);
    expect((await balance(USER.password, 'salt-b')).error?.code).toBe('auth-failed');
    expect((await balance('dora-pw-2', 'salt-b')).status).toBe('OK');
  });
});
