// User PINs (issue 17, findings 6 and 10), on SQLite and PostgreSQL: with the default apiauth a PIN alone logs in
// nowhere (Mizu v2 authid or authpwd, Mizu v1 pin); apiauth 1 lets it, from limits.pinMinLength characters on; the
// table holds a digest, never the PIN, and no command answers it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines, type TestDatabase } from '../../support/databases.ts';
import { mizuJson } from '../../support/mizu.ts';
import { ADMIN, startTestServer, type TestServer } from '../../support/server.ts';

const engines = await testEngines('the user PIN tests on PostgreSQL');
const asAdmin = { authid: ADMIN.username, authpwd: ADMIN.password };
const V1_KEY = 'v1-key-77';

describe.each(engines.map((open) => [open]))('user PINs (%#)', (open) => {
  const servers: { sb: TestServer; db: TestDatabase }[] = [];
  let strict: TestServer;
  let lenient: TestServer;

  const serve = async (globals: Record<string, string>) => {
    const db = await open();
    const sb = await startTestServer(db, {
      globals: { httpapikey: V1_KEY, ...globals },
      limits: { authFailures: 1000 },
    });
    servers.push({ sb, db });
    return sb;
  };
  /** A user whose PIN the admin sets with setfield, as an operator would. */
  const userWithPin = async (sb: TestServer, username: string, pin: string) => {
    const { accounts, db } = sb.server.services;
    const { id } = await accounts.create(
      db.em(),
      { username, password: `${username}-pw-1`, creditMicros: 2_000_000n },
      { name: 'test', requestId: 'setup' },
    );
    const set = { apientry: 'setfield', table: 'tb_users', rowid: String(id), fieldname: 'pin', fieldvalue: pin };
    return { id, answer: await call(sb, { ...set, ...asAdmin }) };
  };
  /** httpapikey, set for the v1 calls, is asked of Mizu v2 requests too. */
  const call = (sb: TestServer, params: Record<string, string>) => mizuJson(sb.port, { authkey: V1_KEY, ...params });
  const balance = (sb: TestServer, params: Record<string, string>) => call(sb, { apientry: 'balance', ...params });
  const v1Balance = async (sb: TestServer, pin: string) =>
    (await fetch(`${sb.baseUrl}/xmapi/balance?key=${V1_KEY}&pin=${pin}&now`)).text();

  beforeAll(async () => {
    strict = await serve({});
    lenient = await serve({ apiauth: '1' });
  });
  afterAll(async () => {
    for (const { sb, db } of servers) {
      await sb.stop();
      await db.drop();
    }
  });

  it('with the default apiauth, a PIN alone logs in nowhere', async () => {
    expect((await userWithPin(strict, 'pia', '482913')).answer.status).toBe('OK');
    expect((await balance(strict, { authid: '482913' })).error?.code).toBe('auth-failed');
    expect((await balance(strict, { authid: 'pia', authpwd: '482913' })).error?.code).toBe('auth-failed');
    expect(await v1Balance(strict, '482913')).toMatch(/^ERROR/);
    expect((await balance(strict, { authid: 'pia', authpwd: 'pia-pw-1' })).data?.credit).toBe('2.00');
  });

  it('with apiauth 1, a PIN logs in as authid, as authpwd and as the v1 pin', async () => {
    expect((await userWithPin(lenient, 'paul', '739104')).answer.status).toBe('OK');
    expect((await balance(lenient, { authid: '739104' })).data?.credit).toBe('2.00');
    expect((await balance(lenient, { authid: 'paul', authpwd: '739104' })).data?.credit).toBe('2.00');
    expect(await v1Balance(lenient, '739104')).toBe('OK: 2.00\n');
  });

  it('refuses to set a PIN shorter than limits.pinMinLength (6), and such a PIN never logs in', async () => {
    const { id, answer } = await userWithPin(lenient, 'petra', '12345');
    expect(answer.error?.code).toBe('invalid-parameter');
    expect(answer.error?.message).toMatch(/6 to 64/);
    // one stored before the minimum existed (or with a lower one) is no credential either
    const { accounts, db, secrets } = lenient.server.services;
    await accounts.update(db.em(), id, { pin: secrets.digest('12345') }, { name: 'test', requestId: 't', action: 'x' });
    expect((await balance(lenient, { authid: '12345' })).error?.code).toBe('auth-failed');
    expect((await balance(lenient, { authid: 'petra', authpwd: '12345' })).error?.code).toBe('auth-failed');
    expect(await v1Balance(lenient, '12345')).toMatch(/^ERROR/);
  });

  it('stores a digest, never the PIN, and answers it to no one', async () => {
    const { id } = await userWithPin(strict, 'pete', '650221');
    const [row] = await strict.server.services.db
      .em()
      .getConnection()
      .execute<{ pin: string }[]>('select pin from tb_users where id = ?', [id]);
    expect(row!.pin).not.toContain('650221');
    expect(row!.pin).toMatch(/^h1:[\w-]{43}$/);
    const getfield = {
      apientry: 'getfield',
      retfieldname: 'pin',
      filterfieldname: 'username',
      filterfieldvalue: 'pete',
    };
    const answer = await call(strict, { ...getfield, ...asAdmin });
    expect(answer.error?.code).toBe('access-denied');
    const listed = await call(strict, { apientry: 'listusers', u_order: 'pin', ...asAdmin });
    expect(listed.error?.code).toBe('invalid-parameter');
  });

  it('refuses a PIN another user has', async () => {
    expect((await userWithPin(strict, 'quin', '918273')).answer.status).toBe('OK');
    const second = await userWithPin(strict, 'quax', '918273');
    expect(second.answer.error?.code).toBe('duplicate');
  });
});
