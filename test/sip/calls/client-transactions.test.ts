// The call legs' client transactions (RFC 3261 §17.1) against a raw UDP peer on loopback, with T1 shortened to 40 ms:
// INVITE retransmitted on Timer A until a provisional, Timer B giving up with 408, a lost ACK resent for each
// retransmitted 2xx, BYE retransmitted on Timer E until answered, and a request of no dialog answered 481.
import { createSocket, type Socket } from 'node:dgram';
import { networkInterfaces } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import pino from 'pino';
import {
  parseSipMessage,
  responseTo,
  serializeSipMessage,
  SipHeaders,
  type SipRequest,
} from '../../../src/protocol/sip/message.ts';
import { reachableAddress, type SipCallLegs, startCallLegs } from '../../../src/runtime/sip/call-legs-client.ts';
import { type RunningSipEdge, startSipEdge } from '../../../src/runtime/sip/sip-edge.ts';

const silent = pino({ level: 'silent' });
/** A SIP edge of its own on a free port, as the server runs one beside the legs (they reach WebSocket phones by it). */
const edgeOn = (host: string) =>
  startSipEdge({
    host,
    port: 0,
    limits: { maxConnections: 100, maxConnectionsPerIp: 100 },
    logger: silent,
    handlers: {},
  });

const T1 = 40;
const SDP = Buffer.from(
  'v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=peer\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio 4000 RTP/AVP 0\r\n',
);

interface Received {
  request: SipRequest;
  at: number;
  from: { address: string; port: number };
}

