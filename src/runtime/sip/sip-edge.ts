/**
 * The SIP edge: UDP and TCP on sip.port, WebSocket SIP handed the shared port's /mfstwebsock upgrades, one dispatch
 * behind all three. `send` reaches a peer on the socket or connection it came in on.
 */
import type { Socket as UdpSocket } from 'node:dgram';
import type { AddressInfo, Server } from 'node:net';
import type { Logger } from 'pino';
import { serializeSipMessage, type SipMessage, type SipPeer } from '../../protocol/sip/message.ts';
import { ConnectionCaps, type ConnectionLimits } from '../listen/connection-caps.ts';
import { SipConnections } from './connections.ts';
import { SipDispatch } from './dispatch.ts';
import type { SipEdge, SipRequestHandler, SipResponseHandler } from './edge.ts';
import { sipTcpServer } from './tcp.ts';
import { listenSipUdp } from './udp.ts';
import { SIP_WEBSOCKET_PATH, sipWebSocket, type UpgradeHandler } from './websocket.ts';

export interface SipEdgeOptions {
  host: string;
  port: number;
  limits: ConnectionLimits;
  logger: Logger;
  /** The handlers of requests by method, in place before the edge listens. */
  handlers: Record<string, SipRequestHandler>;
}

export interface RunningSipEdge extends SipEdge {
  /** The upgrade handlers the shared port hands over, by path. */
  upgrades: Record<string, UpgradeHandler>;
}

export class SipSendError extends Error {
  constructor(to: SipPeer) {
    super(`no open ${to.transport} connection to ${to.address}:${to.port}`);
    this.name = 'SipSendError';
  }
}

export async function startSipEdge(options: SipEdgeOptions): Promise<RunningSipEdge> {
  const dispatch = new SipDispatch(options.logger);
  for (const [method, handler] of Object.entries(options.handlers)) dispatch.onRequest(method, handler);
  const connections = new SipConnections();
  const upgradeWs = sipWebSocket(dispatch, connections);
  // SIP connections have caps of their own: phones holding connections open do not crowd out API clients.
  const tcp = sipTcpServer(dispatch, connections, new ConnectionCaps(options.limits));
  await listenTcp(tcp, options.host, options.port);
  const port = (tcp.address() as AddressInfo).port;
  let udp: UdpSocket;
  try {
    udp = await listenSipUdp(options.host, port, dispatch);
  } catch (e) {
    tcp.close();
    throw e;
  }
  return {
    port,
    upgrades: { [SIP_WEBSOCKET_PATH]: upgradeWs },
    onRequest: (method: string, handler: SipRequestHandler) => dispatch.onRequest(method, handler),
    onResponse: (handler: SipResponseHandler) => dispatch.onResponse(handler),
    onConnectionClosed: (listener) => connections.onClosed(listener),
    async send(message: SipMessage, to: SipPeer) {
      const bytes = serializeSipMessage(message);
      if (to.transport === 'udp') {
        await new Promise<void>((resolve, reject) =>
          udp.send(bytes, to.port, to.address, (e) => (e ? reject(e) : resolve())),
        );
        return;
      }
      const write = connections.writerFor(to);
      if (!write) throw new SipSendError(to);
      write(bytes);
    },
    async close() {
      udp.close();
      await new Promise<void>((resolve) => {
        tcp.close(() => resolve());
        connections.closeAll();
      });
    },
  };
}

function listenTcp(server: Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}
