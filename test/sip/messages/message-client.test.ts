// The MESSAGE client transaction (RFC 3261 §17.1.2) on real UDP sockets: a 2xx delivers, any other final answer or
// none within Timer F does not, requests are retransmitted on Timer E meanwhile; listening on every address, the Via
// and the URIs name the address the peer is reached from; a TCP contact is not sent to while its responses cannot
// come back; a sender outside a URI user's characters is escaped.
import { createSocket, type Socket } from 'node:dgram';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Binding } from '../../../src/domain/telephony/registrations.ts';
import {
  parseSipMessage,
  responseTo,
  serializeSipMessage,
  type SipRequest,
} from '../../../src/protocol/sip/message.ts';
import { SipMessageClient } from '../../../src/runtime/sip/message-client.ts';

const TIMERS = { t1: 20, t2: 80 };

/** A phone socket answering each request with the next status of `answers` (undefined: no answer). */
async function phone(answers: (number | undefined)[]): Promise<{ socket: Socket; received: SipRequest[] }> {
  const socket = createSocket('udp4');
  const received: SipRequest[] = [];
  socket.on('message', (bytes, rinfo) => {
    const req = parseSipMessage(bytes) as SipRequest;
    received.push(req);
    const status = answers[received.length - 1];
    if (status !== undefined)
      socket.send(serializeSipMessage(responseTo(req, status, 'Answer', 't')), rinfo.port, rinfo.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  return { socket, received };
}

function bindingOf(socket: Socket, transport: Binding['source']['transport'] = 'udp'): Binding {
  const { port } = socket.address() as AddressInfo;
  return {
    username: 'bob',
    contact: `sip:bob@127.0.0.1:${port}`,
    expiresAt: Date.now() + 60_000,
    userAgent: 'test',
    source: { transport, address: '127.0.0.1', port },
    callId: 'c',
    cseq: 1,
    registeredAt: Date.now(),
  };
}

describe('SipMessageClient', () => {
  const open: { close(): unknown }[] = [];
  afterEach(async () => {
    for (const o of open.splice(0)) await o.close();
  });
  const client = async (host: string, responsesOnConnections = false) => {
    const edgeSends: unknown[] = [];
    const c = new SipMessageClient({
      edge: { port: 5060, send: async (m) => void edgeSends.push(m) },
      host,
      timers: TIMERS,
      responsesOnConnections,
    });
    await c.start();
    open.push({ close: () => c.stop() });
    return { c, edgeSends };
  };
  const peer = async (answers: (number | undefined)[]) => {
    const p = await phone(answers);
    open.push(p.socket);
    return p;
  };

  it('listening on every address, names the address the phone is reached from, and is delivered on 200', async () => {
    const { c } = await client('0.0.0.0');
    const p = await peer([200]);
    expect(await c.send(bindingOf(p.socket), 'alice', 'hi')).toBe(true);
    const [req] = p.received;
    expect(req!.headers.get('Via')).toMatch(/^SIP\/2\.0\/UDP 127\.0\.0\.1:\d+;branch=z9hG4bK[0-9a-f]+;rport$/);
    expect(req!.headers.get('From')).toMatch(/^<sip:alice@127\.0\.0\.1>;tag=/);
    expect(req!.headers.get('CSeq')).toBe('1 MESSAGE');
  });

  it('escapes a sender outside the URI user characters (an SMS sender id "Shop #24"), RFC 3261 §25.1', async () => {
    const { c } = await client('127.0.0.1');
    const p = await peer([200]);
    expect(await c.send(bindingOf(p.socket), 'Shop #24', 'hi')).toBe(true);
    expect(p.received[0]!.headers.get('From')).toMatch(/^<sip:Shop%20%2324@127\.0\.0\.1>;tag=/);
  });

  it('is not delivered on a final refusal, and stops retransmitting at once', async () => {
    const { c } = await client('127.0.0.1');
    const p = await peer([undefined, 486]);
    expect(await c.send(bindingOf(p.socket), 'alice', 'hi')).toBe(false);
    await new Promise((r) => setTimeout(r, 5 * TIMERS.t2));
    expect(p.received).toHaveLength(2);
  });

  it('gives up at Timer F (64*T1) after retransmitting on Timer E, doubling up to T2', async () => {
    const { c } = await client('127.0.0.1');
    const p = await peer([]);
    const started = performance.now();
    expect(await c.send(bindingOf(p.socket), 'alice', 'hi')).toBe(false);
    expect(performance.now() - started).toBeGreaterThanOrEqual(64 * TIMERS.t1 - 5);
    // 0, 20, 60, 140, then every 80 ms until 1280: about 17 sends.
    expect(p.received.length).toBeGreaterThan(10);
    expect(p.received.length).toBeLessThan(20);
  });

  it('does not send to a TCP contact while its responses cannot come back, and sends once they can', async () => {
    const p = await peer([]);
    const blind = await client('127.0.0.1', false);
    expect(await blind.c.send(bindingOf(p.socket, 'tcp'), 'alice', 'hi')).toBe(false);
    expect(blind.edgeSends).toEqual([]);

    const wired = await client('127.0.0.1', true);
    const sending = wired.c.send(bindingOf(p.socket, 'tcp'), 'alice', 'hi');
    await expect.poll(() => wired.edgeSends.length).toBe(1);
    const req = wired.edgeSends[0] as SipRequest;
    expect(req.headers.get('Via')).toMatch(/^SIP\/2\.0\/TCP 127\.0\.0\.1:5060;/);
    wired.c.receive(responseTo(req, 200, 'OK', 't'));
    expect(await sending).toBe(true);
  });
});
