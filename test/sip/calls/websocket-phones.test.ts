// Calls reach phones registered over WebSocket (RFC 7118), as browser phones such as the Mizu webphone are: two
// phones register on /mfstwebsock with their digest, a p2p between them rings each on its own connection (RFC 3725
// flow I: A answers without an offer, B gets A's offer, A's ACK carries B's answer), A hangs up with BYE on its
// connection, B gets BYE on its own; both legs' CDRs are written and billed. A phone on a connection this process does
// not hold fails its leg at once, not after Timer B; one whose connection closed is no longer registered.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { changeCredit } from '../../../src/domain/billing/credit-ledger.ts';
import { parseSipMessage, type SipRequest, type SipResponse } from '../../../src/protocol/sip/message.ts';
import { toMicros } from '../../../src/platform/money.ts';
import { addUser, loadDeck, PASSWORD } from '../../dialects/mizu-v2/calls/support.ts';
import { digestAuthorization, type SipPeer, wsPeer } from '../../runtime/sip/sip-peers.ts';
import { testEngines, type TestDatabase } from '../../support/databases.ts';
import { mizuJson } from '../../support/mizu.ts';
import { startTestServer, type TestServer } from '../../support/server.ts';
import { freeSipPort } from '../free-port.ts';

const engines = await testEngines('the WebSocket phone call tests on PostgreSQL');
/** The host part browser phones put in Via and Contact (RFC 7118 §5.2): a name no one resolves. */
const INVALID_HOST = 'df7jal23ls0d.invalid';
const OFFER = ['v=0', 'o=a 1 1 IN IP4 127.0.0.1', 's=-', 'c=IN IP4 127.0.0.1', 't=0 0', 'm=audio 40000 RTP/AVP 0', ''];
const ANSWER = ['v=0', 'o=b 1 1 IN IP4 127.0.0.1', 's=-', 'c=IN IP4 127.0.0.1', 't=0 0', 'm=audio 40002 RTP/AVP 0', ''];

/** A browser phone on one WebSocket connection: registers with its digest, answers and ends calls. */
class WsPhone {
  readonly #peer: SipPeer;
  readonly username: string;

  private constructor(peer: SipPeer, username: string) {
    this.#peer = peer;
    this.username = username;
  }

  static async register(apiPort: number, username: string): Promise<WsPhone> {
    const phone = new WsPhone(await wsPeer(apiPort), username);
    phone.#send(phone.#register(1));
    const challenge = (await phone.next()) as SipResponse;
    expect(challenge.status).toBe(401);
    const user = { username, password: PASSWORD };
    phone.#send(phone.#register(2, digestAuthorization(challenge, user, 'sip:127.0.0.1', 1)));
    expect(((await phone.next()) as SipResponse).status).toBe(200);
    return phone;
  }

  /** The next message on the connection, parsed; fails the test after waitMs. */
  async next(waitMs = 5000): Promise<SipRequest | SipResponse> {
    const text = await this.#peer.next(waitMs);
    expect(text, `${this.username}: a SIP message within ${waitMs} ms`).toBeDefined();
    return parseSipMessage(Buffer.from(text!));
  }

