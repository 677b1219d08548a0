// The admin's user commands: listusers, deluser, addserver — and search as admins and users see it — on SQLite and
// PostgreSQL.
import { describe, expect, it } from 'vitest';
import { AuditEntry } from '../../../../src/persistence/entities/audit-entry.ts';
import { User } from '../../../../src/persistence/entities/user.ts';
import { testEngines } from '../../../support/databases.ts';
import { ADMIN } from '../../../support/server.ts';
import { asAdmin, serverOn } from './fixture.ts';

const engines = await testEngines('the user admin tests on PostgreSQL');

describe.each(engines.map((open) => [open]))('user admin (%#)', (open) => {
  const f = serverOn(open);
  const em = () => f.sb.server.services.db.em();

  it('listusers filters by type, limits, orders by a real column and adds the extended fields', async () => {
    await f.user('lu-c', { credit: '3' });
    await f.user('lu-a', { credit: '1' });
    await f.user('lu-b', { credit: '2', type: 'reseller' });
    const all = await f.call({ ...asAdmin, apientry: 'listusers', u_order: 'credit desc' });
    expect(all.data.rows.slice(0, 3).map((r: { username: string }) => r.username)).toEqual(['lu-c', 'lu-b', 'lu-a']);
    expect(all.data.rows[0]).toEqual({
      id: expect.any(Number),
      username: 'lu-c',
      name: '',
      type: 'enduser',
      enabled: true,
      credit: '3.00',
    });
    const resellers = await f.call({ ...asAdmin, apientry: 'listusers', u_type: 'reseller', u_extended: '1' });
    expect(resellers.data.rows).toEqual([
      expect.objectContaining({
        username: 'lu-b',
        currency: 'USD',
        postpaid: false,
        created: expect.stringMatching(/^\d{4}-/),
      }),
    ]);
    const two = await f.call({ ...asAdmin, apientry: 'listusers', u_maxcount: '2', u_order: 'username' });
    expect(two.data.rows.map((r: { username: string }) => r.username)).toEqual([ADMIN.username, 'lu-a']);
  });

  it("listusers takes the seed's numeric u_type (0, 5, 9) as well as the type names", async () => {
    await f.user('lun-user');
    for (const [uType, username] of [
      ['0', 'lun-both'],
      ['5', 'lun-sender'],
      ['9', 'lun-sip'],
    ] as const) {
      const added = await f.call({
        ...asAdmin,
        apientry: 'addserver',
        u_type: uType,
        u_username: username,
        u_ip: '192.0.2.7',
      });
      expect(added.status).toBe('OK');
    }
    const listed = async (uType: string) =>
      (await f.call({ ...asAdmin, apientry: 'listusers', u_type: uType })).data.rows
        .map((r: { username: string }) => r.username)
        .filter((name: string) => name.startsWith('lun-'));
    expect(await listed('0')).toEqual(['lun-user', 'lun-both']);
    expect(await listed('5')).toEqual(['lun-sender']);
    expect(await listed('9')).toEqual(['lun-sip']);
    expect(await listed('trunk')).toEqual(['lun-sender']);
    expect(await listed('sipserver')).toEqual(['lun-both', 'lun-sip']);
    expect((await f.call({ ...asAdmin, apientry: 'listusers', u_type: '3' })).error?.code).toBe('invalid-parameter');
  });

  it("listusers takes param1.. counted from its first parameter, as the seed's only positional example counts", async () => {
    await f.user('pos-a');
    await f.user('pos-b');
    // param1 = u_type, param2 = u_maxcount (as apientry=unreg&param1=alma&param3=1 counts, 002:L807).
    const counted = await f.call({ ...asAdmin, apientry: 'listusers', param1: 'enduser', param2: '1' });
    expect(counted.data.rows).toHaveLength(1);
    expect(counted.data.rows[0].type).toBe('enduser');
    // The rule's form (function parameters from param5) still works alongside.
    const offset = await f.call({ ...asAdmin, apientry: 'listusers', param5: 'enduser', param6: '2' });
    expect(offset.data.rows).toHaveLength(2);
  });

  it.each([
    ['a column that does not exist', 'nosuch'],
    ['a secret', 'password_sealed'],
    ['SQL', 'id; drop table tb_users'],
  ])('listusers refuses to order by %s', async (_what, order) => {
    expect((await f.call({ ...asAdmin, apientry: 'listusers', u_order: order })).error?.code).toBe('invalid-parameter');
  });

  it('listusers and deluser are for admins only', async () => {
    await f.user('lo-a');
    await f.user('lo-b');
    expect((await f.as('lo-a', { apientry: 'listusers' })).error?.code).toBe('access-denied');
    expect((await f.as('lo-a', { apientry: 'deluser', u_username: 'lo-b' })).error?.code).toBe('access-denied');
    expect(await f.row('lo-b')).toMatchObject({ username: 'lo-b' });
  });

  it('deluser deletes by id, by username and by param1, with an audit row', async () => {
    const byId = await f.user('del-1');
    await f.user('del-2');
    await f.user('del-3');
    expect((await f.call({ ...asAdmin, apientry: 'deluser', u_id: String(byId) })).message).toBe('user del-1 deleted');
    expect((await f.call({ ...asAdmin, apientry: 'deluser', u_username: 'del-2' })).status).toBe('OK');
    expect((await f.call({ ...asAdmin, apientry: 'deluser', param5: 'del-3' })).status).toBe('OK');
    expect(await em().count(User, { username: { $in: ['del-1', 'del-2', 'del-3'] } })).toBe(0);
    expect(await em().count(AuditEntry, { action: 'user.delete', target: { $in: ['del-1', 'del-2', 'del-3'] } })).toBe(
      3,
    );
    // Its login stops working at once (the cache entry is gone).
    expect((await f.as('del-2', { apientry: 'balance' })).error?.code).toBe('auth-failed');
  });

  it('deluser refuses an unknown user, the config admin and the caller itself', async () => {
    expect((await f.call({ ...asAdmin, apientry: 'deluser', u_username: 'nobody' })).error?.code).toBe(
      'user-not-found',
    );
    expect((await f.call({ ...asAdmin, apientry: 'deluser', u_username: ADMIN.username })).error?.code).toBe(
      'access-denied',
    );
    await f.user('boss', { type: 'admin' });
    expect((await f.as('boss', { apientry: 'deluser', u_username: 'boss' })).error?.message).toMatch(
      /cannot delete itself/,
    );
    expect((await f.call({ ...asAdmin, apientry: 'deluser' })).error?.code).toBe('missing-parameter');
  });

  it('addserver adds a SIP server from the seed example, with the documented defaults and a generated password', async () => {
    const answer = await f.call({
      ...asAdmin,
      apientry: 'addserver',
      u_name: 'Upper Carrier',
      u_domain: 'xxx.tokuvoip.com',
      now: '711',
    });
    expect(answer.status).toBe('OK');
    expect(answer.data).toEqual({
      userid: expect.any(Number),
      username: 'upper_carrier',
      password: expect.stringMatching(/^[A-Za-z0-9_-]{16}$/),
    });
    expect(await f.row('upper_carrier')).toMatchObject({
      type: 'sipserver',
      servertype: 0,
      name: 'Upper Carrier',
      domain: 'xxx.tokuvoip.com',
      ip: '',
      port: 5060,
      transport: 'udp',
      needauth: 1,
    });
    const again = await f.call({
      ...asAdmin,
      apientry: 'addserver',
      u_name: 'Upper Carrier',
      u_domain: 'other.example.com',
    });
    expect(again.data.username).toBe('upper_carrier2');
  });

  it('addserver takes the port from u_ip, a traffic sender type, starting credit and extra fields', async () => {
    const answer = await f.call({
      ...asAdmin,
      apientry: 'addserver',
      u_type: '5',
      u_username: 'sender1',
      u_password: 'Sender-pw-1',
      u_ip: '192.0.2.10:5080',
      u_transport: 'tcp',
      u_auth: '3',
      u_credit: '12.5',
      u_currency: 'eur',
      u_routing: 'null',
      fieldName0: 'callerid',
      fieldval0: '3612345',
      fieldname1: 'musiconhold',
      fieldval1: 'jazz',
    });
    expect(answer.data).toEqual({ userid: expect.any(Number), username: 'sender1' });
    expect(await f.row('sender1')).toMatchObject({
      type: 'trunk',
      servertype: 5,
      ip: '192.0.2.10',
      port: 5080,
      transport: 'tcp',
      needauth: 3,
      currency: 'EUR',
      routing: 'null',
      callerid: '3612345',
      musiconhold: 'jazz',
    });
    expect(await f.credit('sender1')).toBe('12.50');
  });

  it.each([
    ['neither name nor username', { u_domain: 'a.example.com' }, 'missing-parameter'],
    ['neither domain nor ip', { u_name: 'x' }, 'missing-parameter'],
    ['an ip that is not one', { u_name: 'x', u_ip: '999.1.1.1' }, 'invalid-parameter'],
    ['a taken username', { u_username: 'taken-1', u_ip: '192.0.2.11' }, 'duplicate'],
    [
      'an unknown extra field',
      { u_name: 'y', u_ip: '192.0.2.12', fieldname0: 'nosuch', fieldval0: '1' },
      'invalid-parameter',
    ],
    [
      'credit as an extra field',
      { u_name: 'z', u_ip: '192.0.2.13', fieldname0: 'credit', fieldval0: '100' },
      'invalid-parameter',
    ],
    ['a fieldval without its fieldname', { u_name: 'w', u_ip: '192.0.2.14', fieldval3: '1' }, 'invalid-parameter'],
  ])('addserver refuses %s', async (_what, params, code) => {
    // Only the taken-username case names a username: it takes it first.
    if ('u_username' in params) await f.user(params.u_username);
    expect((await f.call({ ...asAdmin, apientry: 'addserver', ...params })).error?.code).toBe(code);
  });

  it('search finds users by part of the username or name; only admins see and search emails', async () => {
    await f.user('seeker');
    await f.user('under_score');
    await f.user('searchme', { email: 'hidden@example.net' });
    await em().nativeUpdate(User, { username: 'searchme' }, { name: 'Zelda 100%' });
    const asUser = await f.as('seeker', { apientry: 'search', txt: 'zeld' });
    expect(asUser.data.rows).toEqual([{ userid: expect.any(Number), username: 'searchme', name: 'Zelda 100%' }]);
    expect((await f.as('seeker', { apientry: 'search', txt: 'hidden@' })).data.rows).toEqual([]);
    const asAdminAnswer = await f.call({ ...asAdmin, apientry: 'search', txt: 'hidden@' });
    expect(asAdminAnswer.data.rows).toEqual([
      expect.objectContaining({ username: 'searchme', email: 'hidden@example.net' }),
    ]);
    // LIKE wildcards in the text are matched literally.
    expect(
      (await f.as('seeker', { apientry: 'search', txt: '0%' })).data.rows.map((r: { username: string }) => r.username),
    ).toEqual(['searchme']);
    // Every user with a _ in the username (this test's, and the servers addserver named), and no other.
    const all = (await f.call({ ...asAdmin, apientry: 'listusers' })).data.rows.map(
      (r: { username: string }) => r.username,
    ) as string[];
    const underscored = (await f.as('seeker', { apientry: 'search', txt: '_' })).data.rows.map(
      (r: { username: string }) => r.username,
    );
    expect(underscored).toContain('under_score');
    expect([...underscored].sort()).toEqual(all.filter((u) => u.includes('_')).sort());
  });

  it('search called bare, as the seed lists it, answers the first page of users by username', async () => {
    await f.user('bare-a');
    await f.user('bare-b');
    const enabled = (await em().find(User, { enabled: true }, { orderBy: { username: 'asc' }, limit: 2 })).map(
      (u) => u.username,
    );
    const bare = await f.as('bare-a', { apientry: 'search', maxcount: '2' });
    expect(bare.data.rows.map((r: { username: string }) => r.username)).toEqual(enabled);
    expect((await f.call({ ...asAdmin, apientry: 'search' })).data.rows.length).toBeGreaterThanOrEqual(2);
  });
});
