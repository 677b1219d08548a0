// Every way credit is added writes the one payment row MOR's payments page reads (personal_payments, 004:L365-L397):
// Mizu v2 and v1 addcredit, a recharge PIN redeemed through Mizu v2 and v1 charge, and the starting credit of
// newuseri and Mizu v1 adduser, the credit a transfercredit brings its receiver. A deduction is no payment; a retried
// idempotent addcredit or transfer is one payment; a refused charge or transfer writes none — on SQLite and PostgreSQL,
// through the real server and the real MOR page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPins } from '../../../src/domain/billing/recharge-pins.ts';
import { toMicros } from '../../../src/platform/money.ts';
import { MorPayment } from '../../../src/persistence/entities/mor/payment.ts';
import { User } from '../../../src/persistence/entities/user.ts';
import { testEngines, type TestDatabase } from '../../support/databases.ts';
import { mizuJson } from '../../support/mizu.ts';
import { ADMIN, startTestServer, type TestServer } from '../../support/server.ts';
import { API_SECRET, loginCookie, request } from '../../dialects/mor/support.ts';

const KEY = 'api-key-1';
const asAdmin = { authkey: KEY, authid: ADMIN.username, authpwd: ADMIN.password };

const engines = await testEngines('the payment record tests on PostgreSQL');

