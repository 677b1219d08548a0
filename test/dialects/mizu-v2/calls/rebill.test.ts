// rebill (admin) re-rates the outgoing, connected calls of a period with the current deck and corrects each user's
// credit through the ledger, with exact figures; dryrun and a second run change nothing; user narrows it; calls no
// prefix matches are left alone; endusers are refused. SQLite and PostgreSQL, over a real server.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { NewCdr } from '../../../../src/domain/cdr/cdr-writer.ts';
import { toMicros } from '../../../../src/platform/money.ts';
import { writeRateDeck, type DeckRow } from '../../../../src/domain/rating/rate-deck-import.ts';
import { testEngines, type TestDatabase } from '../../../support/databases.ts';
import { mizuJson } from '../../../support/mizu.ts';
import { ADMIN, startTestServer, type TestServer } from '../../../support/server.ts';
import { addUser, call, PASSWORD, replaceCalls, today } from './support.ts';

const engines = await testEngines('the rebill tests on PostgreSQL');

type Deck = [prefix: string, destination: string, rate: string, fee: string, initial: number, increment: number][];

/** The deck the stored costs were rated on. */
const OLD: Deck = [
  ['44', 'UK', '0.02', '0.01', 30, 6],
  ['1', 'USA', '0.01', '0', 60, 60],
  ['36', 'Hungary', '0.05', '0', 60, 60],
];
/** The fixed deck: UK cheaper per second, London its own dearer prefix, USA the same, Hungary per second. */
const NEW: Deck = [
  ['44', 'UK', '0.012', '0', 1, 1],
  ['4420', 'London', '0.05', '0.005', 60, 60],
  ['1', 'USA', '0.01', '0', 60, 60],
  ['36', 'Hungary', '0.007', '0', 1, 1],
];

const START_CREDIT = toMicros('10');

