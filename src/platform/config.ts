/**
 * The server configuration: the YAML contract of `switchboard serve --config FILE`, every key with a default,
 * SWITCHBOARD_PORT / SWITCHBOARD_DATABASE / SWITCHBOARD_SECRET_KEY overriding. Problems are one clear line.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { addressBlock } from './address-block.ts';
import { checkConfig } from './config-check.ts';
import { ConfigError } from './config-error.ts';
import { readTlsFiles } from './tls-files.ts';
import { makePrivateFolder, PRIVATE_FILE_MODE } from './private-files.ts';

export { ConfigError };

export interface Config {
  /**
   * port 0 asks for an ephemeral port; the one bound is printed at start. leanHttp: the lean HTTP/1.1 reader answers
   * simple GETs on the shared port (the fast lane); false lets node:http serve every request. udp: answer UDP
   * datagrams on the same port number, as the vendor documents (default); false opens no UDP socket.
   */
  listen: { host: string; port: number; leanHttp: boolean; udp: boolean };
  tls?: { port: number; cert: string; key: string };
  /**
   * registrations: where SIP registrations live — memory (one process), database or redis (every process sees them);
   * default redis when redis is configured, else database on PostgreSQL, else memory. realm: the digest realm phones
   * authenticate in; default the host the request names (the Request-URI's).
   */
  sip: { port: number; registrations: SipRegistrations; realm?: string };
  /** sqlite:path (relative to the working directory) or postgres://user@host:port/db */
  database: string;
  /** Where the embedded database, the generated secret key and backups live. */
  dataDir: string;
  secretKey: string;
  admin: { username: string; password?: string };
  /**
   * Vendor global config options, vendor names (apiv2key, apiv2md5salt, httpstrictresponse, …): they seed the global
   * config table.
   */
  globals: Record<string, string>;
  minisip: { syskey?: string };
  /** sessionMinutes: how long a MOR portal login (POST /billing/api/login) lasts; default 480. */
  mor: { apiSecretKey?: string; sessionMinutes?: number };
  /** publicUrl: where clients reach this server, named in the served OpenAPI documents' servers (/docs/). */
  docs: { publicUrl?: string };
  /** origins: the browser origins (scheme://host[:port]) whose pages may call the API; `*` any, without credentials. */
  cors: { origins: string[] };
  redis?: { url: string; prefix?: string };
  log: { level: string };
  limits: {
    /** Largest request body or raw line accepted, in bytes. */
    maxRequestBytes: number;
    /**
     * Requests per window: per user, per client IP and for the whole server (per process, or cluster-wide with Redis).
     */
    perUser: number;
    perIp: number;
    global: number;
    windowSeconds: number;
    /**
     * Failed authentications from one IP (or for one user) before the IP is banned for banSeconds; they are counted
     * as a decaying count, each failure counting half after authFailureHalfLifeSeconds. Each repeat ban within 24 h
     * of the last lasts twice as long, up to banMaxSeconds.
     */
    authFailures: number;
    authFailureHalfLifeSeconds: number;
    banSeconds: number;
    banMaxSeconds: number;
    /** The shortest user PIN that may be set or used to log in. */
    pinMinLength: number;
    /**
     * A streamed answer (an export) the client takes nothing of for this long is cut off, and what feeds it released.
     */
    stalledAnswerSeconds: number;
    /** Open connections on the shared port, in all and from one client address; one over either is closed at once. */
    maxConnections: number;
    maxConnectionsPerIp: number;
    /**
     * A raw-line connection that completes no request line (or `keepalive`) for this long is closed, however many
     * bytes it trickles in.
     */
    lineIdleSeconds: number;
  };
  /**
   * proxies: the reverse proxies (addresses or CIDRs) whose proxyHeader names the client; a forwarding header from any
   * other peer earns its request no address trust. ipAdmin: a trusted address alone may run the commands the spec
   * marks needsCredentials (SQL, files, backups); off, they need admin credentials from everywhere.
   */
  trust: { proxies: string[]; proxyHeader: 'x-forwarded-for' | 'forwarded'; ipAdmin: boolean };
  /** Outgoing e-mail (issue 16); absent: e-mail is off. */
  smtp?: { host: string; port: number; secure: boolean; user: string; password: string; from: string };
  /** SMS over an SMPP 3.4 account; absent: smsHttp, or SMS is off. messagesPerSecond: the submit_sm throughput limit. */
  smpp?: {
    host: string;
    port: number;
    systemId: string;
    password: string;
    systemType: string;
    sourceAddr: string;
    messagesPerSecond: number;
    enquireLinkSeconds: number;
  };
  /** SMS over an HTTP gateway: url is a template with {to}, {text}, {from}. */
  smsHttp?: { url: string; method: 'GET' | 'POST' };
  /**
   * What a password set through any dialect must be (domain/accounts/password-policy.ts); the default takes what the
   * vendors take. refuseGuessable: no run of one character, digit sequence, username inside it or most common password.
   */
  passwordPolicy: { minLength: number; requireLetter: boolean; requireDigit: boolean; refuseGuessable: boolean };
}

