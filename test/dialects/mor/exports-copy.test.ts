// The CSV export on PostgreSQL reads its rows as one COPY on a pooled client of its own: a client that stops reading
// holds the export where it is (the server reads no more than its buffers hold), and a client that goes away, or
// takes nothing for limits.stalledAnswerSeconds, gets the statement ended and the pooled client given back.
import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { morHash } from '../../../src/protocol/digests.ts';
import { nativeClient } from '../../../src/domain/admin/native-sql.ts';
import { postgresDatabase, type TestDatabase } from '../../support/databases.ts';
import type { TestServer } from '../../support/server.ts';
import { postgresAvailable, POSTGRES, requireService } from '../../support/services.ts';
import { addUser, API_SECRET, startMor } from './support.ts';

const withPostgres = requireService(POSTGRES, await postgresAvailable(), 'the MOR export COPY tests');
// Far more than an export sends before a client that reads nothing holds it back: 200,000 calls of about 190 bytes
// each, 38 MB, more than the sockets' buffers between PostgreSQL, the server and the client hold on loopback, which
// the kernel grows to several MB each (an export of 8 MB once ran to its end unread).
const CALLS = 200_000;
// A two-byte character in every row, reads cut lines (and characters) anywhere; as long as the column takes.
const DESTINATION = 'Königreich, London. '.repeat(6).trim();
const STALLED_SECONDS = 3;

describe.skipIf(!withPostgres)('MOR CSV export through a PostgreSQL COPY', () => {
  let db: TestDatabase;
  let sb: TestServer;
  let user: number;

  beforeAll(async () => {
    db = await postgresDatabase();
    sb = await startMor(db, { limits: { stalledAnswerSeconds: STALLED_SECONDS } });
    user = await addUser(sb, 'copier');
    await sb.server.services.db
      .em()
      .getConnection()
      .execute(
        `insert into tb_cdrs (user_id, caller, called, direction, started_at, connected_at, ended_at, duration, cost_micros, destination)
       select ?, '300', '4420' || i, 'out', t, t, t + interval '5 second', 5, 1000, ?
       from generate_series(1, ${CALLS}) i, lateral (select timestamptz '2024-01-01 00:00:00+00' + i * interval '1 minute' as t) s`,
        [user, DESTINATION],
      );
  });
  afterAll(async () => {
    await sb?.stop();
    await db?.drop();
  });

  /** Sessions of the server's database in a transaction (a statement running), besides the one asking. */
  const openTransactions = async () => {
    const rows = await sb.server.services.db
      .em()
      .getConnection()
      .execute<{ state: string; query: string }[]>(
        'select state, query from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and xact_start is not null',
      );
    return rows;
  };
  const pool = async () => {
    const native = await nativeClient(sb.server.services.db);
    if (native.engine !== 'postgresql') throw new Error('not PostgreSQL');
    return native.pool;
  };
  /** Pooled clients taken and not given back. */
  const held = async () => {
    const clients = await pool();
    return clients.totalCount - clients.idleCount;
  };
  const until = async (holds: () => Promise<boolean>) => {
    while (!(await holds())) await sleep(20);
  };

  /** Starts the year's export and answers once the headers are in, reading nothing of the body. */
  const startExport = () =>
    new Promise<{ req: ClientRequest; res: IncomingMessage }>((resolve, reject) => {
      const [from, till] = ['2024-01-01', '2024-12-31'];
      const hash = morHash([String(user), String(user), from, till], API_SECRET);
      const url = new URL(
        `${sb.baseUrl}/billing/stats/call_list_to_csv/${user}?date_from=${from}&date_till=${till}&user_id=${user}&hash=${hash}`,
      );
      const req = httpRequest(url, (res) => resolve({ req, res }));
      req.on('error', reject);
      req.end();
    });
  const lines = async (res: IncomingMessage) => {
    let text = '';
    for await (const chunk of res.setEncoding('utf8')) text += chunk;
    return text.trim().split('\r\n');
  };

  it('streams every call in order, and gives the client back', async () => {
    const { res } = await startExport();
    const all = await lines(res);
    expect(all).toHaveLength(CALLS + 1);
    expect(all[1]).toBe(`2024-01-01 00:01:00,300,44201,"${DESTINATION}",00:00:05,Answered,0.001`);
    expect(all[CALLS]).toBe(`2024-05-18 21:20:00,300,4420${CALLS},"${DESTINATION}",00:00:05,Answered,0.001`);
    await released();
  });

  it('holds its client for a client that stops reading, and gives it back, the statement ended, when it goes away', async () => {
    const { req, res } = await startExport();
    expect(res.statusCode).toBe(200);
    // Nothing read: once the buffers between are full the export waits, its client taken, far from the last call.
    await until(async () => (await held()) === 1);
    await sleep(1_000);
    expect(await held()).toBe(1);
    expect(res.complete).toBe(false);

    req.destroy();
    await released();
  });

  it('cuts off a client that takes nothing for the stall time, and gives the pooled client back', async () => {
    const { res } = await startExport();
    await until(async () => (await held()) === 1);
    const started = Date.now();
    await released();
    expect(Date.now() - started).toBeGreaterThanOrEqual((STALLED_SECONDS - 1) * 1000);
    expect(res.complete).toBe(false);
  });

  it('holds at most half the pool in exports, the others waiting their turn, and the rest of the server served', async () => {
    const clients = await pool();
    const turns = Math.floor((clients.options.max ?? 10) / 2);
    const exports = await Promise.all(Array.from({ length: turns + 1 }, () => startExport()));
    await until(async () => (await held()) === turns);
    await sleep(500);
    expect(await held()).toBe(turns);
    // A query of the rest of the server gets a pooled client meanwhile.
    const served = await sb.server.services.db.em().getConnection().execute('select count(*) as n from tb_users');
    expect(served).toHaveLength(1);

    // One goes away: the one that waited gets its turn, and every other runs to its end, never more than half held.
    exports[0]!.req.destroy();
    let most = 0;
    const watch = setInterval(
      () =>
        void held().then((n) => {
          most = Math.max(most, n);
        }),
      20,
    );
    try {
      for (const { res } of exports.slice(1)) expect(await lines(res)).toHaveLength(CALLS + 1);
    } finally {
      clearInterval(watch);
    }
    expect(most).toBeLessThanOrEqual(turns);
    await released();
  });

  /** No statement left running, and every pooled client back. */
  const released = async () => {
    await until(async () => (await openTransactions()).length === 0);
    const clients = await pool();
    await until(async () => clients.idleCount === clients.totalCount);
    expect(clients.waitingCount).toBe(0);
  };
});
