/**
 * The JSON Schema (draft 2020-12) of the server config file: every key at every depth with its type, bounds, default
 * and description. loadConfig checks the file against it (config-check.ts); `switchboard config` and the README list
 * the keys from it. Its type is derived from `Config`, so a key added to the interface without its entry here (or an
 * entry for a key the interface lacks) fails the type check.
 */
import type { Config } from './config.ts';

interface StringKey {
  type: 'string';
  description: string;
  default?: string;
  enum?: string[];
  minLength?: number;
  pattern?: string;
  /** What a value of the pattern looks like: named when a value does not match. */
  examples?: string[];
}
interface NumberKey {
  type: 'integer' | 'number';
  description: string;
  default?: number;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
}
interface ListKey {
  type: 'array';
  description: string;
  items: StringKey;
}
interface BooleanKey {
  type: 'boolean';
  description: string;
  default?: boolean;
}
/** A mapping of free names (the vendor's global options), each a string. */
interface MapKey {
  type: 'object';
  description: string;
  additionalProperties: StringKey;
}
interface SectionKey<T> {
  type: 'object';
  description: string;
  additionalProperties: false;
  properties: { [K in keyof T]-?: KeySchema<NonNullable<T[K]>> };
  required?: (keyof T & string)[];
}
type KeySchema<T> = [T] extends [string]
  ? StringKey
  : [T] extends [number]
    ? NumberKey
    : [T] extends [boolean]
      ? BooleanKey
      : [T] extends [string[]]
        ? ListKey
        : string extends keyof T
          ? MapKey
          : SectionKey<T>;

export type ConfigSchema = SectionKey<Config> & { $schema: string; $id: string; title: string };

const PORT = { type: 'integer', minimum: 1, maximum: 65_535 } as const;
/** A port that may be 0: an ephemeral one for the API port, none at all for the SIP edge. */
const PORT_OR_ZERO = { type: 'integer', minimum: 0, maximum: 65_535 } as const;
const COUNT = { type: 'integer', minimum: 1 } as const;
const SECONDS = { type: 'number', exclusiveMinimum: 0 } as const;

/** pino's levels, and silent. */
export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'];

