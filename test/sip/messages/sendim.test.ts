// sendim and sendamsg against a real Switchboard with its SIP edge on SQLite and PostgreSQL (issue 15): a phone that
// registers receives the SIP MESSAGE (RFC 3428); a user not registered, or whose phones refuse, has it stored, and
// gets it when it registers again; unknown recipients are refused before anything is sent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines, type TestDatabase } from '../../support/databases.ts';
import { mizuJson } from '../../support/mizu.ts';
import { ADMIN, startTestServer, type TestServer } from '../../support/server.ts';
import { freeSipPort } from '../free-port.ts';
import { TestPhone } from './phone.ts';

const engines = await testEngines('the instant message tests on PostgreSQL');

describe.each(engines.map((open) => [open]))('sendim and sendamsg over the SIP edge (%#)', (open) => {
  let db: TestDatabase;
  let sb: TestServer;
  let sipPort: number;
  const phones: TestPhone[] = [];
  const ids = new Map<string, number>();

  beforeAll(async () => {
    db = await open();
    sipPort = await freeSipPort();
    sb = await startTestServer(db, { sip: { port: sipPort }, limits: { authFailures: 1000 } });
    for (const username of ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'gina']) {
      const user = await sb.server.services.accounts.create(
        sb.server.services.db.em(),
        { username, password: `pw-${username}` },
        { name: 'test', requestId: 'setup' },
      );
      ids.set(username, user.id);
    }
  });
  afterAll(async () => {
    for (const phone of phones) phone.close();
    await sb?.stop();
    await db?.drop();
  });

  const phone = async (username: string, transport: 'udp' | 'tcp' = 'udp') => {
    const p = await new TestPhone(username, `pw-${username}`, transport).start(sipPort);
    phones.push(p);
    return p;
  };
  const as = (username: string, params: Record<string, string>) =>
    mizuJson(sb.port, { authid: username, authpwd: `pw-${username}`, ...params });
  const asAdmin = (params: Record<string, string>) =>
    mizuJson(sb.port, { authid: ADMIN.username, authpwd: ADMIN.password, ...params });
  const waiting = (username: string) => sb.server.services.offlineMessages.waitingFor(username);

  it('sends a registered user a MESSAGE, text/plain from the sender, and stores nothing', async () => {
    const bob = await phone('bob');
    expect(await bob.register(sipPort)).toBe(200);
    const answer = await as('alice', { apientry: 'sendim', bnum: 'bob', txt: 'hello bob' });
    expect(answer.data).toEqual({ message: 'OK: delivered 1, stored 0' });
    const [message] = await bob.messages(1);
    const request = message!.request;
    expect(request.method).toBe('MESSAGE');
    expect(request.uri).toBe(`sip:bob@127.0.0.1:${bob.port}`);
    expect(request.headers.get('Content-Type')).toMatch(/^text\/plain/);
    expect(request.headers.get('From')).toMatch(/^<sip:alice@/);
    expect(request.headers.get('To')).toMatch(/^<sip:bob@/);
    expect(request.body.toString()).toBe('hello bob');
    expect(await waiting('bob')).toEqual([]);
  });

  it('sends a phone registered over TCP the MESSAGE on its connection (RFC 3261 §18.2.1), nothing stored', async () => {
    const gina = await phone('gina', 'tcp');
    expect(await gina.register(sipPort)).toBe(200);
    const answer = await as('alice', { apientry: 'sendim', bnum: 'gina', txt: 'over tcp' });
    expect(answer.data).toEqual({ message: 'OK: delivered 1, stored 0' });
    const [message] = await gina.messages(1);
    expect(message!.request.headers.get('Via')).toMatch(/^SIP\/2\.0\/TCP /);
    expect(message!.request.body.toString()).toBe('over tcp');
    expect(await waiting('gina')).toEqual([]);
  });

  it('retransmits over UDP (Timer E) until the phone answers', async () => {
    const carol = await phone('carol');
    expect(await carol.register(sipPort)).toBe(200);
    carol.ignore = 1;
    const answer = await as('alice', { apientry: 'sendim', bnum: 'carol', txt: 'are you there?' });
    expect(answer.data).toEqual({ message: 'OK: delivered 1, stored 0' });
    const [first, second] = await carol.messages(2);
    expect(second!.request.headers.get('Via')).toBe(first!.request.headers.get('Via'));
    // T1 = 500 ms (RFC 3261 §17.1.2.2).
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(450);
  });

  it('stores the message for a user who is not registered, and sends it when the user registers', async () => {
    const answer = await as('alice', { apientry: 'sendim', bnum: 'dave', txt: 'call me back' });
    expect(answer.data).toEqual({ message: 'OK: delivered 0, stored 1' });
    expect(await waiting('dave')).toEqual([
      expect.objectContaining({ recipient: 'dave', sender: 'alice', text: 'call me back' }),
    ]);
    const dave = await phone('dave');
    expect(await dave.register(sipPort)).toBe(200);
    const [message] = await dave.messages(1);
    expect(message!.request.body.toString()).toBe('call me back');
    expect(message!.request.headers.get('From')).toMatch(/^<sip:alice@/);
    await expect.poll(() => waiting('dave')).toEqual([]);
  });

  it('stores the message when every contact refuses it, and keeps it while the phone refuses', async () => {
    const erin = await phone('erin');
    erin.answer = 486;
    expect(await erin.register(sipPort)).toBe(200);
    const answer = await as('alice', { apientry: 'sendim', bnum: 'erin', txt: 'busy?' });
    expect(answer.data).toEqual({ message: 'OK: delivered 0, stored 1' });
    expect(await waiting('erin')).toHaveLength(1);
    // Registering again (a refresh) tries the stored message: refused again, still waiting.
    expect(await erin.register(sipPort)).toBe(200);
    await erin.messages(2);
    expect(await waiting('erin')).toHaveLength(1);
    erin.answer = 200;
    expect(await erin.register(sipPort)).toBe(200);
    await erin.messages(3);
    await expect.poll(() => waiting('erin')).toEqual([]);
  });

  it('sends to several users from buserlist: delivered to the registered, stored for the others', async () => {
    const before = phones.find((p) => p.username === 'bob')!.received.length;
    const answer = await as('alice', { apientry: 'sendim', buserlist: 'bob,frank', txt: 'team meeting' });
    expect(answer.data).toEqual({ message: 'OK: delivered 1, stored 1' });
    const bob = phones.find((p) => p.username === 'bob')!;
    await bob.messages(before + 1);
    expect(bob.received.at(-1)!.request.body.toString()).toBe('team meeting');
    expect((await waiting('frank')).map((m) => m.text)).toEqual(['team meeting']);
  });

  it('refuses an unknown recipient before sending to anyone, and a request without one', async () => {
    const waitingBefore = await waiting('frank');
    const unknown = await as('alice', { apientry: 'sendim', buserlist: 'frank,nobody', txt: 'x' });
    expect(unknown.error).toMatchObject({ code: 'user-not-found', message: 'no user nobody' });
    expect(await waiting('frank')).toEqual(waitingBefore);
    const none = await as('alice', { apientry: 'sendim', txt: 'x' });
    expect(none.error).toMatchObject({ code: 'missing-parameter' });
  });

  it('sendamsg: to one agent by user id (stored when offline), to all registered, refusing unknown ids', async () => {
    const bob = phones.find((p) => p.username === 'bob')!;
    const before = bob.received.length;
    const one = await asAdmin({ apientry: 'sendamsg', agentid: String(ids.get('bob')), txt: 'agent note' });
    expect(one.data).toEqual({ message: 'OK: delivered 1, stored 0' });
    await bob.messages(before + 1);
    expect(bob.received.at(-1)!.request.headers.get('From')).toMatch(/^<sip:admin@/);

    const all = await asAdmin({ apientry: 'sendamsg', agentid: 'all', txt: 'closing at six' });
    // bob, carol, dave, erin and gina (over TCP) are registered; frank is not, and nothing is stored for him.
    expect(all.data).toEqual({ message: 'OK: delivered 5 of 5 registered' });
    expect((await waiting('frank')).map((m) => m.text)).toEqual(['team meeting']);

    const unknown = await asAdmin({ apientry: 'sendamsg', agentid: '999999', txt: 'x' });
    expect(unknown.error).toMatchObject({ code: 'user-not-found' });
  });
});
