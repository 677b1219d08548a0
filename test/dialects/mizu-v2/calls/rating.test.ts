// rating answers the longest matching prefix of the user's own tariff (or the default one), with every figure of
// the rate, on SQLite and PostgreSQL, over a real server — and follows a deck change at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines, type TestDatabase } from '../../../support/databases.ts';
import { mizuJson } from '../../../support/mizu.ts';
import { startTestServer, type TestServer } from '../../../support/server.ts';
import { addUser, loadDeck, PASSWORD, setTariff } from './support.ts';

const engines = await testEngines('the rating tests on PostgreSQL');

describe.each(engines.map((open) => [open]))('rating (%#)', (open) => {
  let db: TestDatabase;
  let sb: TestServer;
  const rate = (user: string, extra: Record<string, string>) =>
    mizuJson(sb.port, { apientry: 'rating', authid: user, authpwd: PASSWORD, ...extra });

  beforeAll(async () => {
    db = await open();
    sb = await startTestServer(db);
    await addUser(sb, 'dora');
    const gina = await addUser(sb, 'gina', { currency: 'EUR' });
    await loadDeck(sb, 'default', [
      ['1', 'USA', '0.01'],
      ['44', 'United Kingdom', '0.02', '0.05', 30, 6],
      ['447', 'UK mobile', '0.10', '0', 1, 1],
      ['3630', 'Hungary Budapest', '0.015'],
    ]);
    const gold = await loadDeck(
      sb,
      'gold',
      [
        ['44', 'UK (gold)', '0.015'],
        ['4479', '', '0.3'],
      ],
      'EUR',
    );
    await setTariff(sb, gina, gold.tariffId);
  });
  afterAll(async () => {
    await sb?.stop();
    await db?.drop();
  });

  it('answers the longest matching prefix of the default tariff with every figure', async () => {
    const answer = await rate('dora', { bnum: '+44 7911 123456' });
    expect(answer.status).toBe('OK');
    expect(answer.data).toEqual({
      prefix: '447',
      rate: '0.10',
      connectfee: '0.00',
      initialincrement: 1,
      increment: 1,
      currency: 'USD',
      destination: 'UK mobile',
      tariff: 'default',
    });
    expect((await rate('dora', { bnum: '442071234567' })).data).toMatchObject({
      prefix: '44',
      rate: '0.02',
      connectfee: '0.05',
      initialincrement: 30,
      increment: 6,
    });
  });

  it.each([['bnum'], ['anum'], ['phone2'], ['to']])(
    'takes the number as %s (the seed examples send bnum and anum)',
    async (name) => {
      expect((await rate('dora', { [name]: '3630' })).data).toMatchObject({
        prefix: '3630',
        destination: 'Hungary Budapest',
        rate: '0.015',
      });
    },
  );

  it('rates a user on their own tariff, in its currency, not on the default', async () => {
    expect((await rate('gina', { bnum: '447911123456' })).data).toEqual({
      prefix: '4479',
      rate: '0.30',
      connectfee: '0.00',
      initialincrement: 60,
      increment: 60,
      currency: 'EUR',
      tariff: 'gold',
    });
    expect((await rate('gina', { bnum: '4420' })).data).toMatchObject({
      prefix: '44',
      destination: 'UK (gold)',
      tariff: 'gold',
    });
  });

  it('answers not found for a number no prefix matches', async () => {
    const answer = await rate('gina', { bnum: '12125551234' });
    expect(answer.error).toEqual({ code: 'not-found', message: 'no rate for 12125551234 in tariff gold' });
  });

  it('asks for the number when none is sent', async () => {
    expect((await rate('dora', {})).error?.code).toBe('missing-number');
    expect((await rate('dora', { bnum: '+' })).error?.code).toBe('invalid-parameter');
    expect((await rate('dora', { bnum: '44x' })).error?.code).toBe('invalid-parameter');
  });

  it('needs an authenticated user', async () => {
    expect((await mizuJson(sb.port, { apientry: 'rating', bnum: '44' })).error?.code).toBe('auth-failed');
    expect((await rate('dora', { authpwd: 'wrong', bnum: '44' })).error?.code).toBe('auth-failed');
  });

  it('follows a deck change at once', async () => {
    expect((await rate('dora', { bnum: '4420' })).data).toMatchObject({ prefix: '44', rate: '0.02' });
    await loadDeck(sb, 'default', [['4420', 'London', '0.012']]);
    expect((await rate('dora', { bnum: '442071' })).data).toMatchObject({
      prefix: '4420',
      rate: '0.012',
      destination: 'London',
    });
  });

  it("answers not found when the user's tariff is gone", async () => {
    const lost = await addUser(sb, 'lost');
    await setTariff(sb, lost, 9999);
    expect((await rate('lost', { bnum: '44' })).error).toEqual({
      code: 'not-found',
      message: "the user's tariff 9999 does not exist",
    });
  });

  it('answers not found when the user has no tariff and there is no default one', async () => {
    const db2 = sb.server.services.db.em();
    await db2.getConnection().execute("update tariffs set name = 'renamed' where name = 'default'");
    try {
      const answer = await rate('dora', { bnum: '44' });
      expect(answer.error?.code).toBe('not-found');
      expect(answer.error?.message).toMatch(/no tariff named default/);
    } finally {
      await db2.getConnection().execute("update tariffs set name = 'default' where name = 'renamed'");
    }
  });
});
