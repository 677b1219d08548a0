// The main page's call figures are kept in memory, and read again as soon as calls of the user change, whoever
// writes them: the SIP edge (addCalls), gencdr, the CDR import; and at midnight, when today and this month move.
// The writers whose changes the page does not show (rebill's costs, processed marks, updcdrdir's directions) tell
// of them all the same. SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CdrChanges, type ChangedUsers } from '../../../src/domain/cdr/cdr-changes.ts';
import { importCdrs } from '../../../src/domain/cdr/cdr-import.ts';
import { toMicros } from '../../../src/platform/money.ts';
import { MainFiguresCache } from '../../../src/domain/mor/main-figures.ts';
import { writeRateDeck } from '../../../src/domain/rating/rate-deck-import.ts';
import { Cdr } from '../../../src/persistence/entities/cdr.ts';
import { testEngines, type TestDatabase } from '../../support/databases.ts';
import { mizuJson } from '../../support/mizu.ts';
import { ADMIN, type TestServer } from '../../support/server.ts';
import { addCalls, addUser, call, loginCookie, request, startMor } from './support.ts';
import { todayAt } from './world.ts';

const engines = await testEngines('the MOR main page cache tests on PostgreSQL');
const at = (text: string) => new Date(`${text}Z`);
const admin = { authid: ADMIN.username, authpwd: ADMIN.password };

