/**
 * The vendor's ini-file commands (setini, getini, savesettings; 001/002 Various operations) and showcfg, on
 * Switchboard's one settings store: the global config table. setini writes the table; the running server keeps the
 * values it loaded until savesettings (or reload) applies what changed — as the vendor's server keeps its until the
 * ini file is reloaded. A key outside the global section, or of another file, is stored under a qualified name.
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import { CONFIG_OPTIONS } from '../../../generated/common.ts';
import type { Config } from '../../platform/config.ts';
import { GlobalOption } from '../../persistence/entities/global-option.ts';
import { redactUrl } from '../../persistence/database.ts';
import { SwitchboardError } from '../../platform/errors.ts';
import { canonicalOption, type GlobalOptions } from '../settings/global-options.ts';

const KNOWN = new Map(CONFIG_OPTIONS.map((o) => [o.name.toLowerCase(), o]));
const SECRET = /(key|pass|pwd|secret|salt|token|hash)/i;
const MASK = '***';
/** What the vendor's ini files call the global settings: the same as no section. */
const GLOBAL_SECTIONS = new Set(['', 'global', 'general', 'settings', 'config']);
const NAME_LENGTH = 64;

/** The table name of an ini key: the option itself in the global section of the main file, else file:section.key. */
export function iniName(key: string, section = '', file = ''): string {
  const s = section.trim().toLowerCase();
  const f = file.trim().toLowerCase();
  const name =
    !f && GLOBAL_SECTIONS.has(s)
      ? canonicalOption(key.trim())
      : `${f ? `${f}:` : ''}${s ? `${s}.` : ''}${key.trim().toLowerCase()}`;
  if (name.length > NAME_LENGTH)
    throw new SwitchboardError(
      'invalid-parameter',
      `file, section and key together make "${name}", longer than ${NAME_LENGTH} characters`,
    );
  return name;
}

export function isSecret(name: string): boolean {
  return KNOWN.get(name)?.secret === true || SECRET.test(name);
}

export function shown(name: string, value: string): string {
  return value && isSecret(name) ? MASK : value;
}

/** A value for a documented option must fit its type: a typo in httpstrictresponse should not silently mean "off". */
export function checkValue(name: string, value: string): void {
  const type = KNOWN.get(name)?.type;
  if (value === '' || !type) return;
  const ok =
    type === 'integer' || type === 'enum'
      ? /^-?\d+$/.test(value)
      : type === 'boolean'
        ? /^(0|1|true|false|yes|no|on|off)$/i.test(value)
        : type === 'decimal'
          ? /^-?\d+(\.\d+)?$/.test(value)
          : true;
  if (!ok)
    throw new SwitchboardError(
      'invalid-parameter',
      `${name} takes ${type === 'enum' ? 'a number' : `a ${type}`}, not "${value}"`,
    );
}

export async function storedValue(em: SqlEntityManager, name: string): Promise<string | undefined> {
  const row = await em.findOne(GlobalOption, { name }, { disableIdentityMap: true });
  return row?.value;
}

export async function storeValue(em: SqlEntityManager, name: string, value: string): Promise<void> {
  await em.upsert(GlobalOption, { name, value, updatedAt: new Date() });
}

/** Options whose stored value is not the one in force: written by setini (or by another process), not applied yet. */
export async function pendingChanges(em: SqlEntityManager, options: GlobalOptions): Promise<string[]> {
  const rows = await em.find(GlobalOption, {}, { disableIdentityMap: true });
  return rows
    .filter((r) => options.get(r.name) !== r.value)
    .map((r) => r.name)
    .sort();
}

/** showcfg: the server configuration and every global option in force, ini style, secrets masked. */
export function effectiveConfig(config: Config, options: GlobalOptions): string {
  const server: [string, string | number | undefined][] = [
    ['listen.host', config.listen.host],
    ['listen.port', config.listen.port],
    ['tls.port', config.tls?.port],
    ['tls.cert', config.tls?.cert],
    ['tls.key', config.tls?.key],
    ['sip.port', config.sip.port],
    ['database', redactUrl(config.database)],
    ['dataDir', config.dataDir],
    ['secretKey', MASK],
    ['admin.username', config.admin.username],
    ['admin.password', config.admin.password === undefined ? undefined : MASK],
    ['minisip.syskey', config.minisip.syskey === undefined ? undefined : MASK],
    ['mor.apiSecretKey', config.mor.apiSecretKey === undefined ? undefined : MASK],
    ['redis.url', config.redis ? redactUrl(config.redis.url) : undefined],
    ['redis.prefix', config.redis?.prefix],
    ['log.level', config.log.level],
    ...Object.entries(config.limits).map(([k, v]): [string, number] => [`limits.${k}`, v]),
  ];
  const set = options.masked();
  const names = [...new Set([...CONFIG_OPTIONS.map((o) => o.name.toLowerCase()), ...Object.keys(set)])].sort();
  const globals = names.map((n) => `${n}=${shown(n, set[n] ?? options.get(n) ?? '')}`);
  return [
    '[server]',
    ...server.filter(([, v]) => v !== undefined).map(([k, v]) => `${k}=${v}`),
    '',
    '[globals]',
    ...globals,
  ].join('\n');
}
