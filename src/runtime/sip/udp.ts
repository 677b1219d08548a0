/** SIP over UDP (RFC 3261 §18): one datagram is one message; garbage is dropped without an answer. */
import { createSocket, type Socket } from 'node:dgram';
import { plainIp } from '../../domain/access/trust.ts';
import { bindUdp } from '../listen/udp.ts';
import type { SipDispatch } from './dispatch.ts';

export async function listenSipUdp(host: string, port: number, dispatch: SipDispatch): Promise<Socket> {
  const socket = createSocket({ type: host.includes(':') ? 'udp6' : 'udp4' });
  let closed = false;
  socket.once('close', () => {
    closed = true;
  });
  const reply = (bytes: Buffer, to: { address: string; port: number }) => {
    // With a callback a failed send (an unreachable peer) is dropped like any lost datagram, not an 'error' event.
    if (!closed) socket.send(bytes, to.port, to.address, () => {});
  };
  socket.on('message', (datagram, rinfo) => {
    const from = { transport: 'udp' as const, address: plainIp(rinfo.address), port: rinfo.port };
    void dispatch.receive(datagram, from, reply, false);
  });
  await bindUdp(socket, host, port);
  return socket;
}