/** Any password that is not empty, as the vendors' own examples (`100`, `PWD`, `PASSWORD`). */
export const DEFAULT_PASSWORD_POLICY: Config['passwordPolicy'] = {
  minLength: 1,
  requireLetter: false,
  requireDigit: false,
  refuseGuessable: false,
};

const DEFAULTS = {
  listen: { host: '127.0.0.1', port: 8080, leanHttp: true, udp: true },
  sip: { port: 5060 },
  dataDir: 'data',
  admin: { username: 'admin' },
  log: { level: 'info' },
  limits: {
    maxRequestBytes: 1_048_576,
    perUser: 200,
    perIp: 500,
    global: 20_000,
    windowSeconds: 10,
    authFailures: 10,
    authFailureHalfLifeSeconds: 600,
    banSeconds: 900,
    banMaxSeconds: 86_400,
    pinMinLength: 6,
    stalledAnswerSeconds: 60,
    maxConnections: 10_000,
    maxConnectionsPerIp: 256,
    lineIdleSeconds: 120,
  },
  trust: { proxyHeader: 'x-forwarded-for', ipAdmin: false },
  smtp: { port: 25, secure: false, user: '', password: '' },
  smpp: { port: 2775, systemType: '', sourceAddr: '', messagesPerSecond: 10, enquireLinkSeconds: 30 },
  smsHttp: { method: 'GET' },
} as const;

export type SipRegistrations = 'memory' | 'database' | 'redis';

/** Where every process sees the registrations: the shared Redis, else a shared PostgreSQL; memory for embedded SQLite. */
function defaultRegistrations(config: Pick<Config, 'redis' | 'database'>): SipRegistrations {
  if (config.redis) return 'redis';
  return config.database.startsWith('sqlite:') ? 'memory' : 'database';
}

/** Reads FILE (or nothing: every default), applies the environment, and makes sure a secret key exists. */
export function loadConfig(file: string | undefined, env: NodeJS.ProcessEnv = process.env): Config {
  const raw = file === undefined ? {} : readYaml(file);
  const base = file === undefined ? process.cwd() : dirname(resolve(file));
  const where = file ?? 'the defaults';
  checkConfig(raw, where);
  const dataDir = resolvePath(base, str(raw.dataDir, 'dataDir') ?? DEFAULTS.dataDir);
  const config: Config = {
    listen: {
      host: str(raw.listen?.host, 'listen.host') ?? DEFAULTS.listen.host,
      port: port(env.SWITCHBOARD_PORT ?? raw.listen?.port, 'listen.port', true) ?? DEFAULTS.listen.port,
      leanHttp: bool(raw.listen?.leanHttp, 'listen.leanHttp') ?? DEFAULTS.listen.leanHttp,
      udp: bool(raw.listen?.udp, 'listen.udp') ?? DEFAULTS.listen.udp,
    },
    sip: {
      port: port(raw.sip?.port, 'sip.port', true) ?? DEFAULTS.sip.port,
      // Checked against the schema: one of the three; the default depends on redis and database, set below.
      registrations: raw.sip?.registrations ?? 'memory',
      realm: str(raw.sip?.realm, 'sip.realm'),
    },
    database: env.SWITCHBOARD_DATABASE ?? str(raw.database, 'database') ?? `sqlite:${join(dataDir, 'switchboard.db')}`,
    dataDir,
    secretKey: env.SWITCHBOARD_SECRET_KEY ?? str(raw.secretKey, 'secretKey') ?? '',
    admin: {
      username: str(raw.admin?.username, 'admin.username') ?? DEFAULTS.admin.username,
      password: str(raw.admin?.password, 'admin.password'),
    },
    globals: stringMap(raw.globals, 'globals'),
    minisip: { syskey: str(raw.minisip?.syskey, 'minisip.syskey') },
    mor: {
      apiSecretKey: str(raw.mor?.apiSecretKey, 'mor.apiSecretKey'),
      sessionMinutes: raw.mor?.sessionMinutes,
    },
    docs: { publicUrl: str(raw.docs?.publicUrl, 'docs.publicUrl') },
    // Checked against the schema: a list of origins.
    cors: { origins: raw.cors?.origins ?? [] },
    log: { level: str(raw.log?.level, 'log.level') ?? DEFAULTS.log.level },
    // Checked against the schema: known keys, numbers in range.
    limits: { ...DEFAULTS.limits, ...raw.limits },
    trust: trustOf(raw.trust),
    // Checked against the schema: known keys, booleans, a length in range.
    passwordPolicy: { ...DEFAULT_PASSWORD_POLICY, ...raw.passwordPolicy },
  };
  if (raw.tls !== undefined) {
    const cert = str(raw.tls.cert, 'tls.cert');
    const key = str(raw.tls.key, 'tls.key');
    const tlsPort = port(raw.tls.port, 'tls.port');
    if (!cert || !key || !tlsPort) throw new ConfigError(`${where}: tls needs port, cert and key`);
    config.tls = { port: tlsPort, cert: resolvePath(base, cert), key: resolvePath(base, key) };
    readTlsFiles(config.tls);
  }
  // Checked against the schema: known keys, required ones present, types and ranges.
  if (raw.smtp !== undefined) config.smtp = { ...DEFAULTS.smtp, ...raw.smtp };
  if (raw.smpp !== undefined) config.smpp = { ...DEFAULTS.smpp, ...raw.smpp };
  if (raw.smsHttp !== undefined) config.smsHttp = { ...DEFAULTS.smsHttp, ...raw.smsHttp };
  if (raw.redis !== undefined) {
    const url = str(raw.redis.url, 'redis.url');
    if (!url) throw new ConfigError(`${where}: redis needs url (redis://host:port)`);
    config.redis = { url, prefix: str(raw.redis.prefix, 'redis.prefix') };
  }
  if (raw.sip?.registrations === undefined) config.sip.registrations = defaultRegistrations(config);
  if (config.sip.registrations === 'redis' && !config.redis)
    throw new ConfigError(`${where}: sip.registrations redis needs redis.url`);
  if (!/^(sqlite:|postgres(ql)?:\/\/)/.test(config.database)) {
    throw new ConfigError(
      `${where}: database must be sqlite:PATH or postgres://user@host:port/db, not "${config.database}"`,
    );
  }
  if (config.database.startsWith('sqlite:') && config.database !== 'sqlite::memory:') {
    config.database = `sqlite:${resolvePath(base, config.database.slice('sqlite:'.length))}`;
  }
  if (!config.secretKey) config.secretKey = secretKeyFromDataDir(dataDir);
  if (config.secretKey.length < 16) throw new ConfigError(`${where}: secretKey must be at least 16 characters`);
  return config;
}

