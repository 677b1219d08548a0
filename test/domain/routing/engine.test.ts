// The engine of a running server: the plan is read from the database once and kept, rebuilt after a change (in this
// process and, through the shared state, in the others), and a local user the plan is stale about — created or
// deleted through another dialect — is caught (SQLite and PostgreSQL).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RoutingEngine } from '../../../src/domain/routing/engine.ts';
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
    expect((await sb.server.services.routing.resolveCall({ caller: '100', called: '0301' })).destinations).toMatchObject([{ kind: 'trunk', target: '1' }]);
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
    expect(await sb.server.services.routing.resolveCall({ caller: '5551234', called: '777' })).toMatchObject({ outcome: 'unroutable', missing: { object: 'localuser', id: '777' } });
    await accounts.create(database.em(), { username: '777', password: 'pw' }, actor);
    expect(await sb.server.services.routing.resolveCall({ caller: '5551234', called: '777' })).toMatchObject({ outcome: 'routed', destinations: [{ kind: 'localuser', target: '777' }] });
  });

  it('no longer routes to a local user deleted through another dialect', async () => {
    const { accounts, db: database } = sb.server.services;
    const user = await accounts.create(database.em(), { username: '778', password: 'pw' }, actor);
    expect((await sb.server.services.routing.resolveCall({ caller: '5551234', called: '778' })).outcome).toBe('routed');
    await accounts.remove(database.em(), user.id, actor);
    expect(await sb.server.services.routing.resolveCall({ caller: '5551234', called: '778' })).toMatchObject({ outcome: 'unroutable', missing: { id: '778' } });
  });

  it('does not take an admin account for a local user', async () => {
    expect(await sb.server.services.routing.resolveCall({ caller: '5551234', called: 'admin' })).toMatchObject({ outcome: 'unroutable' });
  });
});
