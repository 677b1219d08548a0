// The engine of a running server: the plan is read from the database once and kept, rebuilt after a change (in this
// process and, through the shared state, in the others), and a local user the plan is stale about — created or
// deleted through another dialect — is caught (SQLite and PostgreSQL). The engine needs only a database, a shared
// state, the user cache and a logger: the last suite builds one from those alone, with no server started.
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Accounts } from '../../../src/domain/accounts/accounts.ts';
import { UserCache } from '../../../src/domain/accounts/user-cache.ts';
import { RoutingEngine } from '../../../src/domain/routing/engine.ts';
import { openDatabase as openSwitchboardDatabase, type Database } from '../../../src/persistence/database.ts';
import { SecretBox } from '../../../src/platform/secret-box.ts';
import { MemoryState } from '../../../src/platform/state/memory.ts';
import { MinisipAnalyzeCalled, MinisipPeerServer } from '../../../src/persistence/entities/minisip/index.ts';
import { testEngines, type TestDatabase } from '../../support/databases.ts';
import { startTestServer, type TestServer } from '../../support/server.ts';

const engines = await testEngines('the routing engine tests on PostgreSQL');
const actor = { name: 'test', requestId: 'engine' };

describe.each(engines.map((open) => [open]))('routing engine on a database (%#)', (openDatabase) => {
  let db: TestDatabase;
  let sb: TestServer;

  beforeAll(async () => {
    db = await openDatabase();
    sb = await startTestServer(db);
    const em = sb.server.services.db.em();
    em.create(MinisipPeerServer, { servID: 1, servAddr: '192.0.2.1' });
    em.create(MinisipAnalyzeCalled, { dialPlan: 'default', calledNbr: '0', routeType: 2, servID: 1 });
    await em.flush();
  });
  afterAll(async () => {
    await sb?.stop();
    await db?.drop();
  });

  it('loads the plan once and keeps it until a change', async () => {
    const engine = sb.server.services.routing;
    const plan = await engine.plan();
    expect(await engine.plan()).toBe(plan);
    expect(
      (await sb.server.services.routing.resolveCall({ caller: '100', called: '0301' })).destinations,
    ).toMatchObject([{ kind: 'trunk', target: '1' }]);
    await engine.invalidate();
    expect(await engine.plan()).not.toBe(plan);
  });

  it('drops the plan of every engine sharing the state (another process) on a change', async () => {
    const other = new RoutingEngine({ ...sb.server.services, users: sb.server.services.accounts.cache });
    const before = await other.plan();
    const em = sb.server.services.db.em();
    em.create(MinisipAnalyzeCalled, { dialPlan: 'default', calledNbr: '00', routeType: 4 });
    await em.flush();
    await sb.server.services.routing.invalidate();
    // The shared state delivers on a later turn of the event loop, as a Redis round trip would.
    await new Promise((resolve) => setImmediate(resolve));
    const after = await other.plan();
    expect(after).not.toBe(before);
    expect(after.calledAnalysis.get('default')?.longest('0044')?.prefix).toBe('00');
  });

  it('reaches a local user created through another dialect after the plan was built', async () => {
    await sb.server.services.routing.plan();
    const { accounts, db: database } = sb.server.services;
    expect(await sb.server.services.routing.resolveCall({ caller: '5551234', called: '777' })).toMatchObject({
      outcome: 'unroutable',
      missing: { object: 'localuser', id: '777' },
    });
    await accounts.create(database.em(), { username: '777', password: 'pw' }, actor);
    expect(await sb.server.services.routing.resolveCall({ caller: '5551234', called: '777' })).toMatchObject({
      outcome: 'routed',
      destinations: [{ kind: 'localuser', target: '777' }],
    });
  });

  it('no longer routes to a local user deleted through another dialect', async () => {
    const { accounts, db: database } = sb.server.services;
    const user = await accounts.create(database.em(), { username: '778', password: 'pw' }, actor);
    expect((await sb.server.services.routing.resolveCall({ caller: '5551234', called: '778' })).outcome).toBe('routed');
    await accounts.remove(database.em(), user.id, actor);
    expect(await sb.server.services.routing.resolveCall({ caller: '5551234', called: '778' })).toMatchObject({
      outcome: 'unroutable',
      missing: { id: '778' },
    });
  });

  it('does not take an admin account for a local user', async () => {
    expect(await sb.server.services.routing.resolveCall({ caller: '5551234', called: 'admin' })).toMatchObject({
      outcome: 'unroutable',
    });
  });
});

describe.each(engines.map((open) => [open]))('routing engine built from a database alone (%#)', (openDatabase) => {
  let test: TestDatabase;
  let db: Database;
  let state: MemoryState;
  let engine: RoutingEngine;
  let accounts: Accounts;

  beforeAll(async () => {
    test = await openDatabase();
    db = await openSwitchboardDatabase(test.url);
    await db.migrate();
    state = new MemoryState();
    const users = new UserCache(state);
    engine = new RoutingEngine({ db, state, logger: pino({ level: 'silent' }), users });
    accounts = new Accounts(users, new SecretBox('engine-test-key-0123456789'));
    const em = db.em();
    em.create(MinisipPeerServer, { servID: 7, servAddr: '198.51.100.7' });
    em.create(MinisipAnalyzeCalled, { dialPlan: 'default', calledNbr: '9', routeType: 2, servID: 7 });
    await em.flush();
  });
  afterAll(async () => {
    await state?.close();
    await db?.close();
    await test?.drop();
  });

  it('resolves on the rules in the database', async () => {
    expect(await engine.resolveCall({ caller: '100', called: '9123' })).toMatchObject({
      outcome: 'routed',
      destinations: [{ kind: 'trunk', target: '7', called: '9123' }],
    });
    expect(await engine.resolveCall({ caller: '100', called: '555' })).toMatchObject({
      outcome: 'unroutable',
      missing: { object: 'localuser', id: '555' },
    });
  });

  it('routes to a local user once the account exists, and keeps its plan until invalidated', async () => {
    const plan = await engine.plan();
    await accounts.create(db.em(), { username: '555', password: 'pw' }, actor);
    expect(await engine.resolveCall({ caller: '100', called: '555' })).toMatchObject({
      outcome: 'routed',
      destinations: [{ kind: 'localuser', target: '555' }],
    });
    await engine.invalidate();
    expect(await engine.plan()).not.toBe(plan);
  });
});
