/**
 * CDR query speed on 1,000,000 calls, on SQLite and PostgreSQL: each seed example of `cdr` through Switchboard's
 * query code, next to the equivalent hand-written SQL measured in the same run on the same data (the ratio should
 * stay near 1: the aggregates are the database's, on its indexes). Median of 5 runs after a warm-up.
 *
 *   node bench/cdr-summary.ts [--rows 1000000] [--users 1000] [--sqlite-only] [--postgres postgres://…/db]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { dayWindow, type CdrFilter, type CdrViewer } from '../src/domain/cdr/cdr-filter.ts';
import { listCdrs, summariseCdrs } from '../src/domain/cdr/cdr-query.ts';
import { insertCdrs, type NewCdr } from '../src/domain/cdr/cdr-writer.ts';
import { openDatabase, type Database } from '../src/persistence/database.ts';
import { scratchPostgres } from './lib/postgres.ts';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    users: { type: 'string', default: '1000' },
    'sqlite-only': { type: 'boolean', default: false },
    postgres: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/test' },
  },
});
const ROWS = Number(values.rows);
const USERS = Number(values.users);
const DAY_MS = 86_400_000;
const RUNS = 5;

interface Case {
  name: string;
  switchboard(db: Database): Promise<unknown>;
  handSql: { sql: string; params: unknown[] };
}

function cases(userId: number, db0Engine: Database['engine']): Case[] {
  const user: CdrViewer = { kind: 'user', userId, currency: 'USD' };
  const admin: CdrViewer = { kind: 'admin', currency: 'USD' };
  const filter = (viewer: CdrViewer, days: string, extra: Partial<CdrFilter> = {}): CdrFilter => ({
    viewer,
    window: dayWindow(days),
    dir: 'all',
    type: 'all',
    ...extra,
  });
  const from = (days: string) => dayWindow(days).from!;
  const userCost = 'sum(case when user_id = ? then cost_micros else 0 end)';
  return [
    {
      name: 'enduser today count, duration (days=today&by=all)',
      switchboard: (db) => summariseCdrs(db.em(), db.engine, { filter: filter(user, 'today'), fields: 'normal' }),
      handSql: {
        sql: `select currency, count(*), sum(duration), ${userCost} from tb_cdrs where (user_id = ? or called_user_id = ?) and started_at >= ? group by currency`,
        params: [userId, userId, userId, from('today')],
      },
    },
    {
      name: 'enduser this month costs (days=thismonth&by=all)',
      switchboard: (db) => summariseCdrs(db.em(), db.engine, { filter: filter(user, 'thismonth'), fields: 'normal' }),
      handSql: {
        sql: `select currency, count(*), sum(duration), ${userCost} from tb_cdrs where (user_id = ? or called_user_id = ?) and started_at >= ? group by currency`,
        params: [userId, userId, userId, from('thismonth')],
      },
    },
    {
      name: 'enduser missed calls (days=lastweek&dir=in&type=notconnected)',
      switchboard: (db) =>
        listCdrs(db.em(), {
          filter: filter(user, 'lastweek', { dir: 'in', type: 'notconnected' }),
          fields: 'normal',
          order: 'date',
          limit: 1000,
        }),
      handSql: {
        sql: 'select * from tb_cdrs where called_user_id = ? and started_at >= ? and connected_at is null order by started_at desc limit 1000',
        params: [userId, from('lastweek')],
      },
    },
    {
      name: 'admin todayprofit (days=today&by=all&fields=all)',
      switchboard: (db) => summariseCdrs(db.em(), db.engine, { filter: filter(admin, 'today'), fields: 'all' }),
      handSql: {
        sql: 'select currency, count(*), sum(duration), sum(cost_micros), sum(price_micros) from tb_cdrs where started_at >= ? group by currency',
        params: [from('today')],
      },
    },
    {
      name: 'admin last 7 days profit (days=lastweek&by=all&fields=all)',
      switchboard: (db) => summariseCdrs(db.em(), db.engine, { filter: filter(admin, 'lastweek'), fields: 'all' }),
      handSql: {
        sql: 'select currency, count(*), sum(duration), sum(cost_micros), sum(price_micros) from tb_cdrs where started_at >= ? group by currency',
        params: [from('lastweek')],
      },
    },
    {
      name: 'admin this month per day (days=thismonth&by=day)',
      switchboard: (db) =>
        summariseCdrs(db.em(), db.engine, {
          filter: filter(admin, 'thismonth'),
          fields: 'normal',
          by: 'day',
          limit: 1000,
        }),
      handSql: {
        sql:
          db0Engine === 'sqlite'
            ? "select strftime('%Y-%m-%d', started_at / 1000, 'unixepoch') as day, currency, count(*), sum(duration), sum(cost_micros) from tb_cdrs where started_at >= ? group by day, currency order by day"
            : "select to_char(started_at at time zone 'UTC', 'YYYY-MM-DD') as day, currency, count(*), sum(duration), sum(cost_micros) from tb_cdrs where started_at >= ? group by day, currency order by day",
        params: [from('thismonth')],
      },
    },
    {
      name: 'admin today call list (days=today, 1000 newest)',
      switchboard: (db) =>
        listCdrs(db.em(), { filter: filter(admin, 'today'), fields: 'all', order: 'date', limit: 1000 }),
      handSql: {
        sql: 'select c.*, u.username from tb_cdrs c left join tb_users u on u.id = c.user_id where c.started_at >= ? order by c.started_at desc limit 1000',
        params: [from('today')],
      },
    },
    {
      name: 'admin every call ever (by=all: a full scan)',
      switchboard: (db) => summariseCdrs(db.em(), db.engine, { filter: filter(admin, ''), fields: 'all' }),
      handSql: {
        sql: 'select currency, count(*), sum(duration), sum(cost_micros), sum(price_micros) from tb_cdrs group by currency',
        params: [],
      },
    },
  ];
}

async function fill(db: Database): Promise<void> {
  const em = db.em();
  const connection = em.getConnection();
  await connection.execute('delete from tb_cdrs');
  await connection.execute("delete from tb_users where username like 'bench%'");
  const users: number[] = [];
  for (let start = 0; start < USERS; start += 500) {
    const names = Array.from({ length: Math.min(500, USERS - start) }, (_, i) => `bench${start + i}`);
    const now = new Date();
    await connection.execute(
      `insert into tb_users (username, password_sealed, created_at, updated_at) values ${names.map(() => "(?, 'x', ?, ?)").join(', ')}`,
      names.flatMap((n) => [n, now, now]),
    );
  }
  for (const r of await connection.execute<{ id: number }[]>(
    "select id from tb_users where username like 'bench%' order by id",
  ))
    users.push(Number(r.id));
  let seed = 12345;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const now = Date.now();
  const batch: NewCdr[] = [];
  for (let i = 0; i < ROWS; i++) {
    const incoming = random() < 0.1;
    const user = users[Math.floor(random() * users.length)]!;
    const startedAt = new Date(now - Math.floor(random() * 60 * DAY_MS));
    const connected = random() < 0.8;
    const duration = connected ? 1 + Math.floor(random() * 600) : 0;
    batch.push({
      userId: incoming ? null : user,
      calledUserId: incoming ? user : null,
      caller: incoming ? '3612345678' : `bench${user}`,
      called: `44${Math.floor(random() * 1e9)}`,
      direction: incoming ? 'in' : 'out',
      startedAt,
      connectedAt: connected ? startedAt : null,
      endedAt: new Date(startedAt.getTime() + duration * 1000),
      duration,
      costMicros: incoming ? 0n : BigInt(duration * 333),
      priceMicros: incoming ? 0n : BigInt(duration * 200),
      currency: 'USD',
      disconnectCause: connected ? 16 : 19,
      sipCallId: `bench-${i}`,
      prefix: '44',
      destination: 'UK',
    });
    if (batch.length === 5_000 || i === ROWS - 1) {
      const rows = batch.splice(0);
      await em.transactional((tx) => insertCdrs(tx, rows));
    }
  }
  await connection.execute('analyze');
}

/** Median times of the two, run in turns so that caches and checkpoints favour neither. */
async function medians(ours: () => Promise<unknown>, hand: () => Promise<unknown>): Promise<[number, number]> {
  await ours();
  await hand();
  const times: [number[], number[]] = [[], []];
  const time = async (run: () => Promise<unknown>, into: number[]) => {
    const started = performance.now();
    await run();
    into.push(performance.now() - started);
  };
  for (let i = 0; i < RUNS; i++) {
    await time(ours, times[0]);
    await time(hand, times[1]);
  }
  const median = (list: number[]) => list.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
  return [median(times[0]), median(times[1])];
}

