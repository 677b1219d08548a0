/** What a miniSIPServer openapi handler receives besides its validated parameters. */
import type { SqlEntityManager } from '@mikro-orm/sql';
import type { Services } from '../services.ts';

export interface MinisipContext {
  services: Services;
  /** This request's unit of work; writes go through `em.transactional`. */
  em: SqlEntityManager;
  ip: string;
  requestId: string;
  transport: 'http' | 'https';
  /** The local port the request arrived on (sysinfo's httpport when the configuration asks for an ephemeral one). */
  port: number;
  /**
   * The JSON object as received (vendor field names, values as sent). A set operation tells a field sent empty
   * (cleared) from one not sent (kept) by looking here: the validators answer both as absent.
   */
  raw: Readonly<Record<string, unknown>>;
}