describe.each(engines.map((open) => [open]))('MOR main page figures kept in memory (%#)', (open) => {
  let db: TestDatabase;
  let sb: TestServer;
  let dora: number;
  let cookie: string;

  beforeAll(async () => {
    db = await open();
    sb = await startMor(db);
    dora = await addUser(sb, 'dora');
    cookie = await loginCookie(sb, 'dora');
  });
  afterAll(async () => {
    await sb?.stop();
    await db?.drop();
  });

  const figures = async () => {
    const { stats } = (await request(sb, '/callc/main', { headers: { cookie } })).doc.page;
    const [month, day] = stats.call_history.calls;
    return {
      missed: Number(stats.missed_calls.missed_total),
      month: Number(month.call_counts),
      today: Number(day.call_counts),
    };
  };
  /** Runs step while listening to the CDR changes of the server: answers what it heard. */
  const heard = async (step: () => Promise<unknown>): Promise<ChangedUsers[]> => {
    const told: ChangedUsers[] = [];
    const changes = new CdrChanges(sb.server.services.state);
    await changes.listen((users) => told.push(users));
    await step();
    // The shared state delivers on a later turn of the event loop, as Redis would.
    await new Promise((resolve) => setImmediate(resolve));
    return told;
  };

  it('counts a call the moment the SIP edge writes it', async () => {
    const before = await figures();
    await addCalls(sb, [
      call({ userId: dora, startedAt: todayAt(60), caller: '300', called: '37060000000', duration: 30 }),
    ]);
    expect(await figures()).toEqual({ ...before, month: before.month + 1, today: before.today + 1 });
  });

  it('counts the calls gencdr writes', async () => {
    const before = await figures();
    const answer = await mizuJson(sb.port, {
      apientry: 'gencdr',
      ...admin,
      user: 'dora',
      count: '7',
      dir: 'in',
      connected: '0',
      seed: '3',
    });
    expect(answer.status, JSON.stringify(answer)).toBe('OK');
    expect((await figures()).missed).toBe(before.missed + 7);
  });

  it('counts the calls an import writes, told through the shared state as another process would tell', async () => {
    const before = await figures();
    const lines = [
      'caller,called,start,called_user',
      `37052000001,300,${todayAt(90).toISOString()},dora`,
      `37052000002,300,${todayAt(95).toISOString()},dora`,
    ];
    const result = await importCdrs(
      sb.server.services.db.em(),
      async function* () {
        yield* lines;
      },
      { changes: new CdrChanges(sb.server.services.state) },
    );
    expect(result.imported).toBe(2);
    await new Promise((resolve) => setImmediate(resolve));
    expect((await figures()).missed).toBe(before.missed + 2);
  });

  it('tells of the calls rebill re-rates, the processed marks and updcdrdir', async () => {
    await writeRateDeck(sb.server.services.db.em(), {
      tariff: 'default',
      replace: true,
      rows: [
        {
          line: 2,
          prefix: '44',
          destination: 'UK',
          rateMicros: toMicros('0.02'),
          connectFeeMicros: 0n,
          initialIncrement: 1,
          increment: 1,
        },
      ],
    });
    await addCalls(sb, [
      call({
        userId: dora,
        startedAt: todayAt(120),
        caller: '300',
        called: '4420000000',
        duration: 60,
        costMicros: toMicros('1'),
      }),
    ]);
    const rebilled = await heard(async () =>
      expect(
        (await mizuJson(sb.port, { apientry: 'rebill', ...admin, user: 'dora', days: 'lastweek' })).data?.rerated,
      ).toBe(1),
    );
    expect(rebilled).toContainEqual(new Set([dora]));

    const [missed] = await addCalls(sb, [
      call({ calledUserId: dora, direction: 'in', startedAt: todayAt(130), caller: '37052000003', called: '300' }),
    ]);
    const marked = await heard(() =>
      request(sb, '/stats/missed_calls', { headers: { cookie }, form: { processed: String(missed) } }),
    );
    expect(marked).toContainEqual(new Set([dora]));

    await sb.server.services.db.em().nativeUpdate(Cdr, { id: missed! }, { direction: 'out' });
    expect(await heard(() => mizuJson(sb.port, { apientry: 'updcdrdir', ...admin }))).toContainEqual('everyone');
  });

  it('reads today and this month again when the day and the month change, though no one told of a call', async () => {
    const cache = new MainFiguresCache(new CdrChanges());
    const erin = await addUser(sb, 'erin');
    const em = () => sb.server.services.db.em();
    const write = (startedAt: Date) =>
      em().insertMany(Cdr, [
        call({ userId: erin, startedAt, caller: '400', called: '37060000000', duration: 10 }),
      ] as never[]);
    await write(at('2024-03-05 10:00:00'));
    await write(at('2024-03-31 23:00:00'));

    const march = await cache.figures(erin, at('2024-03-31 23:59:58'), em);
    expect([march.month.count, march.today.count, march.today.duration]).toEqual([2, 1, 10]);

    // Three seconds later: well within the time an entry is kept, but another day.
    await write(at('2024-04-01 00:00:00'));
    const april = await cache.figures(erin, at('2024-04-01 00:00:01'), em);
    expect([april.month.count, april.today.count]).toEqual([1, 1]);
  });

  it('keeps the figures of the day until told of a change, then reads them again', async () => {
    const changes = new CdrChanges();
    const cache = new MainFiguresCache(changes);
    const fay = await addUser(sb, 'fay');
    const em = () => sb.server.services.db.em();
    const now = at('2024-05-10 12:00:00');
    await em().insertMany(Cdr, [
      call({ userId: fay, startedAt: at('2024-05-10 09:00:00'), caller: '500', called: '1', duration: 5 }),
    ] as never[]);
    expect((await cache.figures(fay, now, em)).today.count).toBe(1);

    await em().insertMany(Cdr, [
      call({ userId: fay, startedAt: at('2024-05-10 10:00:00'), caller: '500', called: '2', duration: 5 }),
    ] as never[]);
    expect((await cache.figures(fay, now, em)).today.count).toBe(1);
    await changes.changed([fay]);
    expect((await cache.figures(fay, now, em)).today.count).toBe(2);
  });

  it('answers, after all those writes, what the database holds', async () => {
    const fresh = await new MainFiguresCache(sb.server.services.cdrChanges).figures(dora, new Date(), () =>
      sb.server.services.db.em(),
    );
    const page = await figures();
    expect({ missed: fresh.missedTotal, month: fresh.month.count, today: fresh.today.count }).toEqual(page);
  });
});
