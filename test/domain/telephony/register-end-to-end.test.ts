// End to end against real servers over real UDP, TCP and WebSocket: a phone's REGISTER is challenged (401), registers
// with its digest (200 listing its Contact), shows online to the API side, and unregisters. Then two servers on one PostgreSQL (the
// database store, and Redis) answer as one: a nonce one issued is taken by the other, and each sees the other's
// bindings.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseSipMessage, type SipResponse } from '../../../src/protocol/sip/message.ts';
import type { SipRegistrations } from '../../../src/platform/config.ts';
import { postgresDatabase, testEngines, type TestDatabase } from '../../support/databases.ts';
import {
  postgresAvailable,
  POSTGRES,
  REDIS,
  REDIS_URL,
  redisAvailable,
  requireService,
} from '../../support/services.ts';
import { startTestServer, type TestServer } from '../../support/server.ts';
import {
  digestAuthorization,
  freeSipPort,
  type SipPeer,
  tcpPeer,
  udpPeer,
  wsPeer,
} from '../../runtime/sip/sip-peers.ts';

const PHONE = { username: 'desk100', password: 'desk-100-pw' };

type Transport = 'udp' | 'tcp' | 'ws';

/** A REGISTER as a softphone writes it: over UDP/TCP from 127.0.0.1:localPort, over WebSocket as RFC 7118 shows. */
function register(
  serverPort: number,
  localPort: number,
  o: { cseq: number; expires: number; authorization?: string; callId?: string; transport?: Transport },
): string {
  const transport = o.transport ?? 'udp';
  const sentBy = transport === 'ws' ? 'df7jal23ls0d.invalid' : `127.0.0.1:${localPort}`;
  return [
    `REGISTER sip:127.0.0.1:${serverPort} SIP/2.0`,
    `Via: SIP/2.0/${transport.toUpperCase()} ${sentBy};rport;branch=z9hG4bK-${randomUUID()}`,
    'Max-Forwards: 70',
    `From: <sip:${PHONE.username}@127.0.0.1>;tag=phone-1`,
    `To: <sip:${PHONE.username}@127.0.0.1>`,
    `Call-ID: ${o.callId ?? 'register-1'}`,
    `CSeq: ${o.cseq} REGISTER`,
    `Contact: <${contactOf(transport, localPort)}>`,
    `Expires: ${o.expires}`,
    ...(o.authorization ? [`Authorization: ${o.authorization}`] : []),
    'User-Agent: TestSoftphone/2.0',
    'Content-Length: 0',
    '',
    '',
  ].join('\r\n');
}

function contactOf(transport: Transport, localPort: number): string {
  if (transport === 'ws') return `sip:${PHONE.username}@df7jal23ls0d.invalid;transport=ws`;
  return `sip:${PHONE.username}@127.0.0.1:${localPort}${transport === 'tcp' ? ';transport=tcp' : ''}`;
}

/** The phone's answer to a challenge (sip-peers.ts computes it, not the server's code). */
function answer(res: SipResponse, serverPort: number, nc: number): string {
  return digestAuthorization(res, PHONE, `sip:127.0.0.1:${serverPort}`, nc);
}

async function reply(peer: SipPeer): Promise<SipResponse> {
  const text = await peer.next(3000);
  expect(text, 'an answer within 3 s').toBeDefined();
  return parseSipMessage(Buffer.from(text!)) as SipResponse;
}

/** A server with its SIP edge on a free port; registrations where given (with Redis under redisPrefix). */
async function startWithSip(
  db: TestDatabase,
  sip: { registrations?: SipRegistrations },
  redisPrefix?: string,
): Promise<TestServer> {
  return startTestServer(db, {
    sip: { port: await freeSipPort(), ...sip },
    ...(redisPrefix ? { redis: { url: REDIS_URL, prefix: redisPrefix } } : {}),
  });
}

async function createPhoneUser(sb: TestServer): Promise<void> {
  await sb.server.services.accounts.create(sb.server.services.db.em(), PHONE, { name: 'test', requestId: 'setup' });
}

const engines = await testEngines('the REGISTER end-to-end tests on PostgreSQL');

const peers: Record<Transport, (sb: TestServer) => Promise<SipPeer>> = {
  udp: (sb) => udpPeer(sb.server.services.config.sip.port),
  tcp: (sb) => tcpPeer(sb.server.services.config.sip.port),
  ws: (sb) => wsPeer(sb.port),
};

