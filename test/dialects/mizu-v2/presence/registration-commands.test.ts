// The commands that read the SIP registrar's bindings (issue 15): status, verifyuser, presence_get/presence_set,
// reguser, regstat, fastregusers, endpoints, epreg, unreg, the req_user_register check and miniSIPServer localuser.
// Bindings go into the server's own registration store, as the registrar puts them; test/sip/ registers real phones.
import { describe, expect, it } from 'vitest';
import type { Binding } from '../../../../src/domain/telephony/registrations.ts';
import { testEngines } from '../../../support/databases.ts';
import { mizuGet } from '../../../support/mizu.ts';
import { serverOn } from '../admin/fixture.ts';

const engines = await testEngines('the registration commands on PostgreSQL');

describe.each(engines.map((open) => [open]))('registration commands (%#)', (open) => {
  const f = serverOn(open);
  const registrations = () => f.sb.server.services.registrations;
  const bind = (username: string, more: Partial<Binding> = {}) =>
    registrations().bind({
      username,
      contact: `sip:${username}@127.0.0.1:5062`,
      expiresAt: Date.now() + 60_000,
      userAgent: 'TestPhone/1.0',
      source: { transport: 'udp', address: '127.0.0.1', port: 5062 },
      callId: `call-${username}`,
      cseq: 1,
      registeredAt: Date.now(),
      ...more,
    });
  const text = async (params: Record<string, string>) => (await mizuGet(f.sb.port, { format: 'text', ...params })).body;

  it('status and verifyuser: 0 for nobody, 1 offline, 2 while registered', async () => {
    await f.user('carol');
    await f.user('dave');
    expect((await f.as('carol', { apientry: 'status' })).data).toEqual({ status: 1 });
    await bind('carol');
    expect((await f.as('carol', { apientry: 'status' })).data).toEqual({ status: 2 });
    expect((await f.as('dave', { apientry: 'verifyuser', userusername: 'carol' })).data).toEqual({ status: 2 });
    expect((await f.as('carol', { apientry: 'verifyuser', userusername: 'dave' })).data).toEqual({ status: 1 });
    expect((await f.as('carol', { apientry: 'verifyuser', userusername: 'nobody' })).data).toEqual({ status: 0 });
  });

  it('an expired registration is offline', async () => {
    await f.user('erin');
    await bind('erin', { expiresAt: Date.now() - 1 });
    expect((await f.as('erin', { apientry: 'status' })).data).toEqual({ status: 1 });
  });

  it("presence_get answers the seed's line: a registered user's set string, else the online code", async () => {
    await f.user('frank');
    await f.user('gina');
    await bind('frank');
    expect(
      await text({ apientry: 'presence_set', authid: 'frank', authpwd: 'frank-pw-1', pstatus: 'busy', ptype: '0' }),
    ).toBe('OK: presence set\n');
    expect(
      await text({ apientry: 'presence_get', authid: 'gina', authpwd: 'gina-pw-1', userlist: 'frank,gina,nobody' }),
    ).toBe('OK: puserlist: frank:busy,gina:1,nobody:0\n');
    const json = await f.as('gina', { apientry: 'presence_get', userusername: 'frank' });
    expect(json.data.rows).toEqual([{ user: 'frank', status: 'busy' }]);
    expect((await f.as('gina', { apientry: 'presence_get' })).error?.code).toBe('missing-parameter');
  });

  it('presence_set hands out the messages kept while offline, in the XOFFMESSAGE form, once', async () => {
    await f.user('lena');
    const offline = f.sb.server.services.offlineMessages;
    await offline.store('lena', 'frank', 'call me');
    await offline.store('lena', 'gina', 'at 5: ok?');
    const set = { apientry: 'presence_set', authid: 'lena', authpwd: 'lena-pw-1', pstatus: 'online' };
    expect(await text(set)).toBe('OK: presence set XOFFMESSAGE:frank:call meXOFFMESSAGE:gina:at 5: ok?XOFFMESSAGE:\n');
    expect(await text(set)).toBe('OK: presence set\n');
    await offline.store('lena', 'frank', 'again');
    expect((await f.as('lena', { apientry: 'presence_set', pstatus: 'away' })).data.rows).toEqual([
      { fromuser: 'frank', text: 'again' },
    ]);
  });

  it('reguser lists the registered devices: the normal listing, all, and one user', async () => {
    const id = await f.user('hank');
    await bind('hank', {
      contact: 'sip:hank@127.0.0.1:5070',
      source: { transport: 'tcp', address: '127.0.0.1', port: 5070 },
    });
    const normal = (await f.admin({ apientry: 'reguser' })).data.rows;
    expect(normal).toContainEqual({ username: 'hank', userid: id, contact: 'sip:hank@127.0.0.1:5070' });
    const all = (await f.admin({ apientry: 'reguser', usr: 'all' })).data.rows;
    expect(all).toContainEqual(
      expect.objectContaining({ username: 'hank', transport: 'tcp', port: 5070, useragent: 'TestPhone/1.0' }),
    );
    const one = (await f.admin({ apientry: 'reguser', usr: 'hank' })).data.rows;
    expect(one).toEqual([expect.objectContaining({ username: 'hank', userid: id, ip: '127.0.0.1' })]);
    expect((await f.admin({ apientry: 'reguser', usr: 'carol-not' })).error?.code).toBe('user-not-found');
    expect((await f.as('hank', { apientry: 'reguser' })).error?.code).toBe('access-denied');
  });

  it('regstat, fastregusers, epreg and endpoints read the same bindings', async () => {
    await f.user('ivan');
    await bind('ivan', { source: { transport: 'ws', address: '127.0.0.1', port: 40000 } });
    const all = await registrations().all();
    const stat = (await f.admin({ apientry: 'regstat' })).data;
    expect(stat.registered).toBe(all.length);
    expect(stat.registeredusers).toBe(new Set(all.map((b) => b.username)).size);
    expect(stat.udp + stat.tcp + stat.ws).toBe(all.length);
    expect((await f.admin({ apientry: 'fastregusers', param1: 'succ' })).data.rows).toHaveLength(all.length);
    const ws = (await f.admin({ apientry: 'epreg', regtype: 'WS', regstate: 'registered' })).data.rows;
    expect(ws).toEqual([expect.objectContaining({ username: 'ivan', regtype: 'ws', regstate: 'registered' })]);
    expect((await f.admin({ apientry: 'epreg', regstate: 'expired' })).data.rows).toEqual([]);
    await f.admin({ apientry: 'addserver', u_name: 'upstream', u_ip: '127.0.0.2', u_port: '5080' });
    const endpoints = (await f.admin({ apientry: 'endpoints' })).data.rows;
    expect(endpoints).toContainEqual(
      expect.objectContaining({ username: 'ivan', type: 'device', transport: 'ws', state: 'registered' }),
    );
    expect(endpoints).toContainEqual(
      expect.objectContaining({ type: 'server', ip: '127.0.0.2', port: 5080, state: 'configured' }),
    );
  });

  it('unreg removes a user’s bindings (only those from ip when given), or everyone’s', async () => {
    await f.user('judy');
    await bind('judy', { contact: 'sip:judy@127.0.0.1:1' });
    await bind('judy', {
      contact: 'sip:judy@127.0.0.2:1',
      source: { transport: 'udp', address: '127.0.0.2', port: 1 },
    });
    expect((await f.admin({ apientry: 'unreg', username: 'judy', ip: '127.0.0.2' })).data).toEqual({ removed: 1 });
    expect((await registrations().bindingsOf('judy')).map((b) => b.contact)).toEqual(['sip:judy@127.0.0.1:1']);
    // The seed's own form: param1 = username, param3 = mode (002:L807).
    expect((await f.admin({ apientry: 'unreg', param1: 'judy', param3: '1' })).data).toEqual({ removed: 1 });
    expect((await f.as('judy', { apientry: 'status' })).data).toEqual({ status: 1 });
    expect((await f.admin({ apientry: 'unreg', username: 'nobody' })).error?.code).toBe('user-not-found');
    await bind('judy');
    await f.admin({ apientry: 'unreg', username: 'all' });
    expect(await registrations().all()).toEqual([]);
  });

  it('req_user_register: a command that needs a registration refuses without one, and 2 checks the address', async () => {
    await f.user('kate');
    await f.api({ fname: 'balance', reqUserRegister: 1 });
    const refused = await f.as('kate', { apientry: 'balance' });
    expect(refused.error).toMatchObject({ code: 'access-denied', message: expect.stringContaining('registered') });
    await bind('kate', { source: { transport: 'udp', address: '127.0.0.9', port: 5062 } });
    expect((await f.as('kate', { apientry: 'balance' })).status).toBe('OK');
    await f.api({ fname: 'balance', reqUserRegister: 2 });
    expect((await f.as('kate', { apientry: 'balance' })).error?.code).toBe('access-denied');
    expect((await f.as('kate', { apientry: 'balance' }, '127.0.0.9')).status).toBe('OK');
    await f.api({ fname: 'balance', reqUserRegister: 0 });
  });

  it('miniSIPServer localuser answers the registration state, address and user agent', async () => {
    // The openapi answers once minisip.syskey is set; the configuration is read on every request.
    const syskey = { syskey: 'minisip-syskey-1' };
    f.sb.config.minisip.syskey = syskey.syskey;
    const get = async (path: string, body: object) =>
      JSON.parse(
        await (
          await fetch(
            `${f.sb.baseUrl}/openapi/localuser/${path}?${encodeURIComponent(JSON.stringify({ ...syskey, ...body }))}`,
          )
        ).text(),
      );
    expect(await get('set', { usrname: '2001', usrpwd: 'pw-2001' })).toEqual({ message: 'local user 2001 added' });
    const offline = await get('query', { usrname: '2001' });
    expect(offline).toMatchObject({ usrname: '2001', state: 0, userAgent: '' });
    await bind('2001', { userAgent: 'Linphone/5', source: { transport: 'udp', address: '127.0.0.3', port: 5099 } });
    expect(await get('query', { usrname: '2001' })).toMatchObject({
      state: 1,
      addr: '127.0.0.3',
      port: 5099,
      userAgent: 'Linphone/5',
    });
    const list = await get('list', {});
    expect(Array.isArray(list)).toBe(true);
    expect(list).toContainEqual(expect.objectContaining({ usrname: '2001', state: 1, userAgent: 'Linphone/5' }));
    await registrations().unbind('2001');
    expect(await get('query', { usrname: '2001' })).toMatchObject({ state: 0, userAgent: '' });
  });
});
