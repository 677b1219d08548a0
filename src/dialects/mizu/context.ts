/** What a Mizu command handler receives besides its validated parameters. */
import type { SqlEntityManager } from '@mikro-orm/sql';
import type { Services } from '../../domain/services.ts';
import type { Session, Transport } from '../../runtime/transport.ts';
import type { Principal } from './principal.ts';

export type { Session, Transport };

export interface MizuContext {
  services: Services;
  em: SqlEntityManager;
  principal: Principal;
  ip: string;
  /** Came through a proxy not in trust.proxies: the address earns no trust (runtime/client-address.ts). */
  viaUnknownProxy?: boolean;
  requestId: string;
  transport: Transport;
  /** Every parameter as received (lower-case names), for commands that read extras such as idempotencykey. */
  raw: Readonly<Record<string, string>>;
  session?: Session;
  /** Runs another request line of this API for the same client, answered in JSON (jppget's "JSON forward"). */
  forward?: (line: string) => Promise<string>;
}
