/**
 * tb_api rows in memory, keyed by lower-case fname; `apireload` reads them again (002:L259: changes apply after
 * apireload).
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import { ApiPolicy, type ApiPolicyRow } from '../../persistence/entities/api-policy.ts';

export class ApiPolicies {
  #rows = new Map<string, ApiPolicyRow>();

  async load(em: SqlEntityManager): Promise<number> {
    const rows = await em.find(ApiPolicy, {}, { disableIdentityMap: true });
    this.#rows = new Map(rows.map((r) => [r.fname.toLowerCase(), r]));
    return rows.length;
  }

  get(command: string): ApiPolicyRow | undefined {
    return this.#rows.get(command.toLowerCase());
  }
}