  /** Answers an INVITE 200 with body, naming this phone's contact, and tags its To. */
  answer(invite: SipRequest, body: string[]): string {
    const tag = `tag-${this.username}`;
    this.#send(
      [
        'SIP/2.0 200 OK',
        ...invite.headers.getAll('Via').map((via) => `Via: ${via}`),
        `From: ${invite.headers.get('From')}`,
        `To: ${invite.headers.get('To')};tag=${tag}`,
        `Call-ID: ${invite.headers.get('Call-ID')}`,
        `CSeq: ${invite.headers.get('CSeq')}`,
        `Contact: <${this.#contact}>`,
        'Content-Type: application/sdp',
        `Content-Length: ${Buffer.byteLength(body.join('\r\n'))}`,
        '',
        body.join('\r\n'),
      ].join('\r\n'),
    );
    return tag;
  }

  /** BYE inside the dialog the INVITE made (this side's tag in From, the caller's in To). */
  hangUp(invite: SipRequest, tag: string): void {
    this.#send(
      [
        `BYE ${/<([^>]+)>/.exec(invite.headers.get('Contact') ?? '')?.[1]} SIP/2.0`,
        `Via: SIP/2.0/WS ${INVALID_HOST};branch=z9hG4bK-${randomUUID()}`,
        'Max-Forwards: 70',
        `From: ${invite.headers.get('To')};tag=${tag}`,
        `To: ${invite.headers.get('From')}`,
        `Call-ID: ${invite.headers.get('Call-ID')}`,
        'CSeq: 1 BYE',
        'Content-Length: 0',
        '',
        '',
      ].join('\r\n'),
    );
  }

  /** Answers a request 200 (a BYE), without a body. */
  ok(req: SipRequest): void {
    this.#send(
      [
        'SIP/2.0 200 OK',
        ...req.headers.getAll('Via').map((via) => `Via: ${via}`),
        `From: ${req.headers.get('From')}`,
        `To: ${req.headers.get('To')}`,
        `Call-ID: ${req.headers.get('Call-ID')}`,
        `CSeq: ${req.headers.get('CSeq')}`,
        'Content-Length: 0',
        '',
        '',
      ].join('\r\n'),
    );
  }

  close(): void {
    this.#peer.close();
  }

  get #contact(): string {
    return `sip:${this.username}@${INVALID_HOST};transport=ws`;
  }

  #send(text: string): void {
    this.#peer.send(text);
  }

  #register(cseq: number, authorization?: string): string {
    return [
      'REGISTER sip:127.0.0.1 SIP/2.0',
      `Via: SIP/2.0/WS ${INVALID_HOST};branch=z9hG4bK-${randomUUID()}`,
      'Max-Forwards: 70',
      `From: <sip:${this.username}@127.0.0.1>;tag=reg-${this.username}`,
      `To: <sip:${this.username}@127.0.0.1>`,
      `Call-ID: register-${this.username}`,
      `CSeq: ${cseq} REGISTER`,
      `Contact: <${this.#contact}>;expires=600`,
      ...(authorization ? [`Authorization: ${authorization}`] : []),
      'User-Agent: TestWebphone/1.0',
      'Content-Length: 0',
      '',
      '',
    ].join('\r\n');
  }
}

