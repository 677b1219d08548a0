// Mizu v1: /xmapi/COMMAND?key=…&usr=…&pwd=… (000), its answers and codes, and the old names through /mvapireq.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MizuV1Client } from '../../../generated/mizu-v1/client.ts';
import { mizuV1Md5Auth } from '../../../src/protocol/digests.ts';
import { testEngines, type TestDatabase } from '../../support/databases.ts';
import { ADMIN, startTestServer, type TestServer } from '../../support/server.ts';
import { Rate } from '../../../src/persistence/entities/rate.ts';
import { RechargePin } from '../../../src/persistence/entities/recharge-pin.ts';
import { Tariff } from '../../../src/persistence/entities/tariff.ts';
import { request } from 'node:http';

const KEY = 'v1-key';
const USER = { username: 'gina', password: 'gina-pw-1', pin: '424242' };

function get(port: number, path: string, localAddress = '127.0.0.1'): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path, localAddress, agent: false }, (res) => {
      let body = '';
      res.on('data', (d) => {
        body += d;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });
}

const engines = await testEngines('the Mizu v1 tests on PostgreSQL');

describe.each(engines.map((open) => [open]))('xmapi (%#)', (open) => {
  let db: TestDatabase;
  let sb: TestServer;
  const xmapi = (command: string, params: Record<string, string>, from?: string) =>
    get(sb.port, `/xmapi/${command}?${new URLSearchParams({ key: KEY, ...params })}&now`, from);

  beforeAll(async () => {
    db = await open();
    sb = await startTestServer(db, {
      globals: { httpapikey: KEY, httpstrictresponse: '1', apiauth: '1' },
      limits: { authFailures: 1000 },
    });
    await sb.server.services.accounts.create(
      sb.server.services.db.em(),
      { ...USER, creditMicros: 12_500_000n },
      { name: 'test', requestId: 'setup' },
    );
  });
  afterAll(async () => {
    await sb?.stop();
    await db?.drop();
  });

  it.each([
    ['usr and pwd', () => ({ usr: USER.username, pwd: USER.password })],
    [
      'md5auth with the default httpapimd5salt',
      () => ({ usr: USER.username, md5auth: mizuV1Md5Auth(USER.username, USER.password, '87159643') }),
    ],
    ['a pin', () => ({ pin: USER.pin })],
  ])('balance with %s answers OK and the credit', async (_, auth) => {
    expect(await xmapi('balance', auth())).toEqual({ status: 200, body: 'OK: 12.50\n' });
  });

  it('serves /xjava/ the same way', async () => {
    expect((await get(sb.port, `/xjava/balance?key=${KEY}&usr=${USER.username}&pwd=${USER.password}`)).body).toBe(
      'OK: 12.50\n',
    );
  });

  it('answers the empty COMMAND at /xmapi/ and at /xmapi alike, and /xjava too', async () => {
    const query = `?${new URLSearchParams({ key: KEY, usr: USER.username, pwd: USER.password })}`;
    const answers = await Promise.all(
      ['/xmapi/', '/xmapi', '/xjava/', '/xjava'].map((path) => get(sb.port, `${path}${query}`)),
    );
    // No number: the empty COMMAND itself answers (421, the missing number), not a missing route.
    expect(answers[0]).toMatchObject({ status: 421, body: expect.stringMatching(/^ERROR:missing parameter: anum/) });
    for (const answer of answers.slice(1)) expect(answer).toEqual(answers[0]);
  });

  it.each([
    ['a wrong password', 'balance', { usr: USER.username, pwd: 'nope' }, 403, /^ERROR:wrong authentication/],
    [
      'a wrong key',
      'balance',
      { usr: USER.username, pwd: USER.password, key: 'other' },
      403,
      /^ERROR:wrong authentication/,
    ],
    ['an invalid command', 'nosuch', {}, 406, /^ERROR:invalid command/],
    [
      'a call command on a server without the SIP edge',
      'p2p',
      { usr: USER.username, pwd: USER.password, anum: '1', bnum: '2' },
      412,
      /^ERROR:.*calls need the SIP edge/,
    ],
  ])('answers %s with its code under httpstrictresponse', async (_, command, params, status, body) => {
    const res = await xmapi(command, params);
    expect(res.status).toBe(status);
    expect(res.body).toMatch(body);
  });

  it('addcredit and adduser from this machine (httpapiallowedip2 unset) need no password', async () => {
    expect((await xmapi('adduser', { u_username: 'hank', u_password: 'hank-pw-1', credit: '3' })).body).toMatch(/^OK/);
    expect((await xmapi('addcredit', { usr: 'hank', credit: '1.25' })).body).toMatch(/^OK/);
    expect((await xmapi('balance', { usr: 'hank', pwd: 'hank-pw-1' })).body).toBe('OK: 4.25\n');
  });

  it('refuses addcredit from an address that is not in httpapiallowedip2', async () => {
    await sb.server.services.options.set(sb.server.services.db.em(), 'httpapiallowedip2', '127.0.0.1');
    const res = await xmapi('addcredit', { usr: 'hank', credit: '100' }, '127.0.0.2');
    expect(res).toMatchObject({ status: 403, body: expect.stringMatching(/httpapiallowedip2/) });
    await sb.server.services.options.set(sb.server.services.db.em(), 'httpapiallowedip2', '');
  });

  it('httpapiallowedip limits every command to its addresses', async () => {
    await sb.server.services.options.set(sb.server.services.db.em(), 'httpapiallowedip', '127.0.0.9');
    expect((await xmapi('balance', { usr: USER.username, pwd: USER.password })).status).toBe(403);
    expect((await xmapi('balance', { usr: USER.username, pwd: USER.password }, '127.0.0.9')).body).toBe('OK: 12.50\n');
    await sb.server.services.options.set(sb.server.services.db.em(), 'httpapiallowedip', '');
  });

  it('the generated v1 client works against it, with md5auth', async () => {
    const client = new MizuV1Client({
      baseUrl: sb.baseUrl,
      key: KEY,
      username: USER.username,
      password: USER.password,
      md5: true,
    });
    expect(await client.balance()).toEqual({ value: '12.50' });
  });

  it('the old names work through /mvapireq/ too (002:L145)', async () => {
    const res = await get(
      sb.port,
      `/mvapireq/?apientry=balance&key=${KEY}&usr=${USER.username}&pwd=${USER.password}&format=json`,
    );
    expect(JSON.parse(res.body).data.credit).toBe('12.50');
    const md5 = await get(
      sb.port,
      `/mvapireq/?apientry=balance&key=${KEY}&usr=${USER.username}&md5auth=${mizuV1Md5Auth(USER.username, USER.password, '87159643')}&format=json`,
    );
    expect(JSON.parse(md5.body).data.credit).toBe('12.50');
  });
  it('rating, charge, cli, db and oop run their Mizu v2 counterparts', async () => {
    const { db: database } = sb.server.services;
    const em = database.em();
    const tariff = em.create(Tariff, { name: 'default', currency: 'USD', createdAt: new Date() });
    await em.flush();
    em.create(Rate, {
      tariffId: tariff.id,
      prefix: '3630',
      destination: 'Hungary mobile',
      rateMicros: 120_000n,
      connectFeeMicros: 0n,
      initialIncrement: 60,
      increment: 60,
    });
    const pin = sb.server.services.secrets.digest('V1PIN77');
    em.create(RechargePin, { pin, valueMicros: 2_000_000n, currency: 'USD', createdAt: new Date() });
    await em.flush();
    const auth = { usr: USER.username, pwd: USER.password };
    expect((await xmapi('rating', { ...auth, anum: '36301234567' })).body).toBe(
      'OK: 0.12 USD, Destination: Hungary mobile\n',
    );
    expect((await xmapi('charge', { ...auth, anum: 'V1PIN77' })).body).toMatch(/^OK/);
    expect((await xmapi('balance', auth)).body).toBe('OK: 14.50\n');
    expect((await xmapi('charge', { ...auth, anum: 'V1PIN77' })).body).toMatch(/^ERROR:/);
    expect((await xmapi('cli', { ...auth, anum: '15557654321' })).body).toMatch(/^OK/);
    expect((await xmapi('db', { ...auth, txt: 'select 1 as one' })).status).toBe(403);
    const asAdmin = { usr: ADMIN.username, pwd: ADMIN.password };
    expect(
      (await xmapi('db', { ...asAdmin, txt: "select username from tb_users where username = 'gina'" })).body,
    ).toMatch(/^OK\nusername\ngina/);
    expect((await xmapi('oop', { ...asAdmin, txt: 'heartbeat full' })).body).toMatch(/^OK\nOK\nstatus=ok\nmode=full/);
    expect((await xmapi('oop', { ...asAdmin, txt: 'apientry=version' })).body).toMatch(/^OK\nOK: Switchboard /);
  });
});