describe.each(engines.map((open) => [open]))('REGISTER against a real server (%#)', (open) => {
  let db: TestDatabase;
  let sb: TestServer;

  beforeAll(async () => {
    db = await open();
    sb = await startWithSip(db, {});
    await createPhoneUser(sb);
  });

  afterAll(async () => {
    await sb?.stop();
    await db?.drop();
  });

  it.each(['udp', 'tcp', 'ws'] as const)(
    'over %s: challenges, registers with the digest, shows online, and unregisters',
    async (transport) => {
      const phone = await peers[transport](sb);
      try {
        const port = sb.server.services.config.sip.port;
        const send = (o: { cseq: number; expires: number; authorization?: string }) =>
          phone.send(register(port, phone.port, { ...o, transport, callId: `register-over-${transport}` }));
        send({ cseq: 1, expires: 600 });
        const challenge = await reply(phone);
        expect(challenge.status).toBe(401);
        expect(challenge.headers.get('WWW-Authenticate')).toMatch(/^Digest realm="127\.0\.0\.1", nonce="[\w-]+"/);

        send({ cseq: 2, expires: 600, authorization: answer(challenge, port, 1) });
        const ok = await reply(phone);
        expect([ok.status, ok.headers.getAll('Contact')]).toEqual([
          200,
          [`<${contactOf(transport, phone.port)}>;expires=600`],
        ]);
        const [binding] = await sb.server.services.registrations.bindingsOf(PHONE.username);
        expect(binding).toMatchObject({ userAgent: 'TestSoftphone/2.0', source: { transport, address: '127.0.0.1' } });

        send({ cseq: 3, expires: 0, authorization: answer(challenge, port, 2) });
        const gone = await reply(phone);
        expect([gone.status, gone.headers.getAll('Contact')]).toEqual([200, []]);
        expect(await sb.server.services.registrations.online(PHONE.username)).toBe(false);
      } finally {
        phone.close();
      }
    },
  );

  it.each(['ws', 'tcp'] as const)(
    'when the phone’s %s connection closes: gone over WebSocket, kept over TCP',
    async (transport) => {
      const phone = await peers[transport](sb);
      const port = sb.server.services.config.sip.port;
      const send = (o: { cseq: number; expires: number; authorization?: string }) =>
        phone.send(register(port, phone.port, { ...o, transport, callId: `closing-over-${transport}` }));
      send({ cseq: 1, expires: 600 });
      const challenge = await reply(phone);
      send({ cseq: 2, expires: 600, authorization: answer(challenge, port, 1) });
      expect((await reply(phone)).status).toBe(200);
      phone.close();
      // Over TCP the contact is the phone's own address, which a call connects to anew: the binding stays.
      const registrations = sb.server.services.registrations;
      if (transport === 'ws')
        await vi.waitFor(async () => expect(await registrations.online(PHONE.username)).toBe(false));
      else {
        await new Promise((r) => setTimeout(r, 200));
        expect(await registrations.online(PHONE.username)).toBe(true);
        await registrations.unbind(PHONE.username);
      }
    },
  );
});

const postgresUp = requireService(POSTGRES, await postgresAvailable(), 'the two-server registration tests');
const redisUp = requireService(REDIS, await redisAvailable(), 'the two-server registration test on Redis');
const shared: { store: SipRegistrations; enabled: boolean }[] = [
  { store: 'database', enabled: postgresUp },
  { store: 'redis', enabled: postgresUp && redisUp },
];

describe.each(shared)('two servers on one PostgreSQL, registrations in $store', ({ store, enabled }) => {
  describe.skipIf(!enabled)('answer as one', () => {
    let db: TestDatabase;
    let one: TestServer;
    let two: TestServer;
    let phone: SipPeer;

    beforeAll(async () => {
      db = await postgresDatabase();
      const prefix = store === 'redis' ? `switchboard-test:${randomUUID()}:` : undefined;
      one = await startWithSip(db, { registrations: store }, prefix);
      two = await startWithSip(db, { registrations: store }, prefix);
      await createPhoneUser(one);
      phone = await udpPeer(one.server.services.config.sip.port);
    });

    afterAll(async () => {
      phone?.close();
      await one?.stop();
      await two?.stop();
      await db?.drop();
    });

    // With the shared state in Redis the servers take each other's nonces; without it each remembers the nonces it
    // issued only (replays cannot be told apart elsewhere), so the other's is answered stale and the phone retries.
    it('takes the nonce the other issued (stale without Redis), and each sees the bindings made through the other', async () => {
      const portOne = one.server.services.config.sip.port;
      const portTwo = two.server.services.config.sip.port;
      phone.send(register(portOne, phone.port, { cseq: 1, expires: 600 }));
      const challenge = await reply(phone);
      expect(challenge.status).toBe(401);

      // Sent to the second server (its own Request-URI, so the digest is computed for that URI).
      const toTwo = await udpPeer(portTwo);
      try {
        toTwo.send(
          register(portTwo, phone.port, { cseq: 2, expires: 600, authorization: answer(challenge, portTwo, 1) }),
        );
        let res = await reply(toTwo);
        if (store === 'database') {
          expect([res.status, res.headers.get('WWW-Authenticate')]).toEqual([
            401,
            expect.stringContaining('stale=true'),
          ]);
          const fresh = answer(res, portTwo, 1);
          toTwo.send(register(portTwo, phone.port, { cseq: 3, expires: 600, authorization: fresh }));
          res = await reply(toTwo);
        }
        expect(res.status).toBe(200);
      } finally {
        toTwo.close();
      }
      expect(await one.server.services.registrations.online(PHONE.username)).toBe(true);

      phone.send(register(portOne, phone.port, { cseq: 4, expires: 0, authorization: answer(challenge, portOne, 2) }));
      expect((await reply(phone)).status).toBe(200);
      expect(await two.server.services.registrations.online(PHONE.username)).toBe(false);
    });
  });
});
