// Fuzzing the SIP stack (issue 15): seeded mutations and truncations of valid messages. The parser throws nothing but
// SipParseError and what it accepts it serializes to something it accepts again; a real server fed the same over UDP,
// TCP and WebSocket answers each with a well-formed SIP response or drops it (closing the connection), and answers a
// valid OPTIONS and REGISTER afterwards. Bounded: a few thousand parses and a few hundred messages per transport.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSipMessage, responseTo, serializeSipMessage, SipParseError } from '../../../src/protocol/sip/message.ts';
import { sqliteDatabase, type TestDatabase } from '../../support/databases.ts';
import { startTestServer, type TestServer } from '../../support/server.ts';
import { Mutator, seedMessages } from './mutations.ts';
import { options, type SipPeer, statusOf, tcpPeer, udpPeer, wsPeer } from './sip-peers.ts';
import { freeSipPort } from '../../sip/free-port.ts';

const SEED = 0x51f;

describe('parser fuzz', () => {
  it('throws only SipParseError, and what it accepts survives a round trip', () => {
    const fuzz = new Mutator(SEED);
    const seeds = [...seedMessages('UDP 127.0.0.1:5999'), ...seedMessages('TCP [::1]:5999')];
    let accepted = 0;
    for (let i = 0; i < 5000; i++) {
      const bytes = fuzz.mutate(fuzz.pick(seeds));
      try {
        const message = parseSipMessage(bytes, { stream: i % 2 === 0 });
        accepted++;
        expect(parseSipMessage(serializeSipMessage(message)).headers.fields().length).toBeGreaterThan(0);
      } catch (e) {
        if (!(e instanceof SipParseError))
          throw new Error(`seed ${SEED} case ${i}: ${String(e)}\n${bytes.toString('latin1')}`);
      }
    }
    // The mutations are neither all fatal nor all harmless.
    expect(accepted).toBeGreaterThan(100);
    expect(accepted).toBeLessThan(4900);
  });
});

describe('server fuzz', () => {
  let db: TestDatabase;
  let sb: TestServer;
  let sipPort: number;

  beforeAll(async () => {
    db = sqliteDatabase();
    sipPort = await freeSipPort();
    sb = await startTestServer(db, { sip: { port: sipPort } });
    sb.server.sip!.onRequest('REGISTER', async (req) => responseTo(req, 200, 'OK', 'fuzz'));
  });

  afterAll(async () => {
    await sb.stop();
    await db.drop();
  });

  /** Every reply is a SIP response (or a keep-alive pong); returns how many replies came. */
  async function drain(peer: SipPeer, waitMs: number): Promise<number> {
    let count = 0;
    for (let reply = await peer.next(waitMs); reply !== undefined; reply = await peer.next(waitMs)) {
      // A 400 echoes the request's broken headers (RFC 3261 §8.2.6.2): the status line is what must be right.
      if (reply !== '\r\n') expect(reply).toMatch(/^SIP\/2\.0 [1-6][0-9]{2} [^\r\n]*\r\n/);
      count++;
    }
    return count;
  }

  async function stillServes(open: () => Promise<SipPeer>, transport: string): Promise<void> {
    const peer = await open();
    try {
      peer.send(options({ transport, via: 'after-fuzz.invalid:9;rport' }));
      expect(statusOf(await peer.next())).toBe('SIP/2.0 200 OK');
      peer.send(options({ transport, method: 'REGISTER', via: 'after-fuzz.invalid:9;rport' }));
      expect(statusOf(await peer.next())).toBe('SIP/2.0 200 OK');
    } finally {
      peer.close();
    }
  }

  it('UDP: answers or drops each mutated datagram, and keeps serving', async () => {
    const fuzz = new Mutator(SEED + 1);
    const peer = await udpPeer(sipPort);
    try {
      // The top Via (sent-by is this socket, rport asked) stays intact: answers come back here, not to a stray port.
      const seeds = seedMessages(`UDP 127.0.0.1:${peer.port}`);
      for (let i = 0; i < 400; i++) {
        const seed = fuzz.pick(seeds);
        const afterVia = seed.indexOf('\r\n', seed.indexOf('Via:')) + 2;
        peer.send(fuzz.mutate(seed, afterVia));
        if (i % 50 === 49) await new Promise((r) => setTimeout(r, 20));
      }
      expect(await drain(peer, 500)).toBeGreaterThan(50);
    } finally {
      peer.close();
    }
    await stillServes(() => udpPeer(sipPort), 'UDP');
  });

  for (const [transport, open] of [
    ['TCP', () => tcpPeer(sipPort)],
    ['WS', () => wsPeer(sb.port)],
  ] as const) {
    it(`${transport}: answers each mutated message or closes the connection, and keeps serving`, async () => {
      const fuzz = new Mutator(SEED + transport.length);
      const seeds = seedMessages(`${transport} fuzz.invalid`);
      let answered = 0;
      let closed = 0;
      // Eight connections at a time, one mutated message each, so a cut message waiting for its body holds only its own.
      for (let batch = 0; batch < 20; batch++) {
        const outcomes = await Promise.all(
          Array.from({ length: 8 }, async () => {
            const peer = await open();
            try {
              peer.send(fuzz.mutate(fuzz.pick(seeds)));
              const replies = await drain(peer, 150);
              return replies > 0 ? 'answered' : peer.closed() ? 'closed' : 'waiting';
            } finally {
              peer.close();
            }
          }),
        );
        answered += outcomes.filter((o) => o === 'answered').length;
        closed += outcomes.filter((o) => o === 'closed').length;
      }
      expect(answered).toBeGreaterThan(10);
      expect(closed).toBeGreaterThan(0);
      await stillServes(open, transport);
    });
  }
});