/** A phone that does only what each test tells it, and keeps every request it got. */
class RawPeer {
  readonly received: Received[] = [];
  readonly socket: Socket;
  #waiters: (() => void)[] = [];
  constructor(socket: Socket) {
    this.socket = socket;
    socket.on('message', (bytes, rinfo) => {
      const message = parseSipMessage(bytes);
      if (message.kind !== 'request') return;
      this.received.push({ request: message, at: Date.now(), from: { address: rinfo.address, port: rinfo.port } });
      for (const wake of this.#waiters.splice(0)) wake();
    });
  }
  get port(): number {
    return this.socket.address().port;
  }
  methods(): string[] {
    return this.received.map((r) => r.request.method);
  }
  async until(done: () => boolean, ms = 3000): Promise<void> {
    const end = Date.now() + ms;
    while (!done()) {
      if (Date.now() > end) throw new Error(`timed out; got ${this.methods().join(', ')}`);
      await new Promise<void>((resolve) => {
        this.#waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }
  answer(to: Received, status: number, reason: string, body?: Buffer): void {
    const response = responseTo(to.request, status, reason, 'peertag');
    response.headers.set('Contact', `<sip:peer@127.0.0.1:${this.port}>`);
    if (body) {
      response.headers.set('Content-Type', 'application/sdp');
      response.body = body;
    }
    this.socket.send(serializeSipMessage(response), to.from.port, to.from.address);
  }
}

describe('call legs: client transactions over UDP', () => {
  let edge: RunningSipEdge;
  let legs: SipCallLegs;
  let peer: RawPeer;

  beforeEach(async () => {
    edge = await edgeOn('127.0.0.1');
    legs = await startCallLegs('127.0.0.1', edge, silent, { t1: T1, t2: 4 * T1 });
    const socket = createSocket('udp4');
    await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
    peer = new RawPeer(socket);
  });
  afterEach(async () => {
    await legs.close();
    await edge.close();
    peer.socket.close();
  });

  const invite = (ringTimeoutMs = 10_000) =>
    legs.invite({
      target: { uri: `sip:1001@127.0.0.1:${peer.port}`, transport: 'udp', address: '127.0.0.1', port: peer.port },
      caller: '1002',
      ringTimeoutMs,
    });

  it('retransmits the INVITE on Timer A (T1, 2·T1, 4·T1…) with the same branch, and stops at a provisional', async () => {
    const leg = invite();
    await peer.until(() => peer.received.length >= 4);
    const [first, second, third, fourth] = peer.received;
    expect(peer.methods().slice(0, 4)).toEqual(['INVITE', 'INVITE', 'INVITE', 'INVITE']);
    expect(new Set(peer.received.map((r) => r.request.headers.get('Via'))).size).toBe(1);
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(T1 - 5);
    expect(third!.at - second!.at).toBeGreaterThanOrEqual(2 * T1 - 5);
    expect(fourth!.at - third!.at).toBeGreaterThanOrEqual(4 * T1 - 5);
    peer.answer(fourth!, 180, 'Ringing');
    await new Promise((r) => setTimeout(r, 20));
    const count = peer.received.length;
    await new Promise((r) => setTimeout(r, 16 * T1));
    expect(peer.received.length).toBe(count);
    const hangingUp = leg.hangUp(); // a CANCEL now that it rings
    await peer.until(() => peer.methods().includes('CANCEL'));
    const cancel = peer.received.find((r) => r.request.method === 'CANCEL')!;
    expect(cancel.request.headers.get('Via')).toBe(first!.request.headers.get('Via'));
    peer.answer(first!, 487, 'Request Terminated');
    await hangingUp;
    expect(await leg.outcome).toEqual({ answered: false, status: 487, reason: 'Request Terminated' });
    await peer.until(() => peer.methods().includes('ACK'));
    const ack = peer.received.find((r) => r.request.method === 'ACK')!;
    expect(ack.request.headers.get('Via')).toBe(first!.request.headers.get('Via')); // in the INVITE's transaction
  });

  it('gives up on Timer B (64·T1) with 408 when nothing answers', async () => {
    const started = Date.now();
    const outcome = await invite().outcome;
    expect(outcome).toEqual({ answered: false, status: 408, reason: 'Request Timeout' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(64 * T1 - 5);
  });

  it('acknowledges each retransmitted 2xx again, then retransmits the BYE on Timer E until it is answered', async () => {
    const leg = invite();
    await peer.until(() => peer.received.length >= 1);
    const inviteReceived = peer.received[0]!;
    peer.answer(inviteReceived, 200, 'OK', SDP);
    const outcome = await leg.outcome;
    expect(outcome).toMatchObject({ answered: true });
    await leg.ack(Buffer.from('v=0\r\n'));
    await peer.until(() => peer.methods().filter((m) => m === 'ACK').length === 1);
    peer.answer(inviteReceived, 200, 'OK', SDP); // our ACK "was lost"
    await peer.until(() => peer.methods().filter((m) => m === 'ACK').length === 2);
    const [ack, again] = peer.received.filter((r) => r.request.method === 'ACK');
    expect(again!.request.headers.get('Via')).toBe(ack!.request.headers.get('Via'));
    expect(ack!.request.uri).toBe(`sip:peer@127.0.0.1:${peer.port}`); // the 2xx's Contact

    const hungUp = leg.hangUp();
    await peer.until(() => peer.methods().filter((m) => m === 'BYE').length >= 2);
    const bye = peer.received.find((r) => r.request.method === 'BYE')!;
    expect(bye.request.headers.get('To')).toMatch(/tag=peertag/);
    expect(bye.request.headers.get('CSeq')).toBe('2 BYE');
    peer.answer(bye, 200, 'OK');
    await hungUp;
  });

  it('answers a request of no dialog it knows 481', async () => {
    const headers = new SipHeaders();
    headers.append('Via', `SIP/2.0/UDP 127.0.0.1:${peer.port};branch=z9hG4bKstray`);
    headers.append('From', '<sip:x@127.0.0.1>;tag=a');
    headers.append('To', '<sip:y@127.0.0.1>;tag=b');
    headers.append('Call-ID', 'no-such-call');
    headers.append('CSeq', '1 BYE');
    const bye: SipRequest = { kind: 'request', method: 'BYE', uri: 'sip:y@127.0.0.1', headers, body: Buffer.alloc(0) };
    const port = Number(legs.local.split(':').at(-1));
    const answered = new Promise<number>((resolve) =>
      peer.socket.once('message', (bytes) => {
        const message = parseSipMessage(bytes);
        resolve(message.kind === 'response' ? message.status : 0);
      }),
    );
    peer.socket.send(serializeSipMessage(bye), port, '127.0.0.1');
    expect(await answered).toBe(481);
  });
});

describe('call legs on every interface', () => {
  it('name an address of this machine in Via and Contact, never 0.0.0.0', async () => {
    const edge = await edgeOn('0.0.0.0');
    const legs = await startCallLegs('0.0.0.0', edge, silent);
    try {
      const host = legs.local.slice(0, legs.local.lastIndexOf(':'));
      expect(host).not.toBe('0.0.0.0');
      expect(host).toBe(reachableAddress('0.0.0.0'));
      const ours = Object.values(networkInterfaces())
        .flat()
        .map((i) => i?.address);
      expect(ours).toContain(host);
    } finally {
      await legs.close();
      await edge.close();
    }
  });

  it('keep an address they were bound to', () => {
    expect(reachableAddress('127.0.0.1')).toBe('127.0.0.1');
    expect(reachableAddress('192.0.2.7')).toBe('192.0.2.7');
  });
});
