// The SIP edge on a real server (issue 15): an OPTIONS over UDP, TCP and WebSocket gets its answer with the Via
// handled per RFC 3261 §18.2 / RFC 3581, a retransmission gets the same answer, bad requests get 400/405/505, a
// handler registered for a method answers it, and garbage is dropped (UDP) or closes the connection (TCP/WS).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  parseSipMessage,
  responseTo,
  serializeSipMessage,
  type SipPeer as SipPeerAddress,
  type SipRequest,
} from '../../../src/protocol/sip/message.ts';
import { sqliteDatabase, type TestDatabase } from '../../support/databases.ts';
import { startTestServer, type TestServer } from '../../support/server.ts';
import { headerOf, options, type SipPeer, statusOf, tcpPeer, udpPeer, wsPeer } from './sip-peers.ts';
import { freeSipPort } from '../../sip/free-port.ts';

let db: TestDatabase;
let sb: TestServer;
let sipPort: number;
const received: { req: SipRequest; transport: string }[] = [];

beforeAll(async () => {
  db = sqliteDatabase();
  sipPort = await freeSipPort();
  sb = await startTestServer(db, { sip: { port: sipPort } });
  sb.server.sip!.onRequest('REGISTER', async (req, from) => {
    received.push({ req, transport: from.transport });
    return responseTo(req, 200, 'OK', 'registrar');
  });
  sb.server.sip!.onRequest('MESSAGE', async () => {
    throw new Error('handler broke');
  });
});

afterAll(async () => {
  await sb.stop();
  await db.drop();
});

async function withPeer<T>(open: Promise<SipPeer>, use: (peer: SipPeer) => Promise<T>): Promise<T> {
  const peer = await open;
  try {
    return await use(peer);
  } finally {
    peer.close();
  }
}

describe('UDP', () => {
  it('answers OPTIONS at the source port when rport is asked, stamping received and rport', () =>
    withPeer(udpPeer(sipPort), async (peer) => {
      peer.send(options({ via: 'phone.invalid:9;rport' }));
      const answer = await peer.next();
      expect(statusOf(answer)).toBe('SIP/2.0 200 OK');
      expect(headerOf(answer!, 'Via')).toMatch(
        new RegExp(`^SIP/2\\.0/UDP phone\\.invalid:9;rport=${peer.port};branch=z9hG4bK\\w+;received=127\\.0\\.0\\.1$`),
      );
      expect(headerOf(answer!, 'Allow')).toContain('REGISTER');
      expect(headerOf(answer!, 'To')).toMatch(/^<sip:alice@127\.0\.0\.1>;tag=\w+$/);
    }));

  it('answers at the sent-by port without rport, adding no received when sent-by is the source address', () =>
    withPeer(udpPeer(sipPort), async (peer) => {
      peer.send(options({ via: `127.0.0.1:${peer.port}` }));
      const answer = await peer.next();
      expect(statusOf(answer)).toBe('SIP/2.0 200 OK');
      expect(headerOf(answer!, 'Via')).toMatch(new RegExp(`^SIP/2\\.0/UDP 127\\.0\\.0\\.1:${peer.port};branch=\\w+$`));
    }));

  it('answers a retransmission (same branch) with the very same response, the handler running once', () =>
    withPeer(udpPeer(sipPort), async (peer) => {
      const before = received.length;
      const register = options({ method: 'REGISTER', branch: 'z9hG4bKretransmit1' });
      peer.send(register);
      const first = await peer.next();
      peer.send(register);
      const second = await peer.next();
      expect(statusOf(first)).toBe('SIP/2.0 200 OK');
      expect(second).toBe(first);
      expect(received.length).toBe(before + 1);
      expect(received.at(-1)!.transport).toBe('udp');
    }));

  it('answers 400 with the reason when a mandatory header is missing', () =>
    withPeer(udpPeer(sipPort), async (peer) => {
      peer.send(options({ omit: 'Call-ID' }));
      expect(statusOf(await peer.next())).toBe('SIP/2.0 400 Missing Call-ID header');
      peer.send(options({ omit: 'Via' }));
      expect(statusOf(await peer.next())).toBe('SIP/2.0 400 Missing Via header');
    }));

  it('answers 405 with Allow to a method no one handles, 500 when a handler fails, 505 to another version', () =>
    withPeer(udpPeer(sipPort), async (peer) => {
      peer.send(options({ method: 'SUBSCRIBE' }));
      const refused = await peer.next();
      expect(statusOf(refused)).toBe('SIP/2.0 405 Method Not Allowed');
      // BYE: the call legs take the in-dialog BYE of phones on WebSocket through the edge.
      expect(headerOf(refused!, 'Allow')!.split(', ').sort()).toEqual(['BYE', 'MESSAGE', 'OPTIONS', 'REGISTER']);
      peer.send(options({ method: 'MESSAGE' }));
      expect(statusOf(await peer.next())).toBe('SIP/2.0 500 Server Internal Error');
      peer.send(options().replace('SIP/2.0\r\n', 'SIP/7.0\r\n'));
      expect(statusOf(await peer.next())).toBe('SIP/2.0 505 SIP version SIP/7.0 not supported');
    }));

  it('drops garbage without an answer and keeps answering', () =>
    withPeer(udpPeer(sipPort), async (peer) => {
      peer.send('not sip at all\r\n\r\n');
      peer.send(Buffer.from([0xff, 0xfe, 0, 1, 2]));
      expect(await peer.next(300)).toBeUndefined();
      peer.send(options());
      expect(statusOf(await peer.next())).toBe('SIP/2.0 200 OK');
    }));
});

