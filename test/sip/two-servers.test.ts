// Two Switchboard processes on one PostgreSQL, registrations in the database and the shared state in Redis
// (issue 15): a phone registered to one is online through the other's status, reguser and presence_get, and an
// unreg on one ends it for both. SIPp, PostgreSQL and Redis are required when CI=true; elsewhere skipped with one line.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresDatabase, type TestDatabase } from '../support/databases.ts';
import { mizuJson } from '../support/mizu.ts';
import { ADMIN, type TestServer } from '../support/server.ts';
import {
  POSTGRES,
  postgresAvailable,
  REDIS,
  REDIS_URL,
  redisAvailable,
  requireProgram,
  requireService,
} from '../support/services.ts';
import { freeSipPort } from './free-port.ts';
import { passwordOf, type SipTestServer, startSipServer } from './sip-server.ts';
import { runSipp } from './sipp.ts';

const tests = 'the two-server registration test';
const runs =
  requireProgram('sipp', tests) &&
  requireService(POSTGRES, await postgresAvailable(), tests) &&
  requireService(REDIS, await redisAvailable(), tests);
const USER = { username: '5001', password: passwordOf('5001') };

describe.skipIf(!runs)('two servers on one PostgreSQL see the same registrations', () => {
  let db: TestDatabase;
  let serverA: SipTestServer;
  let serverB: SipTestServer;
  let a: TestServer;
  let b: TestServer;

  beforeAll(async () => {
    db = await postgresDatabase();
    const shared = {
      redis: { url: REDIS_URL, prefix: `sb-test-${randomBytes(4).toString('hex')}:` },
      sip: { registrations: 'database' as const },
    };
    serverA = await startSipServer(db, [USER.username], shared);
    serverB = await startSipServer(db, [], shared);
    ({ sb: a } = serverA);
    ({ sb: b } = serverB);
  });
  afterAll(async () => {
    await serverA?.stop();
    await serverB?.stop();
    await db?.drop();
  });

  const asUser = (sb: TestServer, params: Record<string, string>) =>
    mizuJson(sb.port, { authid: USER.username, authpwd: USER.password, ...params });
  const asAdmin = (sb: TestServer, params: Record<string, string>) =>
    mizuJson(sb.port, { authid: ADMIN.username, authpwd: ADMIN.password, ...params });

  it('registered through one, online through the other; unreg on the other ends it for both', async () => {
    const localPort = await freeSipPort();
    const run = await runSipp({
      scenario: 'register.xml',
      port: serverA.sipPort,
      transport: 'udp',
      users: [USER],
      localPort,
      dir: serverA.dir,
    });
    expect(run.errors, run.stderr).toBe('');
    expect(run.code).toBe(0);

    for (const sb of [a, b]) expect((await asUser(sb, { apientry: 'status' })).data).toEqual({ status: 2 });
    expect((await asAdmin(b, { apientry: 'reguser', usr: USER.username })).data.rows).toEqual([
      expect.objectContaining({ port: localPort, useragent: 'SIPp/3.6 switchboard-test' }),
    ]);

    expect((await asUser(a, { apientry: 'presence_set', pstatus: 'in a meeting' })).status).toBe('OK');
    const presence = async () =>
      (await asUser(b, { apientry: 'presence_get', userusername: USER.username })).data?.rows;
    const until = Date.now() + 5_000;
    while (!JSON.stringify(await presence()).includes('in a meeting') && Date.now() < until)
      await new Promise((r) => setTimeout(r, 50));
    expect(await presence()).toEqual([{ user: USER.username, status: 'in a meeting' }]);

    expect((await asAdmin(b, { apientry: 'unreg', username: USER.username })).data).toEqual({ removed: 1 });
    for (const sb of [a, b]) expect((await asUser(sb, { apientry: 'status' })).data).toEqual({ status: 1 });
  });
});
