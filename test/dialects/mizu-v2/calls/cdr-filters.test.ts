// Each cdr filter and option on its own, on SQLite and PostgreSQL: who sees what, caller/called/prefix/type/dir,
// maxcount, order, fields, the by groupings, the positional form and the refusals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toMicros } from '../../../../src/platform/money.ts';
import { testEngines, type TestDatabase } from '../../../support/databases.ts';
import { mizuGet, mizuJson } from '../../../support/mizu.ts';
import { ADMIN, startTestServer, type TestServer } from '../../../support/server.ts';
import { addUser, call, PASSWORD, replaceCalls, today } from './support.ts';

const engines = await testEngines('the cdr filter tests on PostgreSQL');

/** The called numbers, named for the tests: a* are alice's calls (a4 to her), b* bob's (b2 to alice). */
const NUMBER = { a1: '4420001', a2: '4930002', a3: '4421003', a4: '100004', b1: '4420005', b2: '100006' } as const;
const NAME = new Map<string, string>(Object.entries(NUMBER).map(([name, number]) => [number, name]));

describe.each(engines.map((open) => [open]))('cdr filters (%#)', (open) => {
  let db: TestDatabase;
  let sb: TestServer;
  let alice: number;
  let bob: number;
  let t: Awaited<ReturnType<typeof today>>;

  const ask = (as: string, params: Record<string, string>) =>
    mizuJson(sb.port, {
      apientry: 'cdr',
      ...(as === 'admin' ? { authid: ADMIN.username, authpwd: ADMIN.password } : { authid: as, authpwd: PASSWORD }),
      ...params,
    });
  const rows = async (as: string, params: Record<string, string>) => {
    const answer = await ask(as, params);
    expect(answer.error).toBeUndefined();
    return answer.data.rows as Record<string, unknown>[];
  };
  const called = async (as: string, params: Record<string, string>) =>
    (await rows(as, params)).map((r) => NAME.get(String(r.called)) ?? r.called);

  beforeAll(async () => {
    db = await open();
    sb = await startTestServer(db);
    alice = await addUser(sb, 'alice');
    bob = await addUser(sb, 'bob', { currency: 'EUR' });
    t = await today();
    // Called numbers name the calls; all within the last three days.
    await replaceCalls(sb, [
      call({
        userId: alice,
        caller: 'alice',
        called: NUMBER.a1,
        startedAt: t.at(0, 0.01),
        duration: 60,
        costMicros: toMicros('0.10'),
        priceMicros: toMicros('0.04'),
      }),
      call({
        userId: alice,
        caller: 'alice',
        called: NUMBER.a2,
        startedAt: t.at(-1, 10),
        duration: 0,
        disconnectCause: 17,
      }),
      call({
        userId: alice,
        caller: '+3612345',
        called: NUMBER.a3,
        startedAt: t.at(-2, 10),
        duration: 30,
        costMicros: toMicros('0.05'),
      }),
      call({
        calledUserId: alice,
        caller: '555',
        called: NUMBER.a4,
        direction: 'in',
        startedAt: t.at(-1, 11),
        duration: 15,
      }),
      call({
        userId: bob,
        caller: 'bob',
        called: NUMBER.b1,
        currency: 'EUR',
        startedAt: t.at(0, 0.02),
        duration: 120,
        costMicros: toMicros('0.30'),
        priceMicros: toMicros('0.10'),
      }),
      call({
        userId: bob,
        calledUserId: alice,
        caller: 'bob',
        called: NUMBER.b2,
        currency: 'EUR',
        startedAt: t.at(-2, 11),
        duration: 5,
        costMicros: toMicros('0.01'),
      }),
    ]);
  });
  afterAll(async () => {
    await sb?.stop();
    await db?.drop();
  });

  it('an enduser sees the calls billed to them and the calls to them, newest first; an admin every call', async () => {
    expect(await called('alice', {})).toEqual(['a1', 'a4', 'a2', 'b2', 'a3']);
    expect(await called('bob', {})).toEqual(['b1', 'b2']);
    expect(await called('admin', {})).toEqual(['b1', 'a1', 'a4', 'a2', 'b2', 'a3']);
  });

  it("an enduser cannot see another user's calls by naming them as caller", async () => {
    expect(await called('alice', { caller: 'bob' })).toEqual(['b2']);
    expect(await called('alice', { caller: String(bob) })).toEqual(['b2']);
  });

  it('an admin acting as a user (targetuser) sees what that user sees', async () => {
    expect(await called('admin', { targetuser: 'bob' })).toEqual(['b1', 'b2']);
  });

  it.each([
    ['dir=out: billed to them', { dir: 'out' }, ['a1', 'a2', 'a3']],
    ['dir=in: calls to them', { dir: 'in' }, ['a4', 'b2']],
    ['type=connected', { type: 'connected' }, ['a1', 'a4', 'b2', 'a3']],
    ['type=notconnected', { type: 'notconnected' }, ['a2']],
    ['called: the exact number', { called: NUMBER.a3 }, ['a3']],
    ['caller: a number', { caller: '+3612345' }, ['a3']],
    ['days=today', { days: 'today' }, ['a1']],
    ['days=yesterday', { days: 'yesterday' }, ['a4', 'a2']],
    ['days=2: today and yesterday', { days: '2' }, ['a1', 'a4', 'a2']],
    ['maxcount=2', { maxcount: '2' }, ['a1', 'a4']],
    ['order=called', { order: 'called' }, ['a4', 'b2', 'a1', 'a3', 'a2']],
  ])('alice, %s', async (_name, params, want) => {
    expect(await called('alice', params as Record<string, string>)).toEqual(want);
  });

  it.each([
    ['dir=in: the recorded direction', { dir: 'in' }, ['a4']],
    ['caller: the user id', { caller: '__alice__' }, ['a1', 'a2', 'a3']],
    ['caller: the username', { caller: 'bob' }, ['b1', 'b2']],
    ['prefix: the start of the called number', { prefix: '442' }, ['b1', 'a1', 'a3']],
    ['order=user, then newest first', { order: 'user' }, ['a1', 'a2', 'a3', 'b1', 'b2', 'a4']],
    ['prefix with called', { prefix: '44', called: NUMBER.b1 }, ['b1']],
    ['order=caller', { order: 'caller', maxcount: '3' }, ['a3', 'a4', 'a1']],
  ])('admin, %s', async (_name, params, want) => {
    const p = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v === '__alice__' ? String(alice) : v]));
    expect(await called('admin', p)).toEqual(want);
  });

  it('fields=min answers the least, fields=all adds the details, price and profit for admins only', async () => {
    const [min] = await rows('alice', { fields: 'min', maxcount: '1' });
    expect(Object.keys(min!).sort()).toEqual(['called', 'caller', 'date', 'duration', 'id']);
    const [all] = await rows('alice', { fields: 'all', maxcount: '1' });
    expect(all).toMatchObject({ called: NUMBER.a1, user: 'alice', callid: '', disconnectcause: 16, cost: '0.10' });
    expect(all).not.toHaveProperty('price');
    const [admin] = await rows('admin', { fields: 'all', maxcount: '1', caller: 'alice' });
    expect(admin).toMatchObject({ called: NUMBER.a1, price: '0.04', profit: '0.06' });
  });

  it('by=day groups per UTC day, oldest first; calls to an enduser cost them nothing in their own currency', async () => {
    expect(await rows('alice', { by: 'day' })).toEqual([
      { date: t.at(-2).toISOString().slice(0, 10), count: 2, duration: 35, cost: '0.05', currency: 'USD' },
      { date: t.at(-1).toISOString().slice(0, 10), count: 2, duration: 15, cost: '0.00', currency: 'USD' },
      { date: t.at(0).toISOString().slice(0, 10), count: 1, duration: 60, cost: '0.10', currency: 'USD' },
    ]);
    expect(await rows('alice', { by: 'day', fields: 'min' })).toEqual([
      { date: t.at(-2).toISOString().slice(0, 10), count: 2, duration: 35 },
      { date: t.at(-1).toISOString().slice(0, 10), count: 2, duration: 15 },
      { date: t.at(0).toISOString().slice(0, 10), count: 1, duration: 60 },
    ]);
  });

  it('by=caller and by=called group by the numbers, per currency for an admin', async () => {
    expect(await rows('admin', { by: 'caller' })).toEqual([
      { caller: '+3612345', count: 1, duration: 30, cost: '0.05', currency: 'USD' },
      { caller: '555', count: 1, duration: 15, cost: '0.00', currency: 'USD' },
      { caller: 'alice', count: 2, duration: 60, cost: '0.10', currency: 'USD' },
      { caller: 'bob', count: 2, duration: 125, cost: '0.31', currency: 'EUR' },
    ]);
    expect(await rows('admin', { by: 'called', caller: 'bob', fields: 'all' })).toEqual([
      { called: NUMBER.b2, count: 1, duration: 5, cost: '0.01', currency: 'EUR', price: '0.00', profit: '0.01' },
      { called: NUMBER.b1, count: 1, duration: 120, cost: '0.30', currency: 'EUR', price: '0.10', profit: '0.20' },
    ]);
  });

  it('summary=yes adds the total after grouped rows too', async () => {
    expect(await rows('alice', { by: 'day', fields: 'min', summary: 'yes', days: '2' })).toEqual([
      { date: t.at(-1).toISOString().slice(0, 10), count: 2, duration: 15 },
      { date: t.at(0).toISOString().slice(0, 10), count: 1, duration: 60 },
      { count: 3, duration: 75 },
    ]);
  });

  it('by=all for an admin answers one row per currency', async () => {
    expect(await rows('admin', { by: 'all' })).toEqual([
      { count: 2, duration: 125, cost: '0.31', currency: 'EUR' },
      { count: 4, duration: 105, cost: '0.15', currency: 'USD' },
    ]);
  });

  it('answers in the positional form (param1..param11) as in the seed order', async () => {
    const positional = await mizuJson(sb.port, {
      param1: 'cdr',
      param2: '',
      param3: 'alice',
      param4: PASSWORD,
      param5: '',
      param6: '',
      param7: '5',
      param8: 'lastweek',
      param9: 'out',
      param10: 'connected',
    });
    expect(positional.data?.rows.map((r: { called: string }) => NAME.get(r.called))).toEqual(['a1', 'a3']);
  });

  it('answers the text format as a CSV table', async () => {
    const res = await mizuGet(sb.port, {
      apientry: 'cdr',
      authid: 'alice',
      authpwd: PASSWORD,
      days: 'today',
      fields: 'min',
      format: 'text',
    });
    const lines = res.body.trim().split('\n');
    expect(lines[0]).toBe('OK');
    expect(lines[1]).toBe('id,date,caller,called,duration');
    expect(lines[2]).toMatch(new RegExp(`^\\d+,[^,]+,alice,${NUMBER.a1},60$`));
  });

  it.each([
    ['days=0', { days: '0' }, 'invalid-parameter'],
    ['days=forever', { days: 'forever' }, 'invalid-parameter'],
    ['dir=sideways', { dir: 'sideways' }, 'invalid-parameter'],
    ['by=week', { by: 'week' }, 'invalid-parameter'],
    ['maxcount=0', { maxcount: '0' }, 'invalid-parameter'],
  ])('refuses %s', async (_name, params, code) => {
    expect((await ask('alice', params)).error?.code).toBe(code);
  });

  it('takes filter values as data, never as SQL', async () => {
    for (const hostile of ["' or 1=1 --", "alice' --", '%']) {
      expect(await called('alice', { caller: hostile })).toEqual([]);
      expect(await called('alice', { called: hostile })).toEqual([]);
    }
    expect(await called('admin', { caller: '1 or 1=1' })).toEqual([]);
  });

  it('needs a login', async () => {
    expect((await mizuJson(sb.port, { apientry: 'cdr' })).error?.code).toBe('auth-failed');
  });
});
