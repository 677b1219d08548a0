// Importing call records on SQLite and PostgreSQL: the file is checked whole first (every bad row by line, nothing
// written), then written in batches; the derived fields follow the documented rules.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCdrs } from '../../../src/domain/cdr/cdr-import.ts';
import type { Database } from '../../../src/persistence/database.ts';
import { User } from '../../../src/persistence/entities/user.ts';
import { testEngines, migratedDatabase, type MigratedDatabase } from '../../support/databases.ts';

const engines = await testEngines('the CDR import tests on PostgreSQL');

interface Row {
  user_id: number | null;
  called_user_id: number | null;
  caller: string;
  called: string;
  direction: string;
  started_at: unknown;
  connected_at: unknown;
  ended_at: unknown;
  duration: number;
  cost: string;
  price: string;
  currency: string;
  disconnect_cause: number;
  sip_call_id: string;
  prefix: string;
  destination: string;
}

const ms = (v: unknown) => (v === null ? null : typeof v === 'number' ? v : new Date(v as string | Date).getTime());
const at = (iso: string) => Date.parse(iso);

describe.each(engines.map((open) => [open]))('importCdrs (%#)', (open) => {
  let fixture: MigratedDatabase | undefined;
  let db: Database;
  let kim: number;
  let lee: number;

  beforeAll(async () => {
    fixture = await migratedDatabase(open);
    db = fixture.db;
    const em = db.em();
    const k = em.create(User, { username: 'kim', passwordSealed: 'x', currency: 'EUR' });
    const l = em.create(User, { username: '5005', passwordSealed: 'x' });
    await em.flush();
    [kim, lee] = [k.id, l.id];
  });
  afterAll(() => fixture?.stop());

  const rows = async () =>
    (
      await db
        .em()
        .getConnection()
        .execute<Row[]>(
          'select user_id, called_user_id, caller, called, direction, started_at, connected_at, ended_at, duration, cast(cost_micros as text) as cost, cast(price_micros as text) as price, currency, disconnect_cause, sip_call_id, prefix, destination from tb_cdrs order by id',
        )
    ).map((r) => ({
      ...r,
      user_id: r.user_id === null ? null : Number(r.user_id),
      called_user_id: r.called_user_id === null ? null : Number(r.called_user_id),
      started_at: ms(r.started_at),
      connected_at: ms(r.connected_at),
      ended_at: ms(r.ended_at),
      duration: Number(r.duration),
      disconnect_cause: Number(r.disconnect_cause),
    }));
  const clear = () => db.em().getConnection().execute('delete from tb_cdrs');

  it('imports every column and derives what is left out', async () => {
    await clear();
    const lines = [
      'caller,called,start,connect,end,duration,user,called_user,direction,cost,price,currency,disconnect_cause,callid,prefix,destination',
      'kim,442071234567,2026-11-20T10:00:00Z,2026-11-20T10:00:05Z,2026-11-20T10:02:05Z,,kim,,,0.040000,0.02,,,abc@h,44,"United Kingdom, London"',
      '+3612345,5005,2026-11-20 11:00:00,,,,,5005,,,,,,,,',
      '5005,1212,1795600000,,,61,5005,,out,0.01,,USD,16,,,',
      '"kim",49,2026-11-20T12:00:00+01:00,,,,kim,,,,,,17,,,',
    ];
    const result = await importCdrs(
      db.em(),
      async function* () {
        yield* lines;
      },
      { batchSize: 2 },
    );
    expect(result).toEqual({ checked: 4, imported: 4, present: 0, problems: [], moreProblems: 0 });
    expect(await rows()).toEqual([
      {
        user_id: kim,
        called_user_id: null,
        caller: 'kim',
        called: '442071234567',
        direction: 'out',
        started_at: at('2026-11-20T10:00:00Z'),
        connected_at: at('2026-11-20T10:00:05Z'),
        ended_at: at('2026-11-20T10:02:05Z'),
        duration: 120,
        cost: '40000',
        price: '20000',
        currency: 'EUR',
        disconnect_cause: 16,
        sip_call_id: 'abc@h',
        prefix: '44',
        destination: 'United Kingdom, London',
      },
      {
        user_id: null,
        called_user_id: lee,
        caller: '+3612345',
        called: '5005',
        direction: 'in',
        started_at: at('2026-11-20T11:00:00Z'),
        connected_at: null,
        ended_at: at('2026-11-20T11:00:00Z'),
        duration: 0,
        cost: '0',
        price: '0',
        currency: 'USD',
        disconnect_cause: 16,
        sip_call_id: '',
        prefix: '',
        destination: '',
      },
      {
        user_id: lee,
        called_user_id: null,
        caller: '5005',
        called: '1212',
        direction: 'out',
        started_at: 1795600000000,
        connected_at: 1795600000000,
        ended_at: 1795600061000,
        duration: 61,
        cost: '10000',
        price: '0',
        currency: 'USD',
        disconnect_cause: 16,
        sip_call_id: '',
        prefix: '',
        destination: '',
      },
      {
        user_id: kim,
        called_user_id: null,
        caller: 'kim',
        called: '49',
        direction: 'out',
        started_at: at('2026-11-20T11:00:00Z'),
        connected_at: null,
        ended_at: at('2026-11-20T11:00:00Z'),
        duration: 0,
        cost: '0',
        price: '0',
        currency: 'EUR',
        disconnect_cause: 17,
        sip_call_id: '',
        prefix: '',
        destination: '',
      },
    ]);
  });

  it('reports every bad row by line and writes nothing', async () => {
    await clear();
    const lines = [
      'caller,called,start,duration,user,cost',
      'a,100,2026-11-20T10:00:00Z,10,kim,0.1',
      'b,,2026-11-20T10:00:00Z,10,kim,0.1',
      'c,100,yesterday,10,kim,0.1',
      'd,100,2026-11-20T10:00:00Z,ten,kim,0.1',
      'e,100,2026-11-20T10:00:00Z,10,nobody,0.1',
      'f,100,2026-11-20T10:00:00Z,10,kim,-1',
      'g,100,2026-11-20T10:00:00Z,10,kim',
      'h,100,2026-11-20T10:00:00Z,10,kim,0.1',
    ];
    const result = await importCdrs(db.em(), async function* () {
      yield* lines;
    });
    expect(result.imported).toBe(0);
    expect(result.problems).toEqual([
      { line: 3, message: 'called is empty' },
      { line: 4, message: 'start "yesterday" is not a time (ISO 8601 such as 2026-11-21T10:15:00Z, or Unix seconds)' },
      { line: 5, message: 'duration "ten": a whole number from 0 to 864000' },
      { line: 6, message: 'user "nobody": no such user' },
      { line: 7, message: 'cost must not be negative' },
      { line: 8, message: '5 fields where the header has 6' },
    ]);
    expect(await rows()).toEqual([]);
  });

  it.each([
    ['an unknown column', 'caller,called,start,cost_usd', 'unknown column "cost_usd"'],
    ['no start column', 'caller,called,duration', 'the header needs the column start'],
  ])('refuses a header with %s', async (_name, header, message) => {
    const result = await importCdrs(db.em(), async function* () {
      yield header;
      yield 'a,b,c';
    });
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.message).toContain(message);
  });

  it('checks that connect and end do not come before start', async () => {
    const result = await importCdrs(db.em(), async function* () {
      yield 'caller,called,start,connect,end';
      yield 'a,1,2026-11-20T10:00:00Z,2026-11-20T09:00:00Z,';
      yield 'a,1,2026-11-20T10:00:00Z,,2026-11-20T09:00:00Z';
    });
    expect(result.problems).toEqual([
      { line: 2, message: 'connect is before start' },
      { line: 3, message: 'end is before start' },
    ]);
  });

  it('writes a large file in batches of batchSize, each its own transaction', async () => {
    await clear();
    const told: number[] = [];
    const result = await importCdrs(
      db.em(),
      async function* () {
        yield 'caller,called,start,duration,user';
        for (let i = 0; i < 2_345; i++) yield `kim,${4400000 + i},${1795000000 + i},${i % 90},kim`;
      },
      { batchSize: 1_000, onBatch: (n) => told.push(n) },
    );
    expect(result.imported).toBe(2_345);
    expect(told).toEqual([1_000, 2_000, 2_345]);
    const [count] = await db
      .em()
      .getConnection()
      .execute<{ n: number | string; d: number | string }[]>('select count(*) as n, sum(duration) as d from tb_cdrs');
    expect(Number(count!.n)).toBe(2_345);
    expect(Number(count!.d)).toBe(Array.from({ length: 2_345 }, (_, i) => i % 90).reduce((a, b) => a + b, 0));
  });
});
