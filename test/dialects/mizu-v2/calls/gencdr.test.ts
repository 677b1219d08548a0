// gencdr (admin) writes the asked number of test calls, rated by each user's deck, spread over the days asked;
// the same seed writes the same calls; endusers cannot run it. SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callCostMicros } from '../../../../src/domain/rating/call-cost.ts';
import { toMicros } from '../../../../src/platform/money.ts';
import { testEngines, type TestDatabase } from '../../../support/databases.ts';
import { mizuJson } from '../../../support/mizu.ts';
import { ADMIN, startTestServer, type TestServer } from '../../../support/server.ts';
import { addUser, loadDeck, PASSWORD } from './support.ts';

const engines = await testEngines('the gencdr tests on PostgreSQL');

interface Row {
  user_id: number | null;
  called_user_id: number | null;
  called: string;
  prefix: string;
  duration: number;
  cost: string;
  started_at: number | string | Date;
  connected_at: unknown;
  sip_call_id: string;
  direction: string;
  currency: string;
}

describe.each(engines.map((open) => [open]))('gencdr (%#)', (open) => {
  let db: TestDatabase;
  let sb: TestServer;
  let hana: number;
  const admin = { authid: ADMIN.username, authpwd: ADMIN.password };
  const gencdr = (params: Record<string, string>) => mizuJson(sb.port, { apientry: 'gencdr', ...admin, ...params });
  const calls = async () =>
    await sb.server.services.db
      .em()
      .getConnection()
      .execute<Row[]>(
        'select user_id, called_user_id, called, prefix, duration, cast(cost_micros as text) as cost, started_at, connected_at, sip_call_id, direction, currency from tb_cdrs order by id',
      );
  const clear = () => sb.server.services.db.em().getConnection().execute('delete from tb_cdrs');

  beforeAll(async () => {
    db = await open();
    sb = await startTestServer(db);
    hana = await addUser(sb, 'hana');
    await addUser(sb, 'ivan');
    await loadDeck(sb, 'default', [
      ['44', 'UK', '0.02', '0.01', 30, 6],
      ['1', 'USA', '0.01'],
      ['49', 'Germany', '0.03', '0', 1, 1],
    ]);
  });
  afterAll(async () => {
    await sb?.stop();
    await db?.drop();
  });

  it("writes count calls for one user, under the deck's prefixes and rated by it", async () => {
    await clear();
    const answer = await gencdr({
      count: '200',
      user: 'hana',
      days: '3',
      connected: '70',
      maxduration: '300',
      seed: '7',
    });
    expect(answer.status).toBe('OK');
    const rows = await calls();
    expect(rows).toHaveLength(200);
    expect(answer.data).toEqual({
      generated: 200,
      connected: rows.filter((r) => r.connected_at !== null).length,
      users: 1,
    });
    const rates: Record<
      string,
      { rateMicros: bigint; connectFeeMicros: bigint; initialIncrement: number; increment: number }
    > = {
      44: { rateMicros: toMicros('0.02'), connectFeeMicros: toMicros('0.01'), initialIncrement: 30, increment: 6 },
      1: { rateMicros: toMicros('0.01'), connectFeeMicros: 0n, initialIncrement: 60, increment: 60 },
      49: { rateMicros: toMicros('0.03'), connectFeeMicros: 0n, initialIncrement: 1, increment: 1 },
    };
    const since = Date.now() - 3 * 86_400_000 - 60_000;
    for (const r of rows) {
      expect(Number(r.user_id)).toBe(hana);
      expect(r.direction).toBe('out');
      expect(r.sip_call_id).toMatch(/^gencdr-/);
      expect(r.called.startsWith(r.prefix)).toBe(true);
      expect(Number(r.duration)).toBeLessThanOrEqual(300);
      expect(BigInt(r.cost)).toBe(callCostMicros(rates[r.prefix]!, Number(r.duration), r.connected_at !== null));
      // SQLite holds epoch milliseconds, PostgreSQL a timestamp.
      const started = typeof r.started_at === 'number' ? r.started_at : new Date(r.started_at).getTime();
      expect(started).toBeGreaterThan(since);
      expect(started).toBeLessThanOrEqual(Date.now());
    }
    // With 70% connected, 200 calls are neither all answered nor all missed.
    expect(answer.data.connected).toBeGreaterThan(100);
    expect(answer.data.connected).toBeLessThan(180);
    expect(new Set(rows.map((r) => r.prefix))).toEqual(new Set(['44', '1', '49']));
  });

  it('the same seed writes the same calls', async () => {
    const take = async () => {
      await clear();
      await gencdr({ count: '20', user: 'hana', seed: '42' });
      return (await calls()).map((r) => [r.called, r.duration, r.cost, r.sip_call_id]);
    };
    const first = await take();
    expect(await take()).toEqual(first);
    await clear();
    await gencdr({ count: '20', user: 'hana', seed: '43' });
    expect((await calls()).map((r) => [r.called, r.duration, r.cost, r.sip_call_id])).not.toEqual(first);
  });

  it('without a user spreads the calls over every enabled enduser; dir=in writes unbilled calls to them', async () => {
    await clear();
    expect((await gencdr({ count: '10', dir: 'in' })).data).toMatchObject({ generated: 10, users: 2 });
    const rows = await calls();
    expect(rows.every((r) => r.direction === 'in' && r.user_id === null && BigInt(r.cost) === 0n)).toBe(true);
    expect(new Set(rows.map((r) => Number(r.called_user_id))).size).toBe(2);
    // The admin sees them through cdr at once.
    const seen = await mizuJson(sb.port, { apientry: 'cdr', ...admin, by: 'all' });
    expect(seen.data.rows[0]).toMatchObject({ count: 10 });
  });

  it('refuses endusers, an unknown user and counts out of range', async () => {
    expect((await mizuJson(sb.port, { apientry: 'gencdr', authid: 'hana', authpwd: PASSWORD })).error?.code).toBe(
      'access-denied',
    );
    expect((await gencdr({ user: 'nobody' })).error?.code).toBe('user-not-found');
    expect((await gencdr({ count: '0' })).error?.code).toBe('invalid-parameter');
    expect((await gencdr({ count: '100001' })).error?.code).toBe('invalid-parameter');
  });
});
