/** The UDP socket a SIP client of ours (call legs, MESSAGE) sends from and hears its answers on. */
import { createSocket, type Socket } from 'node:dgram';
import { bindUdp } from '../listen/udp.ts';

/**
 * A socket on a port the system chooses on host, this process's own. Exclusive: in a worker of serve --workers a
 * port the system chooses would otherwise be one port shared by the whole fleet (node:cluster shares a handle per
 * address and port), and the answers to one worker's requests would reach another, which drops them.
 */
export async function bindOwnUdpPort(host: string): Promise<Socket> {
  const socket = createSocket(host.includes(':') ? 'udp6' : 'udp4');
  await bindUdp(socket, host, 0, true);
  return socket;
}
