// Two Switchboard processes on one PostgreSQL, registrations in the database and the shared state in Redis
// (issue 15): a phone registered to one is online through the other's status, reguser and presence_get, and an
// unreg on one ends it for both. SIPp, PostgreSQL and Redis are required when CI=true; elsewhere skipped with one line.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresDatabase, type TestDatabase } from '../support/databases.ts';
import { mizuJson } from '../support/mizu.ts';
import { ADMIN, startTestServer, type TestServer } from '../support/server.ts';
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
import { runSipp } from './sipp.ts';

const tests = 'the two-server registration test';
const runs =
  requireProgram('sipp', tests) &&
  requireService(POSTGRES, await postgresAvailable(), tests) &&
  requireService(REDIS, await redisAvailable(), tests);
const USER = { username: '5001', password: 'pw-5001' };

describe.skipIf(!runs)('two servers on one PostgreSQL see the same registrations', () => {
  let db: TestDatabase;
  let a: TestServer;
  let b: TestServer;
  let sipPortA: number;
  let dir: string;

  beforeAll(async () => {
    db = await postgresDatabase();
    const shared = { redis: { url: REDIS_URL, prefix: `sb-test-${randomBytes(4).toString('hex')}:` } };
    sipPortA = await freeSipPort();
    a = await startTestServer(db, { ...shared, sip: { port: sipPortA, registrations: 'database' } });
    b = await startTestServer(db, { ...shared, sip: { port: await freeSipPort(), registrations: 'database' } });
    await a.server.services.accounts.create(a.server.services.db.em(), USER, { name: 'test', requestId: 'setup' });
    dir = mkdtempSync(join(tmpdir(), 'switchboard-sipp-'));
  });
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await db?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const asUser = (sb: TestServer, params: Record<string, string>) =>
    mizuJson(sb.port, { authid: USER.username, authpwd: USER.password, ...params });
  const asAdmin = (sb: TestServer, params: Record<string, string>) =>
    mizuJson(sb.port, { authid: ADMIN.username, authpwd: ADMIN.password, ...params });

  it('registered through one, online through the other; unreg on the other ends it for both', async () => {
    const localPort = await freeSipPort();
    const run = await runSipp({
      scenario: 'register.xml',
      port: sipPortA,
      transport: 'udp',
      users: [USER],
      localPort,
      dir,
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