export const CONFIG_SCHEMA: ConfigSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://switchboard.invalid/config.schema.json',
  title: 'Switchboard server config (switchboard serve --config FILE)',
  type: 'object',
  description: 'The server config file (YAML); every key is optional.',
  additionalProperties: false,
  properties: {
    listen: {
      type: 'object',
      description: 'The shared API port: HTTP, WebSocket and raw TCP lines, and UDP on the same number.',
      additionalProperties: false,
      properties: {
        host: { type: 'string', default: '127.0.0.1', description: 'The address to listen on.' },
        port: {
          ...PORT_OR_ZERO,
          default: 8080,
          description: 'The API port; 0 asks for an ephemeral one, printed at start. SWITCHBOARD_PORT overrides it.',
        },
        leanHttp: {
          type: 'boolean',
          default: true,
          description: 'The lean HTTP/1.1 reader answers simple GETs (the fast lane); false lets node:http serve all.',
        },
        udp: {
          type: 'boolean',
          default: true,
          description: 'Answer UDP datagrams on the API port number, as the vendor documents; false opens no socket.',
        },
      },
    },
    tls: {
      type: 'object',
      description: 'Optional: HTTPS and secure WebSocket on a port of their own.',
      additionalProperties: false,
      required: ['port', 'cert', 'key'],
      properties: {
        port: { ...PORT, description: 'The TLS port.' },
        cert: { type: 'string', minLength: 1, description: 'The PEM certificate file (relative to the config file).' },
        key: { type: 'string', minLength: 1, description: 'The PEM private key file (relative to the config file).' },
      },
    },
    sip: {
      type: 'object',
      description: 'The SIP edge.',
      additionalProperties: false,
      properties: {
        port: { ...PORT_OR_ZERO, default: 5060, description: 'The SIP port; 0 turns the SIP edge off.' },
        registrations: {
          type: 'string',
          enum: ['memory', 'database', 'redis'],
          description:
            'Where registrations live: memory (this process only), database or redis (every process sees them). Default redis when redis is configured, else database on PostgreSQL, else memory.',
        },
        realm: {
          type: 'string',
          minLength: 1,
          description: 'The digest realm phones authenticate in; default the host the REGISTER names.',
        },
      },
    },
    database: {
      type: 'string',
      pattern: '^(sqlite:|postgres(ql)?://)',
      examples: ['sqlite:PATH', 'postgres://user@host:port/db'],
      description:
        'sqlite:PATH (relative to the config file) or postgres://user@host:port/db; default sqlite:DATADIR/switchboard.db. SWITCHBOARD_DATABASE overrides it.',
    },
    dataDir: {
      type: 'string',
      default: 'data',
      description: 'Where the embedded database, the generated secret key and admin password, and backups live.',
    },
    secretKey: {
      type: 'string',
      minLength: 16,
      description:
        'Seals stored passwords (AES-256-GCM); generated into DATADIR/secret.key if absent. SWITCHBOARD_SECRET_KEY overrides it.',
    },
    admin: {
      type: 'object',
      description: 'The administrator, created or updated at start (type admin).',
      additionalProperties: false,
      properties: {
        username: { type: 'string', default: 'admin', description: "The administrator's username." },
        password: {
          type: 'string',
          description: 'Its password; if absent, one is generated on first start and kept in DATADIR/admin.password.',
        },
      },
    },
    globals: {
      type: 'object',
      description: 'Vendor global config options under their vendor names (apiv2key, httpstrictresponse, …).',
      additionalProperties: { type: 'string', description: 'An option value; seeds the global config table.' },
    },
    minisip: {
      type: 'object',
      description: 'miniSIPServer.',
      additionalProperties: false,
      properties: { syskey: { type: 'string', description: 'The system key the miniSIPServer API is called with.' } },
    },
    mor: {
      type: 'object',
      description: 'MOR.',
      additionalProperties: false,
      properties: {
        apiSecretKey: { type: 'string', description: 'The secret of the MOR API hash.' },
        sessionMinutes: {
          ...SECONDS,
          default: 480,
          description: 'How long a MOR portal login (POST /billing/api/login) lasts, in minutes.',
        },
      },
    },
    docs: {
      type: 'object',
      description: 'The API reference served at /docs/.',
      additionalProperties: false,
      properties: {
        publicUrl: {
          type: 'string',
          pattern: '^https?://[^/?#]+(/[^?#]*)?$',
          examples: ['https://api.example.com'],
          description:
            "Where clients reach this server (scheme, host, any path prefix): the documents' servers; by default the address each request came in on.",
        },
      },
    },
    cors: {
      type: 'object',
      description: 'Cross-origin requests from browser pages served elsewhere (a portal on another host or port).',
      additionalProperties: false,
      properties: {
        origins: {
          type: 'array',
          items: {
            type: 'string',
            pattern: '^(\\*|https?://[^/?#\\s]+)$',
            description: 'An origin as a browser sends it (scheme://host[:port]), or * for any.',
          },
          description:
            'Origins whose pages may call the API, with credentials (the MOR session cookie); * lets any origin read answers, never with credentials. Empty: no cross-origin access.',
        },
      },
    },
    redis: {
      type: 'object',
      description: 'Optional: share bans, nonces, rate limits and caches between processes (needed by --workers).',
      additionalProperties: false,
      required: ['url'],
      properties: {
        url: {
          type: 'string',
          pattern: '^rediss?://',
          examples: ['redis://host:port', 'rediss://host:port'],
          description: 'The Redis server (rediss:// for TLS).',
        },
        prefix: { type: 'string', default: 'switchboard:', description: 'The prefix of every Redis key.' },
      },
    },
    log: {
      type: 'object',
      description: 'Logs: JSON lines (pino) on stdout.',
      additionalProperties: false,
      properties: {
        level: {
          type: 'string',
          enum: LOG_LEVELS,
          default: 'info',
          description: "pino's level; info writes one line per request, warn only problems.",
        },
      },
    },
    limits: {
      type: 'object',
      description: 'Sizes, rates, bans and connection caps.',
      additionalProperties: false,
      properties: {
        maxRequestBytes: {
          ...COUNT,
          maximum: 1_073_741_824,
          default: 1_048_576,
          description: 'The largest request body or raw line accepted, in bytes.',
        },
        perUser: { ...COUNT, default: 200, description: 'Requests per window from one user.' },
        perIp: { ...COUNT, default: 500, description: 'Requests per window from one client address.' },
        global: {
          ...COUNT,
          default: 20_000,
          description: 'Requests per window in all (per process, or cluster-wide with Redis).',
        },
        windowSeconds: { ...SECONDS, maximum: 86_400, default: 10, description: 'The rate-limit window, in seconds.' },
        authFailures: {
          ...COUNT,
          default: 10,
          description:
            'Failed authentications (a decaying count) from one address, or for one user, that ban the address.',
        },
        authFailureHalfLifeSeconds: {
          ...SECONDS,
          default: 600,
          description: 'Failed authentications are a decaying count: each counts half after this many seconds.',
        },
        banSeconds: { ...SECONDS, default: 900, description: 'How long a first ban lasts, in seconds.' },
        banMaxSeconds: {
          ...SECONDS,
          default: 86_400,
          description: 'A repeat ban within 24 h of the last lasts twice as long as it, up to this many seconds.',
        },
        pinMinLength: {
          ...COUNT,
          maximum: 64,
          default: 6,
          description: 'The shortest user PIN that may be set or used to log in (with apiauth 1).',
        },
        stalledAnswerSeconds: {
          ...SECONDS,
          default: 60,
          description: 'A streamed answer (an export) the client takes nothing of for this long is cut off.',
        },
        maxConnections: {
          ...COUNT,
          default: 10_000,
          description: 'Open connections on the shared port in all; one more is closed at once.',
        },
        maxConnectionsPerIp: {
          ...COUNT,
          default: 256,
          description: 'Open connections on the shared port from one client address; one more is closed at once.',
        },
        lineIdleSeconds: {
          ...SECONDS,
          default: 120,
          description: 'A raw-line connection that completes no request line for this long is closed.',
        },
      },
    },
    trust: {
      type: 'object',
      description: 'Which peers may name the client address, and what an address alone may do.',
      additionalProperties: false,
      properties: {
        proxies: {
          type: 'array',
          items: { type: 'string', description: 'An address or a CIDR block.' },
          description: 'The reverse proxies whose proxyHeader names the client; from any other peer it earns nothing.',
        },
        proxyHeader: {
          type: 'string',
          enum: ['x-forwarded-for', 'forwarded'],
          default: 'x-forwarded-for',
          description: 'The header the trusted proxies name the client in.',
        },
        ipAdmin: {
          type: 'boolean',
          default: false,
          description: 'A trusted address alone may run the commands that need credentials (SQL, files, backups).',
        },
      },
    },
    smtp: {
      type: 'object',
      description: 'Optional: e-mail over SMTP (sendmail, asendemail, custom actions); absent, e-mail is off.',
      additionalProperties: false,
      required: ['host', 'from'],
      properties: {
        host: { type: 'string', minLength: 1, description: 'The SMTP server.' },
        port: { ...PORT, default: 25, description: 'The SMTP port.' },
        secure: {
          type: 'boolean',
          default: false,
          description: 'TLS from the first byte (port 465); false: STARTTLS if offered.',
        },
        user: { type: 'string', default: '', description: 'The SMTP login; empty: none.' },
        password: { type: 'string', default: '', description: 'The SMTP password.' },
        from: { type: 'string', minLength: 3, description: 'The sender of a message that names none.' },
      },
    },
    smpp: {
      type: 'object',
      description: 'Optional: SMS through an SMPP 3.4 account (bind_transceiver); absent, smsHttp or no SMS.',
      additionalProperties: false,
      required: ['host', 'systemId', 'password'],
      properties: {
        host: { type: 'string', minLength: 1, description: 'The SMSC.' },
        port: { ...PORT, default: 2775, description: 'The SMSC port.' },
        systemId: { type: 'string', minLength: 1, description: 'The account (bind system_id).' },
        password: { type: 'string', description: 'The account password (at most 8 characters in SMPP 3.4).' },
        systemType: { type: 'string', default: '', description: 'The bind system_type, if the SMSC wants one.' },
        sourceAddr: { type: 'string', default: '', description: 'The sender of a message that names none.' },
        messagesPerSecond: {
          ...COUNT,
          default: 10,
          description: 'The most submit_sm per second the account may send.',
        },
        enquireLinkSeconds: { ...SECONDS, default: 30, description: 'The enquire_link keep-alive period.' },
      },
    },
    smsHttp: {
      type: 'object',
      description:
        'Optional: SMS through an HTTP gateway, when there is no smpp section; absent with smpp, SMS is off.',
      additionalProperties: false,
      required: ['url'],
      properties: {
        url: {
          type: 'string',
          pattern: '^https?://',
          examples: ['https://gw.example/send?to={to}&text={text}&from={from}'],
          description: 'The URL template: {to}, {text} and {from} are replaced, URL-encoded.',
        },
        method: { type: 'string', enum: ['GET', 'POST'], default: 'GET', description: 'GET, or POST with the URL.' },
      },
    },
    passwordPolicy: {
      type: 'object',
      description: 'What a password set through any dialect must be; the default takes what the vendors take.',
      additionalProperties: false,
      properties: {
        minLength: { ...COUNT, maximum: 128, default: 1, description: 'The shortest password that may be set.' },
        requireLetter: { type: 'boolean', default: false, description: 'A password must hold a letter.' },
        requireDigit: { type: 'boolean', default: false, description: 'A password must hold a digit.' },
        refuseGuessable: {
          type: 'boolean',
          default: false,
          description:
            'Refuse a run of one character, a digit sequence, the username inside it, a most common password.',
        },
      },
    },
  },
};