describe.each(engines.map((open) => [open]))('calls to phones registered over WebSocket (%#)', (open) => {
  let db: TestDatabase;
  let sb: TestServer;

  beforeAll(async () => {
    db = await open();
    sb = await startTestServer(db, { sip: { port: await freeSipPort() } });
    // 0.60 a minute to each party, billed by the second.
    await loadDeck(sb, 'default', [['2', 'Browser phones', '0.60', '0', 1, 1]]);
  });
  afterAll(async () => {
    await sb?.stop();
    await db?.drop();
  });

  const payer = async (username: string) => {
    const userId = await addUser(sb, username);
    const { db: database, accounts } = sb.server.services;
    const grant = { userId, amountMicros: toMicros('1.00'), reason: 'test', actor: 'test', requestId: 'setup' };
    await changeCredit(database.em(), grant);
    await accounts.cache.invalidate(userId);
    return userId;
  };
  const api = (username: string, params: Record<string, string>) =>
    mizuJson(sb.port, { authid: username, authpwd: PASSWORD, ...params });

  it('p2p rings both on their connections, A hangs up with BYE, B gets BYE; two CDRs, billed', async () => {
    const userId = await payer('payer1');
    await addUser(sb, '2001');
    await addUser(sb, '2002');
    const a = await WsPhone.register(sb.port, '2001');
    const b = await WsPhone.register(sb.port, '2002');
    try {
      const placed = api('payer1', { apientry: 'p2p', anum: '2001', bnum: '2002', waitfor: '1' });

      const inviteA = (await a.next()) as SipRequest;
      expect([inviteA.method, inviteA.uri, inviteA.body.length]).toEqual([
        'INVITE',
        `sip:2001@${INVALID_HOST};transport=ws`,
        0,
      ]);
      expect(inviteA.headers.get('Via')).toMatch(/^SIP\/2\.0\/WS /);
      const tagA = a.answer(inviteA, OFFER);

      const inviteB = (await b.next()) as SipRequest;
      expect([inviteB.method, inviteB.body.toString()]).toEqual(['INVITE', OFFER.join('\r\n')]);
      b.answer(inviteB, ANSWER);
      expect(((await b.next()) as SipRequest).method).toBe('ACK');
      const ackA = (await a.next()) as SipRequest;
      expect([ackA.method, ackA.body.toString()]).toEqual(['ACK', ANSWER.join('\r\n')]);

      const answer = await placed;
      expect(answer.message).toMatch(/^call \d+ connected$/);
      const call = sb.server.services.calls.byId(Number(/call (\d+)/.exec(answer.message ?? '')?.[1]));
      await new Promise((r) => setTimeout(r, 1100));

      a.hangUp(inviteA, tagA);
      expect(((await a.next()) as SipResponse).status).toBe(200);
      const byeB = (await b.next()) as SipRequest;
      expect([byeB.method, byeB.headers.get('Call-ID')]).toEqual(['BYE', inviteB.headers.get('Call-ID')]);
      b.ok(byeB);
      await call?.ended;

      const rows = await sb.server.services.db
        .em()
        .getConnection()
        .execute('select called, duration, sip_call_id from tb_cdrs where user_id = ? order by id', [userId]);
      expect(rows.map((r: Record<string, unknown>) => [String(r.called), String(r.sip_call_id)])).toEqual([
        ['2001', inviteA.headers.get('Call-ID')],
        ['2002', inviteB.headers.get('Call-ID')],
      ]);
      for (const row of rows) expect(Number(row.duration)).toBeGreaterThanOrEqual(1);
      expect(Number((await api('payer1', { apientry: 'balance' })).data?.credit)).toBeLessThan(1);
    } finally {
      a.close();
      b.close();
    }
  });

  it('fails the leg at once to a phone on a connection this process does not hold (another process’s)', async () => {
    await payer('payer2');
    await addUser(sb, '2003');
    await addUser(sb, '2004');
    const other = await WsPhone.register(sb.port, '2004');
    // Bound over WebSocket as another process sharing the registrations would have bound it.
    const now = Date.now();
    await sb.server.services.registrations.bind({
      username: '2003',
      contact: `sip:2003@${INVALID_HOST};transport=ws`,
      expiresAt: now + 600_000,
      userAgent: 'TestWebphone/1.0',
      source: { transport: 'ws', address: '192.0.2.33', port: 50_333 },
      callId: 'elsewhere',
      cseq: 1,
      registeredAt: now,
    });
    try {
      const started = Date.now();
      const answer = await api('payer2', { apientry: 'p2p', anum: '2003', bnum: '2004', waitfor: '2' });
      expect(answer.error?.message).toMatch(/503 Service Unavailable/);
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      other.close();
    }
  });

  it('ends the bindings of a phone whose connection closed: a call to it finds nowhere to ring', async () => {
    await payer('payer3');
    await addUser(sb, '2005');
    const phone = await WsPhone.register(sb.port, '2005');
    phone.close();
    const registrations = sb.server.services.registrations;
    await vi.waitFor(async () => expect(await registrations.online('2005')).toBe(false));
    const answer = await api('payer3', { apientry: 'p2p', anum: '2005', bnum: '2003', waitfor: '2' });
    // A local user the dial plan knows, not registered any more: nowhere to ring.
    expect(answer.error?.message).toBe('no destination the dial plan gives 2005 is reachable');
  });
});
