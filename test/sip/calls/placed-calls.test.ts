// Calls placed by the API ring real SIP phones (issue 15): SIPp user agent servers, bound in the registrations store
// as 1001 and 1002, answer as the two parties of a p2p and of a callback (RFC 3725 flow I: A answers without an
// offer in the INVITE, B gets A's offer, A's ACK carries B's answer) and hang up; the CDRs of both legs and the credit
// follow. A prepaid user without credit is refused before anything rings; discall and the credit running out end a
// live call with BYE to both. SIPp (Debian's sip-tester) is required when CI=true; elsewhere, without it, skipped.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MinisipClient } from '../../../generated/minisip/client.ts';
import { CallDirectory } from '../../../src/domain/telephony/calls/call-directory.ts';
import { Calls } from '../../../src/domain/telephony/calls/calls.ts';
import { toMicros } from '../../../src/platform/money.ts';
import { startCallLegs } from '../../../src/runtime/sip/call-legs-client.ts';
import { addDevice, API_SECRET, hashClient } from '../../dialects/mor/support.ts';
import { addPayer, loadDeck, PASSWORD } from '../../dialects/mizu-v2/calls/support.ts';
import { testEngines, type TestDatabase } from '../../support/databases.ts';
import { mizuJson } from '../../support/mizu.ts';
import { ADMIN, startTestServer, type TestServer } from '../../support/server.ts';
import { requireProgram } from '../../support/services.ts';
import { freeSipPort } from '../free-port.ts';
import { receivedRequests, runParty, tcpListening, type PartyOptions } from './uas.ts';

const withSipp = requireProgram('sipp', 'the SIPp call tests');
const SYSKEY = 'calls-test-syskey';
const engines = withSipp ? await testEngines('the SIPp call tests on PostgreSQL') : [];

interface CdrRow {
  called: string;
  caller: string;
  duration: number;
  cost: string;
  cause: number;
  sipCallId: string;
  connected: boolean;
}

