// localuser/query answers a known user from the user cache (fastusers) without reading a table: a write through the
// API, whichever dialect and whichever process makes it, shows at once; a change made behind the server's back (SQL
// through Mizu's db) shows after syncusers, as Mizu's own cached users do (SQLite and PostgreSQL; two servers on one
// PostgreSQL and one Redis).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MinisipClient } from '../../../generated/minisip/client.ts';
import { User } from '../../../src/persistence/entities/user.ts';
import { postgresDatabase, testEngines, type TestDatabase } from '../../support/databases.ts';
import { mizuJson } from '../../support/mizu.ts';
import { ADMIN, type TestServer } from '../../support/server.ts';
import {
  POSTGRES,
  postgresAvailable,
  REDIS,
  REDIS_URL,
  redisAvailable,
  requireService,
} from '../../support/services.ts';
import { startMinisipServer, SYSKEY, useMinisipServer } from './support.ts';

const engines = await testEngines('the localuser cache tests on PostgreSQL');
const actor = { name: 'cache test', requestId: 't' };

describe.each(engines.map((open) => [open]))('localuser/query from the user cache (%#)', (openDatabase) => {
  const f = useMinisipServer(openDatabase);
  const userId = async (usrname: string) =>
    (await f.sb.server.services.db.em().findOneOrFail(User, { username: usrname })).id;

  it('keeps answering what it read until syncusers re-reads a change made behind its back', async () => {
    await f.client.localuserSet({ usrname: '900', usrpwd: 'pw-900', description: 'as set' });
    expect(await f.client.localuserQuery({ usrname: '900' })).toMatchObject({ description: 'as set' });
    const sql = f.sb.server.services.db.em().getConnection();
    await sql.execute('update minisip_localusers set description = ? where user_id = ?', [
      'behind its back',
      await userId('900'),
    ]);
    expect(await f.client.localuserQuery({ usrname: '900' })).toMatchObject({ description: 'as set' });

    const synced = await mizuJson(f.sb.port, {
      apientry: 'syncusers',
      authid: ADMIN.username,
      authpwd: ADMIN.password,
    });
    expect(synced.error).toBeUndefined();
    expect(await f.client.localuserQuery({ usrname: '900' })).toMatchObject({ description: 'behind its back' });
  });

  it('stops answering a user that is no longer a local user, or no longer exists', async () => {
    const { accounts, db } = f.sb.server.services;
    const id = await userId('900');
    await accounts.update(db.em(), id, { type: 'reseller' }, { ...actor, action: 'user.update' });
    await expect(f.client.localuserQuery({ usrname: '900' })).rejects.toMatchObject({ code: 'not-found' });
    await accounts.update(db.em(), id, { type: 'enduser' }, { ...actor, action: 'user.update' });
    expect(await f.client.localuserQuery({ usrname: '900' })).toMatchObject({
      usrname: '900',
      description: 'behind its back',
    });

    await f.client.localuserDelete({ usrname: '900' });
    await expect(f.client.localuserQuery({ usrname: '900' })).rejects.toMatchObject({ code: 'not-found' });
  });
});

const TWO_SERVERS = 'the two-server localuser cache test';
const servicesUp =
  requireService(POSTGRES, await postgresAvailable(), TWO_SERVERS) &&
  requireService(REDIS, await redisAvailable(), TWO_SERVERS);

describe.skipIf(!servicesUp)('localuser/query on two servers sharing one PostgreSQL and one Redis', () => {
  let db: TestDatabase;
  let servers: TestServer[] = [];
  const client = (sb: TestServer) => new MinisipClient({ baseUrl: sb.baseUrl, syskey: SYSKEY });

  beforeAll(async () => {
    db = await postgresDatabase();
    const redis = { url: REDIS_URL, prefix: `switchboard-test:${randomUUID()}:` };
    // One after the other: the first start migrates the fresh database.
    servers = [await startMinisipServer(db, { redis })];
    servers.push(await startMinisipServer(db, { redis }));
  });

  afterAll(async () => {
    await Promise.all(servers.map((sb) => sb.stop()));
    await db?.drop();
  });

  it('shows on one a change set on the other at once, though it had the answer cached', async () => {
    const [a, b] = servers.map(client) as [MinisipClient, MinisipClient];
    await a.localuserSet({ usrname: '910', usrpwd: 'pw-910', dialPlan: 'first' });
    expect(await b.localuserQuery({ usrname: '910' })).toMatchObject({ dialPlan: 'first' });

    await a.localuserSet({ usrname: '910', dialPlan: 'second', dispname: 'Nine Ten' });
    expect(await b.localuserQuery({ usrname: '910' })).toMatchObject({ dialPlan: 'second', dispname: 'Nine Ten' });
    await a.localuserDelete({ usrname: '910' });
    await expect(b.localuserQuery({ usrname: '910' })).rejects.toMatchObject({ code: 'not-found' });
  });
});
