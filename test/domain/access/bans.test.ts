// A flood of wrong passwords from one IP gets it banned; bannedlist shows it; delbanned lifts it — on SQLite and
// PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines, type TestDatabase } from '../../support/databases.ts';
import { mizuJson } from '../../support/mizu.ts';
import { rawHttp } from '../../support/raw-http.ts';
import { ADMIN, startTestServer, type TestServer } from '../../support/server.ts';

const USER = { username: 'carol', password: 'carol-pw-1' };
const FLOODER = '127.0.0.2';
const asAdmin = { authid: ADMIN.username, authpwd: ADMIN.password };
const engines = await testEngines('the ban tests on PostgreSQL');

describe.each(engines.map((open) => [open]))('bans (%#)', (open) => {
  let sb: TestServer;
  let db: TestDatabase;
  const balanceFrom = (ip: string, password: string) =>
    mizuJson(sb.port, { apientry: 'balance', authid: USER.username, authpwd: password }, ip);
  /** Gets ip banned by as many wrong passwords as the limit allows, so that a test needs no other test's ban. */
  const ban = async (ip: string) => {
    for (let i = 0; i < 5; i++) await balanceFrom(ip, 'wrong');
    expect((await balanceFrom(ip, USER.password)).error?.code).toBe('banned');
  };
  const bannedRows = async () =>
    (await mizuJson(sb.port, { apientry: 'bannedlist', ...asAdmin })).data.rows as { ip: string }[];

  beforeAll(async () => {
    db = await open();
    sb = await startTestServer(db, { limits: { authFailures: 5, banSeconds: 600 } });
    await sb.server.services.accounts.create(sb.server.services.db.em(), USER, { name: 'test', requestId: 'setup' });
  });
  afterAll(async () => {
    await sb?.stop();
    await db?.drop();
  });

  it('bans an address after repeated wrong passwords, even for a right one after that', async () => {
    for (let i = 0; i < 5; i++) expect((await balanceFrom(FLOODER, `wrong-${i}`)).error?.code).toBe('auth-failed');
    expect((await balanceFrom(FLOODER, USER.password)).error?.code).toBe('banned');
    expect((await mizuJson(sb.port, { apientry: 'apitest1' }, FLOODER)).error?.code).toBe('banned');
  });

  it('does not ban the other addresses', async () => {
    expect((await balanceFrom('127.0.0.1', USER.password)).data?.credit).toBe('0.00');
  });

  it('lists the ban with its reason and times', async () => {
    await ban('127.0.0.12');
    const answer = await mizuJson(sb.port, { apientry: 'bannedlist', ...asAdmin });
    const row = answer.data.rows.find((r: { ip: string }) => r.ip === '127.0.0.12');
    expect(row).toMatchObject({ ip: '127.0.0.12', reason: expect.stringMatching(/failed authentications/) });
    expect(Date.parse(row.until) - Date.parse(row.since)).toBeGreaterThan(590_000);
  });

  it('counts bans in /metrics', async () => {
    await ban('127.0.0.13');
    expect(await (await fetch(`${sb.baseUrl}/metrics`)).text()).toMatch(/^switchboard_bans_total [1-9]/m);
  });

  it('delbanned lifts it, and the address is served again', async () => {
    await ban('127.0.0.14');
    const before = await bannedRows();
    expect((await mizuJson(sb.port, { apientry: 'delbanned', ip: '127.0.0.14', ...asAdmin })).status).toBe('OK');
    expect((await balanceFrom('127.0.0.14', USER.password)).data?.credit).toBe('0.00');
    expect(await bannedRows()).toEqual(before.filter((r) => r.ip !== '127.0.0.14'));
  });

  it('delbanned of an address that is not banned says so; delbanned all clears every ban', async () => {
    expect((await mizuJson(sb.port, { apientry: 'delbanned', ip: '127.0.0.9', ...asAdmin })).error?.code).toBe(
      'not-found',
    );
    const before = (await bannedRows()).length;
    for (const ip of ['127.0.0.3', '127.0.0.4']) for (let i = 0; i < 5; i++) await balanceFrom(ip, 'wrong');
    expect(await bannedRows()).toHaveLength(before + 2);
    expect((await mizuJson(sb.port, { apientry: 'delbanned', ip: 'all', ...asAdmin })).status).toBe('OK');
    expect((await balanceFrom('127.0.0.3', USER.password)).status).toBe('OK');
    expect(await bannedRows()).toEqual([]);
  });

  it("delbanned takes the parameter by the seed's name [all] (002:L459) as well as ip, in any case", async () => {
    await ban('127.0.0.15');
    expect((await mizuJson(sb.port, { apientry: 'delbanned', all: '127.0.0.15', ...asAdmin })).status).toBe('OK');
    expect((await balanceFrom('127.0.0.15', USER.password)).status).toBe('OK');
    await ban('127.0.0.16');
    expect((await mizuJson(sb.port, { apientry: 'delbanned', all: 'ALL', ...asAdmin })).status).toBe('OK');
    expect(await bannedRows()).toEqual([]);
  });

  // In the seed's "delbanned [all] {… (ip)}", [all] is the parameter's name, as [from,to,filename] are sendfax's: a
  // request that names no address lifts nothing, so a bare call or a misspelt name never clears every ban.
  it.each([
    ['all sent bare', '&all'],
    ['all sent empty', '&all='],
    ['no parameter at all', ''],
    ['a misspelt name', '&ipp=127.0.0.17'],
  ])('delbanned with %s is a missing parameter and lifts nothing', async (_, tail) => {
    await ban('127.0.0.17');
    const admin = `authid=${encodeURIComponent(ADMIN.username)}&authpwd=${encodeURIComponent(ADMIN.password)}`;
    const answer = await rawHttp(sb.port, { path: `/mvapireq/?apientry=delbanned&${admin}${tail}` });
    expect(answer.body).toMatch(/^ERROR: missing parameter: ip/);
    expect((await bannedRows()).map((r) => r.ip)).toContain('127.0.0.17');
  });

  it('keeps bans over a restart of the server process', async () => {
    for (let i = 0; i < 5; i++) await balanceFrom('127.0.0.6', 'wrong');
    await sb.stop();
    sb = await startTestServer(db, { limits: { authFailures: 5, banSeconds: 600 } });
    expect((await balanceFrom('127.0.0.6', USER.password)).error?.code).toBe('banned');
  });
});