describe.skipIf(!withSipp).each(engines.map((open) => [open]))('calls placed by the API (%#)', (open) => {
  let db: TestDatabase;
  let sb: TestServer;
  let dir: string;

  beforeAll(async () => {
    db = await open();
    sb = await startTestServer(db, { sip: { port: await freeSipPort() } });
    sb.config.minisip.syskey = SYSKEY;
    dir = mkdtempSync(join(tmpdir(), 'switchboard-calls-'));
    // 0.60 a minute to each party, billed by the second: a leg costs 0.01 a second.
    await loadDeck(sb, 'default', [
      ['100', 'Office', '0.60', '0', 1, 1],
      ['2', 'Through the trunk', '0.60', '0', 1, 1],
    ]);
  });
  afterAll(async () => {
    await sb?.stop();
    await db?.drop();
    if (dir && !process.env.KEEP) rmSync(dir, { recursive: true, force: true });
  });

  const services = () => sb.server.services;
  const payer = (username: string, credit: string) => addPayer(sb, username, credit);
  /** A TCP party's SIPp listening: a call to it must wait for that (tcpListening). */
  const tcpReady = new Map<string, Promise<void>>();
  /** A SIPp party registered (straight into the store) as username on its own port. */
  const party = (username: string, o: Omit<PartyOptions, 'port' | 'dir' | 'party'>) => {
    const run = startParty(username, o);
    if (o.transport === 'tcp')
      tcpReady.set(
        username,
        run.then(({ listening }) => listening),
      );
    return run.then(({ running }) => running);
  };
  const startParty = async (username: string, o: Omit<PartyOptions, 'port' | 'dir' | 'party'>) => {
    const port = await freeSipPort();
    const now = Date.now();
    const tcp = o.transport === 'tcp';
    await services().registrations.unbind(username);
    await services().registrations.bind({
      username,
      contact: `sip:${username}@127.0.0.1:${port}${tcp ? ';transport=tcp' : ''}`,
      expiresAt: now + 300_000,
      userAgent: 'SIPp',
      // Over TCP the REGISTER came from the phone's own ephemeral port, not the one it listens on.
      source: { transport: tcp ? 'tcp' : 'udp', address: '127.0.0.1', port: tcp ? port + 1 : port },
      callId: `reg-${username}-${now}`,
      cseq: 1,
      registeredAt: now,
    });
    const running = runParty({ ...o, port, dir, party: `party-${username}-${now}` });
    return { running, listening: tcp ? tcpListening(port) : Promise.resolve() };
  };
  const api = (username: string, params: Record<string, string>) =>
    mizuJson(sb.port, { authid: username, authpwd: PASSWORD, ...params });
  const callIdOf = (message: string | undefined) => Number(/call (\d+)/.exec(message ?? '')?.[1]);
  const cdrsOf = async (userId: number): Promise<CdrRow[]> => {
    const rows = await services()
      .db.em()
      .getConnection()
      .execute(
        'select called, caller, duration, cast(cost_micros as text) as cost, disconnect_cause as cause, sip_call_id, connected_at from tb_cdrs where user_id = ? order by id',
        [userId],
      );
    return rows.map((r: Record<string, unknown>) => ({
      called: String(r.called),
      caller: String(r.caller),
      duration: Number(r.duration),
      cost: String(r.cost),
      cause: Number(r.cause),
      sipCallId: String(r.sip_call_id),
      connected: r.connected_at !== null,
    }));
  };
  const waitUntil = async (done: () => Promise<boolean>) => {
    for (let i = 0; i < 50 && !(await done()); i++) await new Promise((r) => setTimeout(r, 100));
  };
  const credit = async (username: string) => (await api(username, { apientry: 'balance' })).data?.credit;

  it('p2p 1001 → 1002: A rings without an offer, B gets A’s offer, A’s ACK carries B’s answer; A hangs up, B gets BYE; two CDRs, billed', async () => {
    const userId = await payer('3100', '1.00');
    const a = party('1001', { scenario: 'answer-hangup.xml', talkMs: 1500 });
    const b = party('1002', { scenario: 'answer-wait.xml' });
    const answer = await api('3100', { apientry: 'p2p', anum: '1001', bnum: '1002', waitfor: '1' });
    expect(answer.error).toBeUndefined();
    expect(answer.message).toMatch(/^call \d+ connected$/);
    const call = services().calls.byId(callIdOf(answer.message));
    const [partyA, partyB] = await Promise.all([a, b]);
    await call?.ended;

    expect(partyA.errors, partyA.stderr).toBe('');
    expect(partyA.code).toBe(0);
    expect(receivedRequests(partyA.messages)).toEqual(['INVITE', 'ACK']);
    expect(partyA.messages).toMatch(/INVITE sip:1001@127\.0\.0\.1[\s\S]*?Content-Length: 0\r?\n/);
    expect(partyA.messages).toMatch(/ACK sip:[\s\S]*?s=party-1002-/); // B's answer, in A's ACK
    expect(partyB.errors, partyB.stderr).toBe('');
    expect(partyB.code).toBe(0);
    expect(receivedRequests(partyB.messages)).toEqual(['INVITE', 'ACK', 'BYE']);
    expect(partyB.messages).toMatch(/INVITE sip:1002@[\s\S]*?s=party-1001-/); // A's offer, in B's INVITE

    const cdrs = await cdrsOf(userId);
    expect(cdrs.map((c) => [c.caller, c.called, c.cause, c.connected])).toEqual([
      ['1002', '1001', 16, true], // A sees B calling, and B sees A
      ['1001', '1002', 16, true],
    ]);
    for (const cdr of cdrs) {
      expect(cdr.duration).toBeGreaterThanOrEqual(1);
      expect(cdr.duration).toBeLessThanOrEqual(3);
      expect(BigInt(cdr.cost)).toBe(BigInt(cdr.duration) * 10_000n);
    }
    expect(new Set(cdrs.map((c) => c.sipCallId)).size).toBe(2);
    expect(partyA.messages).toContain(`Call-ID: ${cdrs[0]!.sipCallId}`);
    expect(partyB.messages).toContain(`Call-ID: ${cdrs[1]!.sipCallId}`);
    const spent = cdrs.reduce((sum, c) => sum + BigInt(c.cost), 0n);
    expect(toMicros(await credit('3100'))).toBe(toMicros('1.00') - spent);
  });

  it('p2p to a phone registered over TCP: Switchboard connects to its contact, no retransmissions; it hangs up on that connection', async () => {
    const userId = await payer('3111', '1.00');
    const a = party('1001', { scenario: 'answer-hangup.xml', talkMs: 500, transport: 'tcp' });
    const b = party('1002', { scenario: 'answer-wait.xml' });
    await tcpReady.get('1001');
    const answer = await api('3111', { apientry: 'p2p', anum: '1001', bnum: '1002', waitfor: '1' });
    expect(answer.message).toMatch(/connected/);
    const [partyA, partyB] = await Promise.all([a, b]);
    expect([partyA.code, partyB.code], partyA.errors + partyB.errors).toEqual([0, 0]);
    expect(partyA.messages).toMatch(
      /TCP message received[\s\S]*?INVITE sip:1001@127\.0\.0\.1:\d+;transport=tcp SIP\/2\.0\r?\nVia: SIP\/2\.0\/TCP /,
    );
    expect(partyA.messages.match(/message received \[\d+\] bytes :\s*\n+INVITE /g)).toHaveLength(1);
    expect(receivedRequests(partyA.messages)).toEqual(['INVITE', 'ACK']);
    expect(receivedRequests(partyB.messages)).toEqual(['INVITE', 'ACK', 'BYE']);
    await waitUntil(async () => (await cdrsOf(userId)).length === 2);
    expect((await cdrsOf(userId)).map((c) => [c.called, c.cause, c.connected])).toEqual([
      ['1001', 16, true],
      ['1002', 16, true],
    ]);
  });

  it('callback 1001: the number rings first, then the user’s own phone; the user’s phone hangs up; both legs billed', async () => {
    const userId = await payer('1003', '1.00');
    const a = party('1001', { scenario: 'answer-wait.xml' });
    const own = party('1003', { scenario: 'answer-hangup.xml', talkMs: 1000 });
    const answer = await api('1003', { apientry: 'callback', anum: '1001', ivr: '-1' });
    expect(answer.message).toMatch(/^call \d+ initiated$/);
    const call = services().calls.byId(callIdOf(answer.message));
    const [partyA, partyOwn] = await Promise.all([a, own]);
    await call?.ended;
    expect([partyA.code, partyOwn.code], partyA.errors + partyOwn.errors).toEqual([0, 0]);
    expect(receivedRequests(partyA.messages)).toEqual(['INVITE', 'ACK', 'BYE']);
    expect(receivedRequests(partyOwn.messages)).toEqual(['INVITE', 'ACK']);
    expect((await cdrsOf(userId)).map((c) => [c.caller, c.called, c.cause, c.connected])).toEqual([
      ['1003', '1001', 16, true], // the number sees the user calling
      ['1001', '1003', 16, true],
    ]);
  });

  it('a number nobody registered goes where the dial plan routes it: a SIP trunk (peerserver) answers as B, cut at the rule’s maxDuration', async () => {
    const userId = await payer('3110', '1.00');
    const trunkPort = await freeSipPort();
    const minisip = new MinisipClient({ baseUrl: sb.baseUrl, syskey: SYSKEY });
    await minisip.peerserverSet({ servID: 7, servAddr: '127.0.0.1', servPort: trunkPort });
    await minisip.anacldnbrSet({ dialPlan: 'default', calledNbr: '2', routeType: 2, servID: 7, maxDuration: 1 });
    const a = party('1001', { scenario: 'answer-wait.xml' });
    const trunk = runParty({ scenario: 'answer-wait.xml', port: trunkPort, dir, party: 'trunk' });
    const answer = await api('3110', { apientry: 'p2p', anum: '1001', bnum: '2555', waitfor: '1' });
    expect(answer.message).toMatch(/connected/);
    const [partyA, partyB] = await Promise.all([a, trunk]);
    expect([partyA.code, partyB.code], partyA.errors + partyB.errors).toEqual([0, 0]);
    expect(partyB.messages).toMatch(new RegExp(`INVITE sip:2555@127\\.0\\.0\\.1:${trunkPort} [\\s\\S]*?s=party-1001-`));
    expect(receivedRequests(partyA.messages)).toEqual(['INVITE', 'ACK', 'BYE']);
    expect(receivedRequests(partyB.messages)).toEqual(['INVITE', 'ACK', 'BYE']);
    await waitUntil(async () => (await cdrsOf(userId)).length === 2);
    expect((await cdrsOf(userId)).map((c) => [c.called, c.cause, c.connected, c.duration])).toEqual([
      ['1001', 16, true, 1],
      ['2555', 16, true, 1],
    ]);
  });

  it('Mizu v1 p2p, cb and the empty COMMAND (/xmapi) place the same calls', async () => {
    const userId = await payer('1004', '1.00');
    const xmapi = async (command: string, params: Record<string, string>) =>
      (
        await fetch(`${sb.baseUrl}/xmapi/${command}?${new URLSearchParams({ usr: '1004', pwd: PASSWORD, ...params })}`)
      ).text();
    // The empty COMMAND guesses from the numbers (000:L91-L96): two are a p2p call, one a callback.
    const placements: [string, Record<string, string>, string][] = [
      ['p2p', { anum: '1001', bnum: '1002' }, '1002'],
      ['cb', { anum: '1001' }, '1004'],
      ['', { anum: '1001', bnum: '1002' }, '1002'],
      ['', { anum: '1001' }, '1004'],
    ];
    for (const [i, [command, params, second]] of placements.entries()) {
      const a = party('1001', { scenario: 'answer-hangup.xml', talkMs: 300 });
      const b = party(second, { scenario: 'answer-wait.xml' });
      expect(await xmapi(command, params)).toMatch(/^OK: call \d+ initiated/);
      const runs = await Promise.all([a, b]);
      expect(
        runs.map((r) => r.code),
        runs.map((r) => r.errors).join(''),
      ).toEqual([0, 0]);
      await waitUntil(async () => (await cdrsOf(userId)).length === 2 * (i + 1));
    }
    const pairs = [
      ['1002', '1001', true],
      ['1001', '1002', true],
      ['1004', '1001', true],
      ['1001', '1004', true],
    ];
    expect((await cdrsOf(userId)).map((c) => [c.caller, c.called, c.connected])).toEqual([...pairs, ...pairs]);
  });

  it('a prepaid user without credit is refused before anything rings, and nothing is written', async () => {
    const userId = await payer('3101', '0');
    const answer = await api('3101', { apientry: 'p2p', anum: '1001', bnum: '1002' });
    expect(answer.error?.code).toBe('insufficient-credit');
    expect(answer.error?.message).toMatch(/insufficient credit to place a call/);
    expect(await cdrsOf(userId)).toEqual([]);
  });

  it('a number nobody registered is refused with the reason', async () => {
    await payer('3102', '1.00');
    const answer = await api('3102', { apientry: 'p2p', anum: '1009', bnum: '1002' });
    expect(answer.error?.code).toBe('command-failed');
    expect(answer.error?.message).toMatch(/1009 is not registered and the dial plan does not route it/);
  });

  it('callrating reads a live call; discall hangs it up with BYE to both parties', async () => {
    const userId = await payer('3103', '1.20');
    const a = party('1001', { scenario: 'answer-wait.xml' });
    const b = party('1002', { scenario: 'answer-wait.xml' });
    const answer = await api('3103', { apientry: 'p2p', anum: '1001', bnum: '1002', waitfor: '2' });
    const id = callIdOf(answer.message);
    const sipCallId = services().calls.byId(id)!.sipCallIds()[1]!;
    const rating = await api('3103', { apientry: 'callrating', callid: sipCallId });
    // 1.20 at 1.20 a minute (both legs' 0.60): 60 s, less the time it has been up.
    expect(rating.data).toMatchObject({ credit: '1.20', rating: '1.20' });
    expect(rating.data.maxduration).toBeGreaterThan(55);
    expect(rating.data.maxduration).toBeLessThanOrEqual(60);

    const hungUp = await mizuJson(sb.port, {
      apientry: 'discall',
      dbcallid: String(id),
      authid: ADMIN.username,
      authpwd: ADMIN.password,
    });
    expect(hungUp.message).toBe(`call ${id} disconnected`);
    const [partyA, partyB] = await Promise.all([a, b]);
    expect([partyA.code, partyB.code], partyA.errors + partyB.errors).toEqual([0, 0]);
    expect(receivedRequests(partyA.messages)).toEqual(['INVITE', 'ACK', 'BYE']);
    expect(receivedRequests(partyB.messages)).toEqual(['INVITE', 'ACK', 'BYE']);
    expect(services().calls.byId(id)).toBeUndefined();
    expect((await cdrsOf(userId)).map((c) => c.cause)).toEqual([16, 16]);
    expect((await api('3103', { apientry: 'callrating', callid: sipCallId })).error?.code).toBe('not-found');
  });

  it('B busy: p2p with waitfor answers the failure; A’s offer is answered with every stream refused, then A gets BYE; nothing billed', async () => {
    const userId = await payer('3106', '1.00');
    const a = party('1001', { scenario: 'answer-wait.xml' });
    const b = party('1002', { scenario: 'busy.xml' });
    const answer = await api('3106', { apientry: 'p2p', anum: '1001', bnum: '1002', waitfor: '1' });
    expect(answer.error?.code).toBe('command-failed');
    expect(answer.error?.message).toMatch(/1002 answered 486 Busy Here/);
    const [partyA, partyB] = await Promise.all([a, b]);
    expect([partyA.code, partyB.code], partyA.errors + partyB.errors).toEqual([0, 0]);
    expect(receivedRequests(partyA.messages)).toEqual(['INVITE', 'ACK', 'BYE']);
    expect(partyA.messages).toMatch(/ACK sip:[\s\S]*?m=audio 0 RTP\/AVP/);
    expect(receivedRequests(partyB.messages)).toEqual(['INVITE', 'ACK']);
    await waitUntil(async () => (await cdrsOf(userId)).length === 2);
    expect((await cdrsOf(userId)).map((c) => [c.called, c.cause, c.connected, c.cost])).toEqual([
      ['1001', 17, false, '0'],
      ['1002', 17, false, '0'],
    ]);
    expect(await credit('3106')).toBe('1.00');
  });

  it('a party that rings past the ring timeout is cancelled: CANCEL, its 487 acknowledged, a CDR of no answer', async () => {
    const userId = await payer('3107', '1.00');
    const legs = await startCallLegs('127.0.0.1', sb.server.sip!, services().logger);
    const calls = new Calls({
      registrations: services().registrations,
      routing: services().routing,
      creditChecks: services().stopNotice,
      decks: services().rateDecks,
      directory: new CallDirectory(services().state),
      em: () => services().db.em(),
      cdrChanges: services().cdrChanges,
      users: services().accounts.cache,
      ringTimeoutMs: 1000,
      onError: (e) => {
        throw e;
      },
    });
    calls.useLegs(legs);
    try {
      const a = party('1001', { scenario: 'ring.xml' });
      const user = (await services().accounts.cache.byId(userId, () => services().db.em()))!;
      const call = await calls.place(user, ['1001', '1002'], { name: 'test', requestId: 'ring' });
      expect(await call.setup).toEqual({ connected: false, reason: '1001 answered 487 Request Terminated' });
      await call.ended;
      const partyA = await a;
      expect(partyA.code, partyA.errors).toBe(0);
      expect(receivedRequests(partyA.messages)).toEqual(['INVITE', 'CANCEL', 'ACK']);
      expect((await cdrsOf(userId)).map((c) => [c.called, c.cause, c.connected])).toEqual([['1001', 19, false]]);
    } finally {
      await legs.close();
    }
  });

  it('MOR activate_callback src → dst for one of the user’s devices: both ring and connect; acc of another user refused', async () => {
    sb.config.mor.apiSecretKey = API_SECRET;
    const userId = await payer('3108', '1.00');
    const device = await addDevice(sb, userId, 'SIP', '3108');
    const other = await addDevice(sb, await payer('3109', '1.00'), 'SIP', '3109');
    const mor = hashClient(sb, userId);
    await expect(mor.activateCallback({ src: '1001', dst: '1002', acc: other })).rejects.toThrow(
      /not one of your devices/,
    );

    const a = party('1001', { scenario: 'answer-hangup.xml', talkMs: 500 });
    const b = party('1002', { scenario: 'answer-wait.xml' });
    expect(await mor.activateCallback({ src: '1001', dst: '1002', acc: device })).toEqual({
      action: { name: 'callback', status: 'ok', status_message: 'Callback activated' },
    });
    const [partyA, partyB] = await Promise.all([a, b]);
    expect([partyA.code, partyB.code], partyA.errors + partyB.errors).toEqual([0, 0]);
    expect(receivedRequests(partyB.messages)).toEqual(['INVITE', 'ACK', 'BYE']);
    await waitUntil(async () => (await cdrsOf(userId)).length === 2);
    expect((await cdrsOf(userId)).map((c) => [c.called, c.cause, c.connected])).toEqual([
      ['1001', 16, true],
      ['1002', 16, true],
    ]);
  });

  it('miniSIPServer session/release drops the call of a number with BYE to both parties', async () => {
    const userId = await payer('3105', '1.00');
    const a = party('1001', { scenario: 'answer-wait.xml' });
    const b = party('1002', { scenario: 'answer-wait.xml' });
    const answer = await api('3105', { apientry: 'p2p', anum: '1001', bnum: '1002', waitfor: '1' });
    expect(answer.message).toMatch(/connected/);
    const release = (number: string) =>
      fetch(`${sb.baseUrl}/openapi/session/release?${encodeURIComponent(JSON.stringify({ syskey: SYSKEY, number }))}`);
    const released = await release('1002');
    expect(released.status).toBe(200);
    const [partyA, partyB] = await Promise.all([a, b]);
    expect([partyA.code, partyB.code], partyA.errors + partyB.errors).toEqual([0, 0]);
    expect(receivedRequests(partyA.messages)).toEqual(['INVITE', 'ACK', 'BYE']);
    expect(receivedRequests(partyB.messages)).toEqual(['INVITE', 'ACK', 'BYE']);
    expect(await cdrsOf(userId)).toHaveLength(2);
    expect((await release('1002')).status).not.toBe(200);
  });

  it('the call ends with BYE to both parties when the credit runs out; meanwhile it holds the credit from another call', async () => {
    const userId = await payer('3104', '0.04'); // 2 s at 1.20 a minute
    const a = party('1001', { scenario: 'answer-wait.xml' });
    const b = party('1002', { scenario: 'answer-wait.xml' });
    const started = Date.now();
    const answer = await api('3104', { apientry: 'p2p', anum: '1001', bnum: '1002', waitfor: '1' });
    expect(answer.message).toMatch(/connected/);
    const second = await api('3104', { apientry: 'p2p', anum: '1001', bnum: '1002' });
    expect(second.error?.code).toBe('insufficient-credit');
    expect(second.error?.message).toMatch(/0\.04 of it held by calls in progress/);
    const [partyA, partyB] = await Promise.all([a, b]);
    expect([partyA.code, partyB.code], partyA.errors + partyB.errors).toEqual([0, 0]);
    expect(receivedRequests(partyB.messages)).toEqual(['INVITE', 'ACK', 'BYE']);
    expect(Date.now() - started).toBeLessThan(6000);
    await services().calls.byId(callIdOf(answer.message))?.ended;
    const cdrs = await cdrsOf(userId);
    expect(cdrs.map((c) => c.duration)).toEqual([2, 2]);
    expect(await credit('3104')).toBe('0.00');
  });

  // Last: willstop lasts until the server restarts.
  it('after willstop a call runs past its credit (no more credit check) until it is hung up, and is billed for it all', async () => {
    const userId = await payer('3112', '0.02'); // 1 s at 1.20 a minute
    const asAdmin = { authid: ADMIN.username, authpwd: ADMIN.password };
    expect((await mizuJson(sb.port, { apientry: 'willstop', ...asAdmin })).error).toBeUndefined();
    const a = party('1001', { scenario: 'answer-wait.xml' });
    const b = party('1002', { scenario: 'answer-wait.xml' });
    const answer = await api('3112', { apientry: 'p2p', anum: '1001', bnum: '1002', waitfor: '1' });
    const id = callIdOf(answer.message);
    await new Promise((r) => setTimeout(r, 2200));
    expect(services().calls.byId(id)).toBeDefined();
    await mizuJson(sb.port, { apientry: 'discall', dbcallid: String(id), ...asAdmin });
    const [partyA, partyB] = await Promise.all([a, b]);
    expect([partyA.code, partyB.code], partyA.errors + partyB.errors).toEqual([0, 0]);
    const cdrs = await cdrsOf(userId);
    expect(cdrs).toHaveLength(2);
    expect(cdrs.every((c) => c.duration >= 2)).toBe(true);
    expect(toMicros(await credit('3112'))).toBeLessThan(0n);
  });
});
