// The CSV export on PostgreSQL reads its rows through a cursor on a pooled client of its own: a client that stops
// reading holds the export where it is (the server does not read the whole table into memory), and a client that
// goes away, or takes nothing for limits.stalledAnswerSeconds, gets the transaction ended and the pooled client back.
import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { morHash } from '../../../src/clients/mor.ts';
import { nativeClient } from '../../../src/domain/admin/native-sql.ts';
import { postgresDatabase, type TestDatabase } from '../../support/databases.ts';
import type { TestServer } from '../../support/server.ts';
import { postgresAvailable, POSTGRES, requireService } from '../../support/services.ts';
import { addUser, API_SECRET, startMor } from './support.ts';

const withPostgres = requireService(POSTGRES, await postgresAvailable(), 'the MOR export cursor tests');
// More than the kernel's socket buffers and Node's stream buffers hold between a server and a client that reads nothing.
const CALLS = 100_000;
const STALLED_SECONDS = 3;

describe.skipIf(!withPostgres)('MOR CSV export through a PostgreSQL cursor', () => {
  let db: TestDatabase;
  let sb: TestServer;
  let user: number;

  beforeAll(async () => {
    db = await postgresDatabase();
    sb = await startMor(db, { limits: { stalledAnswerSeconds: STALLED_SECONDS } });
    user = await addUser(sb, 'cursor');
    await sb.server.services.db.em().getConnection().execute(
      `insert into tb_cdrs (user_id, caller, called, direction, started_at, connected_at, ended_at, duration, cost_micros, destination)
       select ?, '300', '4420' || i, 'out', t, t, t + interval '5 second', 5, 1000, 'United Kingdom, London'
       from generate_series(1, ${CALLS}) i, lateral (select timestamptz '2024-01-01 00:00:00+00' + i * interval '1 minute' as t) s`,
      [user],
    );
  });
  afterAll(async () => {
    await sb?.stop();
    await db?.drop();
  });

  /** Sessions of the server's database in a transaction, besides the one asking. */
  const openTransactions = async () => {
    const rows = await sb.server.services.db.em().getConnection().execute<{ began: string; state: string; query: string }[]>(
      'select xact_start::text as began, state, query from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and xact_start is not null',
    );
    return rows;
  };
  const pool = async () => {
    const native = await nativeClient(sb.server.services.db);
    if (native.engine !== 'postgresql') throw new Error('not PostgreSQL');
    return native.pool;
  };
  const until = async (holds: () => Promise<boolean>) => {
    while (!(await holds())) await sleep(20);
  };

  /** Starts the year's export and answers once the headers are in, reading nothing of the body. */
  const startExport = () => new Promise<{ req: ClientRequest; res: IncomingMessage }>((resolve, reject) => {
    const [from, till] = ['2024-01-01', '2024-12-31'];
    const hash = morHash([String(user), String(user), from, till], API_SECRET);
    const url = new URL(`${sb.baseUrl}/billing/stats/call_list_to_csv/${user}?date_from=${from}&date_till=${till}&user_id=${user}&hash=${hash}`);
    const req = httpRequest(url, (res) => resolve({ req, res }));
    req.on('error', reject);
    req.end();
  });

  it('streams every call in order', async () => {
    const { res } = await startExport();
    let text = '';
    for await (const chunk of res) text += chunk;
    const lines = text.trim().split('\r\n');
    expect(lines).toHaveLength(CALLS + 1);
    expect(lines[1]).toBe('2024-01-01 00:01:00,300,44201,"United Kingdom, London",00:00:05,Answered,0.001');
    expect(lines[CALLS]).toBe(`2024-03-10 10:40:00,300,4420${CALLS},"United Kingdom, London",00:00:05,Answered,0.001`);
    expect(await openTransactions()).toEqual([]);
  });

  it('waits for a client that stops reading, and ends the transaction and returns the client when it goes away', async () => {
    const { req, res } = await startExport();
    expect(res.statusCode).toBe(200);
    // Nothing read: once the buffers between are full the export waits, its cursor open, far from the last call.
    await until(async () => (await openTransactions()).length === 1);
    await sleep(1_000);
    expect(await openTransactions()).toEqual([expect.objectContaining({ state: 'idle in transaction', query: expect.stringMatching(/^fetch /) })]);

    req.destroy();
    await released();
  });

  it('cuts off a client that takes nothing for the stall time, and releases the cursor', async () => {
    const { res } = await startExport();
    await until(async () => (await openTransactions()).length === 1);
    const started = Date.now();
    await released();
    expect(Date.now() - started).toBeGreaterThanOrEqual((STALLED_SECONDS - 1) * 1000);
    expect(res.complete).toBe(false);
  });

  it('holds at most half the pool in exports, the others waiting their turn, and the rest of the server served', async () => {
    const clients = await pool();
    const turns = Math.floor((clients.options.max ?? 10) / 2);
    const exports = await Promise.all(Array.from({ length: turns + 1 }, () => startExport()));
    await until(async () => (await openTransactions()).length === turns);
    await sleep(500);
    const first = await openTransactions();
    expect(first).toHaveLength(turns);
    // A query of the rest of the server gets a pooled client meanwhile.
    const served = await sb.server.services.db.em().getConnection().execute('select count(*) as n from tb_users');
    expect(served).toHaveLength(1);

    exports[0]!.req.destroy();
    // The one that waited gets its turn once one is given back: as many open as before, never more.
    const before = new Set(first.map((t) => t.began));
    let now = first;
    while (!now.some((t) => !before.has(t.began))) {
      expect(now.length).toBeLessThanOrEqual(turns);
      await sleep(20);
      now = await openTransactions();
    }
    expect(now.length).toBeLessThanOrEqual(turns);
    for (const { req } of exports) req.destroy();
    await released();
  });

  /** No transaction left open, and every pooled client back. */
  const released = async () => {
    await until(async () => (await openTransactions()).length === 0);
    const clients = await pool();
    await until(async () => clients.idleCount === clients.totalCount);
    expect(clients.waitingCount).toBe(0);
  };
});