describe('TCP', () => {
  it('answers OPTIONS on the connection, stamps received, and answers a CRLFCRLF ping with CRLF', () =>
    withPeer(tcpPeer(sipPort), async (peer) => {
      peer.send(options({ transport: 'TCP', via: 'phone.invalid:5060' }));
      const answer = await peer.next();
      expect(statusOf(answer)).toBe('SIP/2.0 200 OK');
      expect(headerOf(answer!, 'Via')).toMatch(/;received=127\.0\.0\.1$/);
      peer.send('\r\n\r\n');
      expect(await peer.next()).toBe('\r\n');
    }));

  it('reads messages split across writes and several in one write, in order', () =>
    withPeer(tcpPeer(sipPort), async (peer) => {
      const register = options({ transport: 'TCP', method: 'REGISTER' });
      peer.send(register.slice(0, 40));
      await new Promise((r) => setTimeout(r, 50));
      peer.send(register.slice(40) + options({ transport: 'TCP', method: 'SUBSCRIBE' }));
      expect(statusOf(await peer.next())).toBe('SIP/2.0 200 OK');
      expect(statusOf(await peer.next())).toBe('SIP/2.0 405 Method Not Allowed');
      expect(received.at(-1)!.transport).toBe('tcp');
    }));

  it('answers 100 pipelined requests in one write, in order (reading pauses past 32 waiting)', () =>
    withPeer(tcpPeer(sipPort), async (peer) => {
      const branches = Array.from({ length: 100 }, (_, i) => `z9hG4bKpipe${i}x`);
      peer.send(branches.map((branch) => options({ transport: 'TCP', branch })).join(''));
      for (const branch of branches) expect(headerOf((await peer.next())!, 'Via')).toContain(`branch=${branch};`);
    }));

  it('closes the connection on garbage and on a message without Content-Length', async () => {
    for (const bad of ['GET / HTTP/1.1\r\nHost: x\r\n\r\n', options({ transport: 'TCP', omit: 'Content-Length' })]) {
      await withPeer(tcpPeer(sipPort), async (peer) => {
        peer.send(bad);
        expect(await peer.next(500)).toBeUndefined();
        expect(peer.closed()).toBe(true);
      });
    }
  });
});

describe('WebSocket (RFC 7118) on /mfstwebsock', () => {
  it('answers OPTIONS in one message with received stamped', () =>
    withPeer(wsPeer(sb.port), async (peer) => {
      peer.send(options({ transport: 'WS', via: 'df7jal23ls0d.invalid' }));
      const answer = await peer.next();
      expect(statusOf(answer)).toBe('SIP/2.0 200 OK');
      expect(headerOf(answer!, 'Via')).toMatch(
        /^SIP\/2\.0\/WS df7jal23ls0d\.invalid;branch=\w+;received=127\.0\.0\.1$/,
      );
      peer.send(options({ transport: 'WS', method: 'REGISTER' }));
      expect(statusOf(await peer.next())).toBe('SIP/2.0 200 OK');
      expect(received.at(-1)!.transport).toBe('ws');
    }));

  it('refuses a handshake without the sip subprotocol, and closes on garbage', async () => {
    await expect(wsPeer(sb.port, '/mfstwebsock', 'chat')).rejects.toThrow(/400/);
    await withPeer(wsPeer(sb.port), async (peer) => {
      peer.send('hello');
      expect(await peer.next(500)).toBeUndefined();
      expect(peer.closed()).toBe(true);
    });
  });
});

describe('SipEdge.send', () => {
  it('reaches a peer on the connection its request came in on', () =>
    withPeer(tcpPeer(sipPort), async (peer) => {
      let from: SipPeerAddress | undefined;
      sb.server.sip!.onRequest('NOTIFY', async (req, peerOfRequest) => {
        from = peerOfRequest;
        return responseTo(req, 200, 'OK', 'n');
      });
      peer.send(options({ transport: 'TCP', method: 'NOTIFY' }));
      expect(statusOf(await peer.next())).toBe('SIP/2.0 200 OK');
      const request = options({ transport: 'TCP', method: 'OPTIONS' });
      await sb.server.sip!.send(parseSipMessage(Buffer.from(request)), from!);
      expect(statusOf(await peer.next())).toBe('OPTIONS sip:127.0.0.1 SIP/2.0');
    }));
});

describe('SipEdge.onResponse', () => {
  it('hands a response that arrives to its listener, with the peer it came from', () =>
    withPeer(udpPeer(sipPort), async (peer) => {
      const heard = new Promise<[number, string]>((resolve) =>
        sb.server.sip!.onResponse((res, from) => resolve([res.status, `${from.transport} ${from.port}`])),
      );
      const req = parseSipMessage(Buffer.from(options({ method: 'MESSAGE' }))) as SipRequest;
      peer.send(serializeSipMessage(responseTo(req, 202, 'Accepted', 'ua')));
      expect(await heard).toEqual([202, `udp ${peer.port}`]);
    }));
});
