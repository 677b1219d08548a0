// The user cache (fastusers) warms from the database in the background, and never keeps a user changed meanwhile stale.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines, type TestDatabase } from '../../support/databases.ts';
import { mizuJson } from '../../support/mizu.ts';
import { ADMIN, startTestServer, type TestServer } from '../../support/server.ts';

const engines = await testEngines('the user cache warm-up tests on PostgreSQL');

describe.each(engines.map((open) => [open]))('user cache warm-up (%#)', (open) => {
  let db: TestDatabase;
  let sb: TestServer;
  beforeAll(async () => {
    db = await open();
    sb = await startTestServer(db);
    const { accounts, db: database } = sb.server.services;
    for (let i = 0; i < 30; i++)
      await accounts.create(
        database.em(),
        { username: `w${i}`, password: `pw-w${i}-x`, creditMicros: BigInt(i) * 1_000_000n },
        { name: 'test', requestId: 'setup' },
      );
  });
  afterAll(async () => {
    await sb?.stop();
    await db?.drop();
  });

  it('loads every enabled user, a page at a time', async () => {
    const cache = sb.server.services.accounts.cache;
    await cache.warm(sb.server.services.db.em(), 7);
    expect(cache.size).toBeGreaterThanOrEqual(31);
    expect(cache.entries().map((u) => u.username)).toEqual(expect.arrayContaining(['admin', 'w0', 'w29']));
    expect(cache.entries().find((u) => u.username === 'w12')!.creditMicros).toBe(12_000_000n);
  });

  it('answers from the warmed cache, and a credit change is seen at once', async () => {
    expect((await mizuJson(sb.port, { apientry: 'balance', authid: 'w5', authpwd: 'pw-w5-x' })).data.credit).toBe(
      '5.00',
    );
    await mizuJson(sb.port, {
      apientry: 'addcredit',
      pin: 'w5',
      credit: '1',
      authid: ADMIN.username,
      authpwd: ADMIN.password,
    });
    expect((await mizuJson(sb.port, { apientry: 'balance', authid: 'w5', authpwd: 'pw-w5-x' })).data.credit).toBe(
      '6.00',
    );
  });
});
