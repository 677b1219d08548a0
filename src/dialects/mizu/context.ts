/** What a Mizu command handler receives besides its validated parameters. */
import type { SqlEntityManager } from '@mikro-orm/sql';
import type { Services } from '../../domain/services.ts';
import type { Principal } from './principal.ts';

export type Transport = 'http' | 'https' | 'websocket' | 'tcp' | 'udp';

/** A connection-oriented transport's session (raw TCP, WebSocket): keepalive and close act on it. */
export interface Session {
  keepalive(): void;
  /** Close the connection once this answer is sent. */
  close(): void;
}

export interface MizuContext {
  services: Services;
  em: SqlEntityManager;
  principal: Principal;
  ip: string;
  requestId: string;
  transport: Transport;
  /** Every parameter as received (lower-case names), for commands that read extras such as idempotencykey. */
  raw: Readonly<Record<string, string>>;
  session?: Session;
  /** Runs another request line of this API for the same client, answered in JSON (jppget's "JSON forward"). */
  forward?: (line: string) => Promise<string>;
}
