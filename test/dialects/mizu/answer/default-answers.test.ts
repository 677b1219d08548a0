// The default (text) answers of the commands whose answer the seed or the real product fixes (issue 18, item 5):
// balance and rating in the real server's words, the new-user commands the seed's bare OK, the Mizu v1 forms with the
// seed's OK and a bare value — while json keeps Switchboard's structured answer; on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Rate } from '../../../../src/persistence/entities/rate.ts';
import { Tariff } from '../../../../src/persistence/entities/tariff.ts';
import { mizuGet, mizuJson } from '../../../support/mizu.ts';
import { testEngines, type TestDatabase } from '../../../support/databases.ts';
import { ADMIN, startTestServer, type TestServer } from '../../../support/server.ts';

const USER = { username: 'rita', password: 'rita-pw-1' };
const asUser = { authid: USER.username, authpwd: USER.password };
const asAdmin = { authid: ADMIN.username, authpwd: ADMIN.password };

const engines = await testEngines('the default answer tests on PostgreSQL');

describe.each(engines.map((open) => [open]))('default Mizu answers (%#)', (open) => {
  let db: TestDatabase;
  let sb: TestServer;
  const text = async (params: Record<string, string>) => (await mizuGet(sb.port, params)).body;
  const xmapi = async (command: string, params: Record<string, string>) =>
    (await fetch(`${sb.baseUrl}/xmapi/${command}?${new URLSearchParams(params)}&now`)).text();

  beforeAll(async () => {
    db = await open();
    sb = await startTestServer(db);
    const { services } = sb.server;
    await services.accounts.create(
      services.db.em(),
      { ...USER, creditMicros: 12_340_000n, currency: 'EUR' },
      { name: 'test', requestId: 'setup' },
    );
    const em = services.db.em();
    const tariff = em.create(Tariff, { name: 'default', currency: 'USD', createdAt: new Date() });
    await em.flush();
    em.create(Rate, {
      tariffId: tariff.id,
      prefix: '4420',
      destination: 'United-Kingdom-London',
      rateMicros: 15_000_000n,
      connectFeeMicros: 0n,
      initialIncrement: 1,
      increment: 1,
    });
    em.create(Rate, {
      tariffId: tariff.id,
      prefix: '36',
      destination: '',
      rateMicros: 50_000n,
      connectFeeMicros: 0n,
      initialIncrement: 60,
      increment: 60,
    });
    await em.flush();
  });
  afterAll(async () => {
    await sb?.stop();
    await db?.drop();
  });

  it('balance: "Your credit is" and the amount with its code for a euro account; json keeps credit and currency', async () => {
    expect(await text({ apientry: 'balance', ...asUser })).toBe('Your credit is 12.34 EUR\n');
    expect((await mizuJson(sb.port, { apientry: 'balance', ...asUser })).data).toEqual({
      credit: '12.34',
      currency: 'EUR',
    });
  });

  it('rating: the rate, the currency and the destination, the prefix standing for a nameless one', async () => {
    expect(await text({ apientry: 'rating', bnum: '442071234567', ...asUser })).toBe(
      '15 USD, Destination: United-Kingdom-London\n',
    );
    expect(await text({ apientry: 'rating', bnum: '3612345', ...asUser })).toBe('0.05 USD, Destination: 36\n');
    expect((await mizuJson(sb.port, { apientry: 'rating', bnum: '3612345', ...asUser })).data).toMatchObject({
      prefix: '36',
      rate: '0.05',
      currency: 'USD',
    });
  });

  it.each(['newuseri', 'newuser', 'adduser'])(
    "%s answers the seed's bare OK; json keeps the new userid",
    async (apientry) => {
      const created = { u_username: `${apientry}-1`, u_password: 'Pw-123456', ...asAdmin };
      expect(await text({ apientry, ...created })).toBe('OK\n');
      const json = await mizuJson(sb.port, { apientry, ...created, u_username: `${apientry}-2` });
      expect(json.data).toMatchObject({ userid: expect.any(Number), username: `${apientry}-2` });
    },
  );

  it("newuseru answers the seed's bare OK", async () => {
    expect(await text({ apientry: 'newuseru', u_username: 'sign-up-1', u_password: 'Pw-123456', deviceid: 'd1' })).toBe(
      'OK\n',
    );
  });

  it("Mizu v1 balance and rating answer OK and a bare value, the rating in the real server's words", async () => {
    const auth = { usr: USER.username, pwd: USER.password };
    expect(await xmapi('balance', auth)).toBe('OK: 12.34\n');
    expect(await xmapi('rating', { ...auth, anum: '442071234567' })).toBe(
      'OK: 15 USD, Destination: United-Kingdom-London\n',
    );
  });
});