describe.each(engines.map((open) => [open]))('credit added anywhere is a MOR payment (%#)', (open) => {
  let db: TestDatabase;
  let sb: TestServer;

  beforeAll(async () => {
    db = await open();
    sb = await startTestServer(db, {
      globals: { httpapikey: KEY },
      limits: { authFailures: 1000, perIp: 100_000, perUser: 100_000 },
    });
    sb.config.mor.apiSecretKey = API_SECRET;
  });
  afterAll(async () => {
    await sb?.stop();
    await db?.drop();
  });

  const em = () => sb.server.services.db.em();
  const password = (username: string) => `${username}-pw-1`;
  const newUser = async (username: string, currency = 'EUR') =>
    (
      await sb.server.services.accounts.create(
        em(),
        { username, password: password(username), currency },
        { name: 'test', requestId: 'setup' },
      )
    ).id;
  const xmapi = async (command: string, params: Record<string, string>) =>
    (await fetch(`${sb.baseUrl}/xmapi/${command}?${new URLSearchParams({ key: KEY, ...params })}&now`)).text();
  const loadPin = (pin: string, value: string, currency = 'EUR') =>
    addPins(em(), sb.server.services.secrets, [pin], toMicros(value), currency);

  /** The user's payments as the MOR page lists them (newest first). */
  async function paymentsPage(username: string): Promise<Record<string, string>[]> {
    const cookie = await loginCookie(sb, username, password(username));
    const answer = await request(sb, '/payments/personal_payments', { headers: { cookie } });
    expect(answer.status, answer.text).toBe(200);
    const rows = answer.doc.page.payments?.payment ?? [];
    return Array.isArray(rows) ? rows : [rows];
  }
  const shown = (p: Record<string, string>) => [p.payment_type, p.amount, p.currency, p.completed];

  it('Mizu v2 addcredit: one payment per credit added, none for a deduction, one for racing retries of a key', async () => {
    await newUser('pia');
    expect((await mizuJson(sb.port, { apientry: 'addcredit', pin: 'pia', credit: '5', ...asAdmin })).status).toBe('OK');
    // Retries racing one another with one idempotency key: one credit, one payment (the losers' rows roll back).
    const retry = { apientry: 'addcredit', pin: 'pia', credit: '2.5', idempotencykey: 'pia-once', ...asAdmin };
    const retries = await Promise.all(Array.from({ length: 6 }, () => mizuJson(sb.port, retry)));
    expect(retries.map((a) => a.status)).toEqual(Array(6).fill('OK'));
    expect((await mizuJson(sb.port, { apientry: 'addcredit', pin: 'pia', credit: '-1', ...asAdmin })).status).toBe(
      'OK',
    );
    expect((await paymentsPage('pia')).map(shown).sort()).toEqual([
      ['Manual', '2.50', 'EUR', 'Yes'],
      ['Manual', '5.00', 'EUR', 'Yes'],
    ]);
  });

  it('Mizu v1 addcredit', async () => {
    await newUser('vic', 'USD');
    expect(await xmapi('addcredit', { usr: 'vic', credit: '1.25' })).toMatch(/^OK/);
    expect((await paymentsPage('vic')).map(shown)).toEqual([['Manual', '1.25', 'USD', 'Yes']]);
  });

  it('a recharge PIN through Mizu v2 and v1 charge: a Voucher payment each; a used PIN writes none', async () => {
    await newUser('rob');
    await loadPin('V2-PIN-0001', '4');
    await loadPin('V1-PIN-0002', '6');
    const asRob = { authkey: KEY, authid: 'rob', authpwd: password('rob') };
    expect((await mizuJson(sb.port, { apientry: 'charge', pin: 'V2-PIN-0001', ...asRob })).status).toBe('OK');
    expect(await xmapi('charge', { usr: 'rob', pwd: password('rob'), anum: 'V1-PIN-0002' })).toMatch(/^OK/);
    expect((await mizuJson(sb.port, { apientry: 'charge', pin: 'V2-PIN-0001', ...asRob })).status).toBe('ERROR');
    expect((await paymentsPage('rob')).map(shown).sort()).toEqual([
      ['Voucher', '4.00', 'EUR', 'Yes'],
      ['Voucher', '6.00', 'EUR', 'Yes'],
    ]);
  });

  it('Mizu v2 transfercredit: a Transfer payment for the receiver, none for the sender; once per idempotency key', async () => {
    await newUser('tess');
    await newUser('toby');
    expect((await mizuJson(sb.port, { apientry: 'addcredit', pin: 'tess', credit: '10', ...asAdmin })).status).toBe(
      'OK',
    );
    const asTess = { authkey: KEY, authid: 'tess', authpwd: password('tess') };
    const transfer = { apientry: 'transfercredit', username: 'toby', credit: '3', idempotencykey: 'tess-toby-1' };
    for (let i = 0; i < 2; i++) expect((await mizuJson(sb.port, { ...transfer, ...asTess })).status).toBe('OK');
    const tooMuch = await mizuJson(sb.port, { ...transfer, credit: '100', idempotencykey: 'tess-toby-2', ...asTess });
    expect(tooMuch.error?.code).toBe('insufficient-credit');
    expect((await paymentsPage('toby')).map(shown)).toEqual([['Transfer', '3.00', 'EUR', 'Yes']]);
    expect((await paymentsPage('tess')).map(shown)).toEqual([['Manual', '10.00', 'EUR', 'Yes']]);
  });

  it('the starting credit of Mizu v2 newuseri and Mizu v1 adduser; none when it is zero', async () => {
    const fields = { u_password: 'new-pw-1', u_currency: 'AUD' };
    const made = await mizuJson(sb.port, {
      apientry: 'newuseri',
      u_username: 'nel',
      credit: '5',
      ...fields,
      ...asAdmin,
    });
    expect(made.status, JSON.stringify(made)).toBe('OK');
    expect(await xmapi('adduser', { u_username: 'ada', u_password: 'new-pw-1', credit: '3' })).toMatch(/^OK/);
    expect(await xmapi('adduser', { u_username: 'zoe', u_password: 'new-pw-1', credit: '0' })).toMatch(/^OK/);
    const paymentsOf = async (username: string) => {
      const { id } = await em().findOneOrFail(User, { username });
      return (await em().find(MorPayment, { userId: id })).map((p) => [p.type, String(p.amountMicros), p.currency]);
    };
    expect(await paymentsOf('nel')).toEqual([['Manual', '5000000', 'AUD']]);
    expect(await paymentsOf('ada')).toEqual([['Manual', '3000000', 'USD']]);
    expect(await paymentsOf('zoe')).toEqual([]);
  });
});
