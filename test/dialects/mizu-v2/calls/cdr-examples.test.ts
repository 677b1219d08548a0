// The seed's cdr examples (002:L752-L782) answer the right figures on known calls, on SQLite and PostgreSQL:
// each test writes its own calls, placed relative to today (UTC) so the figures hold on any date.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toMicros } from '../../../../src/platform/money.ts';
import { testEngines, type TestDatabase } from '../../../support/databases.ts';
import { mizuJson } from '../../../support/mizu.ts';
import { ADMIN, startTestServer, type TestServer } from '../../../support/server.ts';
import { addUser, call, PASSWORD, replaceCalls, today } from './support.ts';

const engines = await testEngines('the cdr example tests on PostgreSQL');
const money = toMicros;

describe.each(engines.map((open) => [open]))('cdr seed examples (%#)', (open) => {
  let db: TestDatabase;
  let sb: TestServer;
  let alice: number;
  let bob: number;

  /** A seed filter fragment ("days=today&by=all"), as alice or the admin. */
  const cdr = async (fragment: string, as: 'alice' | 'admin' = 'alice') => {
    const auth =
      as === 'admin' ? { authid: ADMIN.username, authpwd: ADMIN.password } : { authid: 'alice', authpwd: PASSWORD };
    const answer = await mizuJson(sb.port, {
      apientry: 'cdr',
      ...auth,
      ...Object.fromEntries(new URLSearchParams(fragment)),
    });
    expect(answer.error).toBeUndefined();
    return answer.data.rows as Record<string, unknown>[];
  };

  beforeAll(async () => {
    db = await open();
    sb = await startTestServer(db);
    alice = await addUser(sb, 'alice');
    bob = await addUser(sb, 'bob');
  });
  afterAll(async () => {
    await sb?.stop();
    await db?.drop();
  });

  it('enduser today call count, duration: days=today&by=all', async () => {
    const t = await today();
    await replaceCalls(sb, [
      call({ userId: alice, startedAt: t.at(0, 0.01), duration: 120, costMicros: money('0.20') }),
      call({ userId: alice, startedAt: t.at(0, 0.02), duration: 30, costMicros: money('0.05') }),
      call({ calledUserId: alice, direction: 'in', startedAt: t.at(0, 0.03) }),
      call({ userId: alice, startedAt: t.at(-1, 12), duration: 600, costMicros: money('1') }),
      call({ userId: bob, startedAt: t.at(0, 0.01), duration: 45, costMicros: money('0.07') }),
    ]);
    expect(await cdr('days=today&by=all')).toEqual([{ count: 3, duration: 150, cost: '0.25', currency: 'USD' }]);
  });

  it('enduser today with no call answers zero, not nothing', async () => {
    await replaceCalls(sb, []);
    expect(await cdr('days=today&by=all')).toEqual([{ count: 0, duration: 0, cost: '0.00', currency: 'USD' }]);
  });

  it('enduser this month costs: days=thismonth&by=all — only what is billed to them', async () => {
    const t = await today();
    await replaceCalls(sb, [
      call({ userId: alice, startedAt: new Date(t.monthStart + 1000), duration: 60, costMicros: money('1.25') }),
      call({ userId: alice, startedAt: t.at(0, 0.01), duration: 30, costMicros: money('0.75') }),
      call({ userId: alice, startedAt: new Date(t.monthStart - 1000), duration: 90, costMicros: money('9') }),
      call({ userId: bob, calledUserId: alice, startedAt: t.at(0, 0.02), duration: 10, costMicros: money('2') }),
      call({ userId: bob, startedAt: t.at(0, 0.03), duration: 20, costMicros: money('5') }),
    ]);
    expect(await cdr('days=thismonth&by=all')).toEqual([{ count: 3, duration: 100, cost: '2.00', currency: 'USD' }]);
  });

  it('admin todayprofit: days=today&by=all&fields=all', async () => {
    const t = await today();
    await replaceCalls(sb, [
      call({
        userId: alice,
        startedAt: t.at(0, 0.01),
        duration: 60,
        costMicros: money('0.50'),
        priceMicros: money('0.30'),
      }),
      call({
        userId: bob,
        startedAt: t.at(0, 0.02),
        duration: 90,
        costMicros: money('1.00'),
        priceMicros: money('0.6'),
      }),
      call({ calledUserId: bob, direction: 'in', startedAt: t.at(0, 0.03) }),
      call({ userId: alice, startedAt: t.at(-1, 23.9), duration: 10, costMicros: money('9'), priceMicros: money('1') }),
    ]);
    expect(await cdr('days=today&by=all&fields=all', 'admin')).toEqual([
      { count: 3, duration: 150, cost: '1.50', currency: 'USD', price: '0.90', profit: '0.60' },
    ]);
    // An enduser asking the same sees their own figures and never the operator's price.
    expect(await cdr('days=today&by=all&fields=all')).toEqual([
      { count: 1, duration: 60, cost: '0.50', currency: 'USD' },
    ]);
  });

  it('enduser today call list: days=today — their calls, newest first', async () => {
    const t = await today();
    await replaceCalls(sb, [
      call({
        userId: alice,
        caller: 'alice',
        called: '4420123',
        startedAt: t.at(0, 0.01),
        duration: 61,
        costMicros: money('0.02'),
        destination: 'UK',
      }),
      call({ calledUserId: alice, caller: '3612345', called: 'alice', direction: 'in', startedAt: t.at(0, 0.03) }),
      call({ userId: alice, startedAt: t.at(-1, 23) }),
      call({ userId: bob, startedAt: t.at(0, 0.02) }),
    ]);
    const rows = await cdr('days=today');
    expect(rows.map((r) => ({ ...r, id: undefined }))).toEqual([
      {
        id: undefined,
        date: t.at(0, 0.03).toISOString(),
        caller: '3612345',
        called: 'alice',
        duration: 0,
        cost: '0.00',
        currency: 'USD',
        direction: 'in',
        connected: false,
        destination: '',
      },
      {
        id: undefined,
        date: t.at(0, 0.01).toISOString(),
        caller: 'alice',
        called: '4420123',
        duration: 61,
        cost: '0.02',
        currency: 'USD',
        direction: 'out',
        connected: true,
        destination: 'UK',
      },
    ]);
    expect(rows.every((r) => Number.isInteger(r.id))).toBe(true);
  });

  it.each([
    ['days=lastweek', 'enduser last 7 days call list', -6, -7],
    ['days=lastmonth', 'enduser last 30 days call list', -29, -30],
  ])('%s (%s): today and the days before, not one more', async (fragment, _what, firstDay, dayBefore) => {
    const t = await today();
    await replaceCalls(sb, [
      call({ userId: alice, called: 'first', startedAt: t.at(firstDay, 0.5) }),
      call({ userId: alice, called: 'before', startedAt: t.at(dayBefore, 23.5) }),
      call({ userId: alice, called: 'today', startedAt: t.at(0, 0.01) }),
    ]);
    expect((await cdr(fragment)).map((r) => r.called)).toEqual(['today', 'first']);
  });

  it('enduser this month call list with summary: days=thismonth&summary=yes', async () => {
    const t = await today();
    await replaceCalls(sb, [
      call({
        userId: alice,
        called: 'month start',
        startedAt: new Date(t.monthStart),
        duration: 40,
        costMicros: money('0.4'),
      }),
      call({ userId: alice, called: 'now', startedAt: t.at(0, 0.01), duration: 20, costMicros: money('0.2') }),
      call({
        userId: alice,
        called: 'last month',
        startedAt: new Date(t.monthStart - 1),
        duration: 99,
        costMicros: money('9'),
      }),
    ]);
    const rows = await cdr('days=thismonth&summary=yes');
    expect(rows.map((r) => r.called ?? 'summary')).toEqual(['now', 'month start', 'summary']);
    expect(rows[2]).toEqual({ count: 2, duration: 60, cost: '0.60', currency: 'USD' });
  });

  it('the summary counts every matching call, not only the maxcount listed', async () => {
    const t = await today();
    await replaceCalls(
      sb,
      Array.from({ length: 5 }, (_, i) =>
        call({ userId: alice, startedAt: t.at(0, i / 100), duration: 10, costMicros: money('0.1') }),
      ),
    );
    const rows = await cdr('days=today&summary=yes&maxcount=2');
    expect(rows).toHaveLength(3);
    expect(rows[2]).toEqual({ count: 5, duration: 50, cost: '0.50', currency: 'USD' });
  });

  it('admin list last 10 day calls from user id 123 to prefix 40: days=10&caller=<id>&prefix=40', async () => {
    const t = await today();
    await replaceCalls(sb, [
      call({ userId: alice, caller: 'alice', called: '4021234', startedAt: t.at(-9, 1) }),
      call({ userId: alice, caller: 'alice', called: '4031', startedAt: t.at(0, 0.01) }),
      call({ userId: alice, caller: 'alice', called: '4121', startedAt: t.at(0, 0.02) }),
      call({ userId: alice, caller: 'alice', called: '40555', startedAt: t.at(-10, 23) }),
      call({ userId: bob, caller: 'bob', called: '4021', startedAt: t.at(0, 0.03) }),
    ]);
    expect((await cdr(`days=10&caller=${alice}&prefix=40`, 'admin')).map((r) => r.called)).toEqual(['4031', '4021234']);
  });

  it('enduser missed calls: days=lastweek&dir=in&type=notconnected', async () => {
    const t = await today();
    await replaceCalls(sb, [
      call({ calledUserId: alice, direction: 'in', caller: 'missed today', startedAt: t.at(0, 0.01) }),
      call({ calledUserId: alice, direction: 'in', caller: 'missed 3 days ago', startedAt: t.at(-3, 10) }),
      call({ calledUserId: alice, direction: 'in', caller: 'answered', startedAt: t.at(0, 0.02), duration: 30 }),
      call({ userId: alice, caller: 'alice', startedAt: t.at(0, 0.03) }),
      call({ calledUserId: alice, direction: 'in', caller: 'missed 8 days ago', startedAt: t.at(-8, 10) }),
      call({ calledUserId: bob, direction: 'in', caller: 'missed by bob', startedAt: t.at(0, 0.04) }),
    ]);
    expect((await cdr('days=lastweek&dir=in&type=notconnected')).map((r) => r.caller)).toEqual([
      'missed today',
      'missed 3 days ago',
    ]);
  });

  it('the admin example URLs: maxcount=1000&days=365&dir=all&type=all&fields=all, and fields=all alone', async () => {
    const t = await today();
    await replaceCalls(sb, [
      call({
        userId: alice,
        caller: 'alice',
        called: '4420',
        startedAt: t.at(-100),
        duration: 30,
        costMicros: money('0.3'),
        priceMicros: money('0.1'),
        sipCallId: 'abc@host',
      }),
      call({ userId: bob, caller: 'bob', called: '1212', startedAt: t.at(-400), duration: 5 }),
    ]);
    const rows = await cdr('maxcount=1000&days=365&dir=all&type=all&fields=all', 'admin');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      caller: 'alice',
      called: '4420',
      user: 'alice',
      callid: 'abc@host',
      cost: '0.30',
      price: '0.10',
      profit: '0.20',
      disconnectcause: 16,
      direction: 'out',
      connected: true,
    });
    expect((await cdr('fields=all', 'admin')).map((r) => r.user)).toEqual(['alice', 'bob']);
  });
});