// biome-ignore lint/suspicious/noExplicitAny: raw YAML, every value checked by the readers below
function readYaml(file: string): Record<string, any> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError(`cannot read config file ${file}: ${(e as Error).message}`);
  }
  try {
    const data = parse(text) ?? {};
    if (typeof data !== 'object' || Array.isArray(data)) throw new Error('the top level must be a mapping');
    return data;
  } catch (e) {
    throw new ConfigError(`config file ${file} is not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
}

export function secretKeyFile(dataDir: string): string {
  return join(dataDir, 'secret.key');
}

/** "generated into the data folder on first run if absent" */
function secretKeyFromDataDir(dataDir: string): string {
  const path = secretKeyFile(dataDir);
  if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  makePrivateFolder(dataDir);
  const key = randomBytes(32).toString('base64url');
  writeFileSync(path, `${key}\n`, { mode: PRIVATE_FILE_MODE });
  return key;
}

function resolvePath(base: string, path: string): string {
  return isAbsolute(path) ? path : resolve(base, path);
}

function str(v: unknown, key: string): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  throw new ConfigError(`config: ${key} must be a string`);
}

function bool(v: unknown, key: string): boolean | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'boolean') return v;
  throw new ConfigError(`config: ${key} must be true or false, not ${JSON.stringify(v)}`);
}

function port(v: unknown, key: string, allowZero = false): number | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < (allowZero ? 0 : 1) || n > 65535)
    throw new ConfigError(
      `config: ${key} must be a port number (${allowZero ? 0 : 1}-65535), not ${JSON.stringify(v)}`,
    );
  return n;
}

// biome-ignore lint/suspicious/noExplicitAny: raw YAML, checked against the schema
function trustOf(v: any): Config['trust'] {
  const proxies: string[] = v?.proxies ?? [];
  try {
    addressBlock(proxies);
  } catch (e) {
    throw new ConfigError(`config: trust.proxies: ${(e as Error).message}`);
  }
  return {
    proxies,
    proxyHeader: v?.proxyHeader ?? DEFAULTS.trust.proxyHeader,
    ipAdmin: bool(v?.ipAdmin, 'trust.ipAdmin') ?? DEFAULTS.trust.ipAdmin,
  };
}

function stringMap(v: unknown, key: string): Record<string, string> {
  if (v === undefined || v === null) return {};
  if (typeof v !== 'object' || Array.isArray(v)) throw new ConfigError(`config: ${key} must be a mapping`);
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k.toLowerCase(), str(x, `${key}.${k}`) ?? '']));
}