async function bench(url: string): Promise<void> {
  const db = await openDatabase(url);
  try {
    await db.migrate();
    const started = performance.now();
    await fill(db);
    console.log(
      `\n${db.engine}: ${ROWS.toLocaleString('en-US')} CDRs of ${USERS} users over 60 days written in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    const [busiest] = await db
      .em()
      .getConnection()
      .execute<{ user_id: number }[]>(
        'select user_id from tb_cdrs where user_id is not null group by user_id order by count(*) desc limit 1',
      );
    console.log(`${'query'.padEnd(64)} ${'switchboard'.padStart(12)} ${'hand SQL'.padStart(10)}  ratio`);
    for (const c of cases(Number(busiest!.user_id), db.engine)) {
      const [ours, hand] = await medians(
        () => c.switchboard(db),
        () => db.em().getConnection().execute(c.handSql.sql, c.handSql.params),
      );
      console.log(
        `${c.name.padEnd(64)} ${`${ours.toFixed(2)} ms`.padStart(12)} ${`${hand.toFixed(2)} ms`.padStart(10)}  ${(ours / hand).toFixed(2)}`,
      );
    }
  } finally {
    await db.close();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'switchboard-bench-'));
try {
  await bench(`sqlite:${join(dir, 'cdrs.db')}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (!values['sqlite-only']) {
  const scratch = await scratchPostgres(values.postgres!);
  if (scratch instanceof Error) {
    console.log(`\npostgresql: skipped (${scratch.message}); give --postgres URL or --sqlite-only`);
  } else {
    try {
      await bench(scratch.url);
    } finally {
      await scratch.drop();
    }
  }
}
