/**
 * The vendor global config options (apiv2key, trustlanip, httpstrictresponse, …): defaults from
 * spec/common/config.yaml,
 * values from the global_config table, which the config file's `globals` seed at start. Names are case-insensitive and
 * the documented misspellings (httpstrictrtspose, apiv2ipaauth) are the same option.
 */
import { CONFIG_OPTIONS } from '../../../generated/common.ts';
import type { SqlEntityManager } from '@mikro-orm/sql';
import { GlobalOption } from '../../persistence/entities/global-option.ts';

const CANONICAL = new Map<string, string>(
  CONFIG_OPTIONS.flatMap((o) => [
    [o.name.toLowerCase(), o.name.toLowerCase()],
    ...o.aliases.map((a): [string, string] => [a.toLowerCase(), o.name.toLowerCase()]),
  ]),
);
const DEFAULTS = new Map<string, string>(
  CONFIG_OPTIONS.filter((o) => o.default !== null).map((o) => [
    o.name.toLowerCase(),
    String(o.default === true ? 1 : o.default === false ? 0 : o.default),
  ]),
);
const SECRETS = new Set(CONFIG_OPTIONS.filter((o) => o.secret).map((o) => o.name.toLowerCase()));

export function canonicalOption(name: string): string {
  const n = name.toLowerCase();
  return CANONICAL.get(n) ?? n;
}

export class GlobalOptions {
  #values = new Map<string, string>();
  /** What get() answered for each documented name as asked (every request asks a dozen): forgotten on every change. */
  readonly #inForce = new Map<string, string | undefined>();

  /** Reads the table (all options are small: one query at start and on reload). */
  async load(em: SqlEntityManager): Promise<void> {
    const rows = await em.find(GlobalOption, {});
    this.#values = new Map(rows.map((r) => [canonicalOption(r.name), r.value]));
    this.#inForce.clear();
  }

  /** Seeds options from the config file; the file wins over the table, as an operator editing it expects. */
  async seed(em: SqlEntityManager, globals: Record<string, string>): Promise<void> {
    for (const [name, value] of Object.entries(globals)) await this.set(em, name, value);
  }

  async set(em: SqlEntityManager, name: string, value: string): Promise<void> {
    const key = canonicalOption(name);
    await em.upsert(GlobalOption, { name: key, value, updatedAt: new Date() });
    this.#values.set(key, value);
    this.#inForce.clear();
  }

  /** The value in force: the table, else the documented default, else undefined. */
  get(name: string): string | undefined {
    if (this.#inForce.has(name)) return this.#inForce.get(name);
    const key = canonicalOption(name);
    const value = this.#values.get(key) ?? DEFAULTS.get(key);
    // Documented options only: a name from a request (getini) must not grow the map.
    if (CANONICAL.has(key)) this.#inForce.set(name, value);
    return value;
  }

  /** The first non-empty value among several names (e.g. apiv2key, then its old name httpapikey). */
  first(...names: string[]): string | undefined {
    for (const n of names) {
      const v = this.get(n);
      if (v !== undefined && v !== '') return v;
    }
    return undefined;
  }

  int(name: string, fallback: number): number {
    const text = this.get(name);
    const v = Number(text);
    return Number.isFinite(v) && text !== '' && text !== undefined ? Math.trunc(v) : fallback;
  }

  bool(name: string, fallback: boolean): boolean {
    const v = this.get(name)?.trim().toLowerCase();
    if (v === undefined || v === '') return fallback;
    return !['0', 'false', 'no', 'off'].includes(v);
  }

  list(name: string): string[] {
    return (this.get(name) ?? '')
      .split(/[,;\s]+/)
      .map((s) => s.trim())
      .filter(Boolean);
  }

  /** Every option set, secrets masked (showcfg, getini). */
  masked(): Record<string, string> {
    return Object.fromEntries([...this.#values].sort().map(([k, v]) => [k, SECRETS.has(k) && v ? '***' : v]));
  }
}
