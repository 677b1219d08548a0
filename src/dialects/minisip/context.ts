/** What a miniSIPServer openapi handler receives besides its validated parameters. */
import type { SqlEntityManager } from '@mikro-orm/sql';
import type { Services } from '../../domain/services.ts';

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

/**
 * The pipeline's context for one request. Its unit of work is forked on first use: a read answered from a cache needs
 * none.
 */
export class MinisipRequestContext implements MinisipContext {
  readonly services: Services;
  readonly ip: string;
  readonly requestId: string;
  readonly transport: 'http' | 'https';
  readonly port: number;
  readonly raw: Readonly<Record<string, unknown>>;
  readonly #em: () => SqlEntityManager;

  constructor(services: Services, request: Omit<MinisipContext, 'services' | 'em'>) {
    this.services = services;
    this.ip = request.ip;
    this.requestId = request.requestId;
    this.transport = request.transport;
    this.port = request.port;
    this.raw = request.raw;
    this.#em = services.db.lazyEm();
  }

  get em(): SqlEntityManager {
    return this.#em();
  }
}