/** One key of the config, as `switchboard config` and the README list it. */
export interface ConfigKey {
  /** Dotted: `listen.port`; a map's free names as `globals.<name>`. */
  path: string;
  type: string;
  default?: string | number | boolean;
  description: string;
}

/** Any key of the schema, as walked without knowing which. */
type AnyKey =
  | StringKey
  | NumberKey
  | BooleanKey
  | ListKey
  | MapKey
  | { type: 'object'; description: string; additionalProperties: false; properties: Record<string, AnyKey> };

/** Every key of the schema, sections before their keys, in the schema's order. */
export function configKeys(schema: AnyKey = CONFIG_SCHEMA, prefix = ''): ConfigKey[] {
  if (!('properties' in schema)) return [];
  return Object.entries(schema.properties).flatMap(([name, key]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    const row: ConfigKey = { path, type: typeOf(key), description: key.description };
    if ('default' in key) row.default = key.default;
    if (key.type === 'object' && key.additionalProperties !== false) {
      const entry = key.additionalProperties;
      return [row, { path: `${path}.<name>`, type: typeOf(entry), description: entry.description }];
    }
    return [row, ...configKeys(key, path)];
  });
}

/** `mapping`, `info|warn|…`, `integer 0..65535`, `number >0 <=86400`, `string`. */
function typeOf(key: AnyKey): string {
  if (key.type === 'object') return 'mapping';
  if (key.type === 'array') return `list of ${typeOf(key.items)}`;
  if ('enum' in key && key.enum) return key.enum.join('|');
  if (key.type !== 'integer' && key.type !== 'number') return key.type;
  const { minimum, exclusiveMinimum, maximum } = key;
  if (minimum !== undefined && maximum !== undefined) return `${key.type} ${minimum}..${maximum}`;
  const low = minimum !== undefined ? ` >=${minimum}` : exclusiveMinimum !== undefined ? ` >${exclusiveMinimum}` : '';
  return `${key.type}${low}${maximum === undefined ? '' : ` <=${maximum}`}`;
}