describe.each(engines.map((open) => [open]))('rebill (%#)', (open) => {
  let db: TestDatabase;
  let sb: TestServer;
  let hana: number;
  let ivan: number;
  let eve: number;
  let clock: Awaited<ReturnType<typeof today>>;
  const admin = { authid: ADMIN.username, authpwd: ADMIN.password };
  const rebill = (params: Record<string, string>) => mizuJson(sb.port, { apientry: 'rebill', ...admin, ...params });
  const sql = <T>(text: string, params: unknown[] = []) =>
    sb.server.services.db.em().getConnection().execute<T[]>(text, params);

  const deck = (rows: Deck) =>
    writeRateDeck(sb.server.services.db.em(), {
      tariff: 'default',
      replace: true,
      rows: rows.map(
        ([prefix, destination, rate, fee, initialIncrement, increment], i): DeckRow => ({
          line: i + 2,
          prefix,
          destination,
          rateMicros: toMicros(rate),
          connectFeeMicros: toMicros(fee),
          initialIncrement,
          increment,
        }),
      ),
    });

  /** The calls, with the costs OLD gave them (worked out by hand in the comments). */
  const calls = (): Record<string, NewCdr> => {
    const out = (
      sipCallId: string,
      userId: number,
      called: string,
      duration: number,
      cost: string,
      prefix: string,
      destination: string,
      startedAt = clock.at(0, 1),
    ) =>
      call({
        userId,
        caller: 'x',
        called,
        duration,
        costMicros: toMicros(cost),
        prefix,
        destination,
        startedAt,
        sipCallId,
      });
    return {
      // 44 on OLD: 30 s, then 6 s steps: 95 s bills 96 s → 0.02 × 96/60 = 0.032, + 0.01 fee.
      a: out('a', hana, '447911123456', 95, '0.042', '44', 'UK'),
      // 30 s bills the initial 30 s → 0.01, + 0.01 fee.
      g: out('g', hana, '442071234567', 30, '0.02', '44', 'UK'),
      // 1 on OLD and NEW: 61 s bills 120 s → 0.02.
      b: out('b', hana, '12125551234', 61, '0.02', '1', 'USA'),
      // 36 on OLD: 7 s bills 60 s → 0.05.
      h: out('h', hana, '3612345', 7, '0.05', '36', 'Hungary'),
      // ivan, 44 on OLD: 60 s bills 60 s → 0.02, + 0.01 fee.
      i: out('i', ivan, '447000000000', 60, '0.03', '44', 'UK'),
      // Not re-billed: not connected, incoming, and before the period.
      missed: call({ userId: hana, called: '442000000000', duration: 0, startedAt: clock.at(0, 2) }),
      incoming: call({
        userId: null,
        calledUserId: hana,
        direction: 'in',
        caller: '4471234',
        called: 'hana',
        duration: 50,
        startedAt: clock.at(0, 3),
      }),
      old: out('old', hana, '447911123456', 95, '0.042', '44', 'UK', clock.at(-40)),
    };
  };

  /** Every call as it is stored, the balances, and the ledger rows: what must not move when nothing is to change. */
  const snapshot = async () => ({
    cdrs: await sql('select id, cast(cost_micros as text) as cost, prefix, destination from tb_cdrs order by id'),
    credit: await sql('select id, cast(credit_micros as text) as credit from tb_users order by id'),
    ledger: await sql('select id from credit_ledger order by id'),
  });
  const stored = async (sipCallId: string) =>
    (
      await sql<{ cost: string; prefix: string; destination: string }>(
        'select cast(cost_micros as text) as cost, prefix, destination from tb_cdrs where sip_call_id = ?',
        [sipCallId],
      )
    )[0];
  const balance = async (id: number) =>
    BigInt(
      (await sql<{ c: string }>('select cast(credit_micros as text) as c from tb_users where id = ?', [id]))[0]!.c,
    );
  const rebillLedger = () =>
    sql<{ user_id: number; amount: string; actor: string; request_id: string }>(
      "select user_id, cast(amount_micros as text) as amount, actor, request_id from credit_ledger where reason = 'rebill' order by user_id",
    );

  beforeAll(async () => {
    db = await open();
    sb = await startTestServer(db);
    hana = await addUser(sb, 'hana');
    ivan = await addUser(sb, 'ivan');
    eve = await addUser(sb, 'eve', { currency: 'EUR' });
  });
  afterAll(async () => {
    await sb?.stop();
    await db?.drop();
  });
  beforeEach(async () => {
    clock = await today();
    await deck(OLD);
    await replaceCalls(sb, Object.values(calls()));
    await sql("delete from credit_ledger where reason = 'rebill'");
    await sql('update tb_users set credit_micros = ?', [START_CREDIT]);
    for (const id of [hana, ivan, eve]) await sb.server.services.accounts.cache.invalidate(id);
    await deck(NEW);
  });

  const figures = {
    examined: 5,
    rerated: 4,
    unchanged: 1,
    unrated: 0,
    skipped: 0,
    users: 2,
    // hana: a 0.042 → 0.019 (+0.023), g 0.02 → 0.055 (−0.035), h 0.05 → 0.000817 (+0.049183): +0.037183; ivan: 0.03 →
    // 0.012 (+0.018).
    credit: { USD: '0.055183' },
  };
  const lastweek = () => new Date(clock.at(-6)).toISOString();

  it('re-rates the changed calls with exact figures and corrects each balance through the ledger', async () => {
    const answer = await rebill({ days: 'lastweek' });
    expect(answer.status).toBe('OK');
    expect(answer.data).toEqual({ ...figures, from: lastweek(), dryrun: false });
    // 44 on NEW, per second: 0.012 × 95/60 = 0.019.
    expect(await stored('a')).toEqual({ cost: '19000', prefix: '44', destination: 'UK' });
    // 4420 on NEW: 30 s bills 60 s → 0.05, + 0.005 fee.
    expect(await stored('g')).toEqual({ cost: '55000', prefix: '4420', destination: 'London' });
    expect(await stored('b')).toEqual({ cost: '20000', prefix: '1', destination: 'USA' });
    // 36 on NEW: 0.007 × 7/60 = 0.000816666…, rounded up to the micro.
    expect(await stored('h')).toEqual({ cost: '817', prefix: '36', destination: 'Hungary' });
    // 0.012 × 60/60.
    expect(await stored('i')).toEqual({ cost: '12000', prefix: '44', destination: 'UK' });
    // The calls outside the re-billing keep what they had.
    expect(await stored('old')).toEqual({ cost: '42000', prefix: '44', destination: 'UK' });
    expect(await balance(hana)).toBe(START_CREDIT + toMicros('0.037183'));
    expect(await balance(ivan)).toBe(START_CREDIT + toMicros('0.018'));
    const ledger = await rebillLedger();
    expect(ledger.map((e) => [Number(e.user_id), e.amount, e.actor])).toEqual([
      [hana, '37183', 'admin'],
      [ivan, '18000', 'admin'],
    ]);
    expect(ledger[0]!.request_id).not.toBe('');
    expect(ledger[1]!.request_id).toBe(ledger[0]!.request_id);
    // The user cache was told: the balance answered is the new one.
    const seen = await mizuJson(sb.port, { apientry: 'balance', authid: 'hana', authpwd: PASSWORD });
    expect(JSON.stringify(seen.data)).toContain('10.037183');
  });

  it('dryrun answers what would change and changes nothing', async () => {
    const before = await snapshot();
    const dry = await rebill({ days: 'lastweek', dryrun: 'yes' });
    expect(dry.data).toEqual({ ...figures, from: lastweek(), dryrun: true });
    expect(await snapshot()).toEqual(before);
    // The real run then does exactly what the dry one said.
    expect((await rebill({ days: 'lastweek' })).data).toEqual({ ...figures, from: lastweek(), dryrun: false });
  });

  it('called bare, as the seed lists it, answers the dry run of today and changes nothing', async () => {
    const before = await snapshot();
    const bare = await rebill({});
    expect(bare.data).toMatchObject({ from: clock.at(0).toISOString(), rerated: 4, dryrun: true });
    expect(bare.data).toEqual((await rebill({ days: 'today', dryrun: 'yes' })).data);
    expect(await snapshot()).toEqual(before);
  });

  it('a second run changes nothing', async () => {
    await rebill({ days: 'lastweek' });
    const after = await snapshot();
    const again = await rebill({ days: 'lastweek' });
    expect(again.data).toEqual({
      from: lastweek(),
      examined: 5,
      rerated: 0,
      unchanged: 5,
      unrated: 0,
      skipped: 0,
      users: 0,
      credit: {},
      dryrun: false,
    });
    expect(await snapshot()).toEqual(after);
  });

  it('re-bills only the user named, by username or id', async () => {
    const ivans = await rebill({ days: 'today', user: 'ivan' });
    expect(ivans.data).toMatchObject({ examined: 1, rerated: 1, users: 1, credit: { USD: '0.018' } });
    expect(await balance(ivan)).toBe(START_CREDIT + toMicros('0.018'));
    expect(await balance(hana)).toBe(START_CREDIT);
    expect(await stored('a')).toEqual({ cost: '42000', prefix: '44', destination: 'UK' });
    expect((await rebill({ days: '1', user: String(hana) })).data).toMatchObject({
      examined: 4,
      rerated: 3,
      unchanged: 1,
      users: 1,
      credit: { USD: '0.037183' },
    });
    expect((await rebillLedger()).map((e) => Number(e.user_id))).toEqual([hana, ivan]);
  });

  it("leaves calls no prefix matches unchanged (unrated), and skips those it cannot correct in the balance's currency", async () => {
    await deck(NEW.filter(([prefix]) => prefix !== '36'));
    const extra = [
      // eve's balance is in EUR, the default deck in USD: no exchange rates, so not re-billed.
      call({
        userId: eve,
        called: '447911123456',
        duration: 95,
        costMicros: toMicros('0.042'),
        prefix: '44',
        destination: 'UK',
        startedAt: clock.at(0, 1),
        sipCallId: 'eve',
      }),
      // A user who no longer exists.
      call({
        userId: 999_999,
        called: '447911123456',
        duration: 95,
        costMicros: toMicros('0.042'),
        prefix: '44',
        destination: 'UK',
        startedAt: clock.at(0, 1),
        sipCallId: 'ghost',
      }),
    ];
    await replaceCalls(sb, [...Object.values(calls()), ...extra]);
    const answer = await rebill({ days: 'lastweek' });
    // hana: +0.023 − 0.035 (h unrated); ivan: +0.018.
    expect(answer.data).toEqual({
      from: lastweek(),
      examined: 7,
      rerated: 3,
      unchanged: 1,
      unrated: 1,
      skipped: 2,
      users: 2,
      credit: { USD: '0.006' },
      dryrun: false,
    });
    expect(await stored('h')).toEqual({ cost: '50000', prefix: '36', destination: 'Hungary' });
    expect(await stored('eve')).toEqual({ cost: '42000', prefix: '44', destination: 'UK' });
    expect(await balance(hana)).toBe(START_CREDIT - toMicros('0.012'));
    expect(await balance(eve)).toBe(START_CREDIT);
    expect((await rebillLedger()).map((e) => [Number(e.user_id), e.amount])).toEqual([
      [hana, '-12000'],
      [ivan, '18000'],
    ]);
  });

  it('answers the period, and refuses endusers, a bad period and an unknown user', async () => {
    const yesterday = await rebill({ days: 'yesterday', dryrun: '1' });
    expect(yesterday.data).toMatchObject({
      from: clock.at(-1).toISOString(),
      to: clock.at(0).toISOString(),
      examined: 0,
      credit: {},
    });
    const before = await snapshot();
    expect(
      (await mizuJson(sb.port, { apientry: 'rebill', authid: 'hana', authpwd: PASSWORD, days: 'lastweek' })).error
        ?.code,
    ).toBe('access-denied');
    expect((await rebill({ days: 'forever' })).error?.code).toBe('invalid-parameter');
    expect((await rebill({ days: '0' })).error?.code).toBe('invalid-parameter');
    expect((await rebill({ days: 'today', user: 'nobody' })).error?.code).toBe('user-not-found');
    expect(await snapshot()).toEqual(before);
  });
});
