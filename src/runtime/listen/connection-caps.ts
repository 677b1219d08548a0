/**
 * Caps on open connections, in all and per client address (limits.maxConnections, limits.maxConnectionsPerIp),
 * counted across every listener that shares one ConnectionCaps: the shared port and the TLS port. A connection over
 * either cap is closed at once, before anything is read from it. A listed reverse proxy carries many clients on its
 * connections: it counts toward the cap in all, not the one per address.
 */
import type { Server as NetServer, Socket } from 'node:net';
import { plainIp } from '../../domain/access/trust.ts';

export interface ConnectionLimits {
  maxConnections: number;
  maxConnectionsPerIp: number;
}

export class ConnectionCaps {
  #open = 0;
  readonly #perIp = new Map<string, number>();
  readonly #limits: ConnectionLimits;
  readonly #isProxy: (ip: string) => boolean;

  constructor(limits: ConnectionLimits, isProxy: (ip: string) => boolean = () => false) {
    this.#limits = limits;
    this.#isProxy = isProxy;
  }

  /** Counts the socket until it closes; false, and not counted, when it would pass a cap. */
  admit(socket: Socket): boolean {
    const ip = plainIp(socket.remoteAddress ?? '');
    const fromIp = this.#perIp.get(ip) ?? 0;
    if (this.#open >= this.#limits.maxConnections) return false;
    if (fromIp >= this.#limits.maxConnectionsPerIp && !this.#isProxy(ip)) return false;
    this.#open++;
    this.#perIp.set(ip, fromIp + 1);
    socket.once('close', () => {
      this.#open--;
      const left = (this.#perIp.get(ip) ?? 1) - 1;
      if (left > 0) this.#perIp.set(ip, left);
      else this.#perIp.delete(ip);
    });
    return true;
  }

  /** Has a server's connections counted here (one over a cap is closed before the server reads it). */
  guard<S extends NetServer>(server: S): S {
    server.prependListener('connection', (socket: Socket) => {
      if (!this.admit(socket)) socket.destroy();
    });
    return server;
  }
}
