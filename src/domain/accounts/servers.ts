/**
 * addserver (002:L442-L444, L688-L712): a SIP server or traffic sender is an account of type sipserver (u_type 0
 * both, 9 SIP server) or trunk (u_type 5 traffic sender), with its address; the username comes from the name when not
 * given, the password is generated when empty, and the extra fieldnameX/fieldvalX are any tb_users fields.
 */
import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import type { SqlEntityManager } from '@mikro-orm/sql';
import { User } from '../../persistence/entities/user.ts';
import { SwitchboardError } from '../../platform/errors.ts';
import type { Accounts, Actor, UserSettings } from './accounts.ts';
import { userColumnValue } from './set-field.ts';
import { isCurrency, virtualUserField } from './user-fields.ts';

export interface NewServer {
  serverType: 0 | 5 | 9;
  name?: string;
  username?: string;
  password?: string;
  domain?: string;
  ip?: string;
  port: number;
  proxy?: string;
  transport: 'udp' | 'tcp' | 'tls';
  needauth: number;
  email?: string;
  country?: string;
  currency?: string;
  creditMicros?: bigint;
  routing?: string;
  routingPriority?: number;
  /** fieldnameX → fieldvalX */
  extra: [string, string][];
}

export interface CreatedServer {
  id: number;
  username: string;
  password?: string;
}

export async function addServer(
  accounts: Accounts,
  em: SqlEntityManager,
  s: NewServer,
  actor: Actor,
): Promise<CreatedServer> {
  if (!s.name && !s.username)
    throw new SwitchboardError('missing-parameter', 'missing parameter: u_name or u_username');
  if (!s.domain && !s.ip) throw new SwitchboardError('missing-parameter', 'missing parameter: u_domain or u_ip');
  if (s.currency && !isCurrency(s.currency))
    throw new SwitchboardError('invalid-parameter', `u_currency ${s.currency} is not an ISO 4217 currency code`);
  const ip = s.ip ? hostAndPort(s.ip, 'u_ip') : undefined;
  if (ip && !isIP(ip.host)) throw new SwitchboardError('invalid-parameter', `u_ip ${s.ip} is not an IP address`);
  const domain = s.domain ? hostAndPort(s.domain, 'u_domain') : undefined;
  const settings: UserSettings = {};
  for (const [field, text] of s.extra) {
    if (virtualUserField(field))
      throw new SwitchboardError(
        'invalid-parameter',
        `${field} cannot be an extra field of addserver (use u_password or u_credit)`,
      );
    const { property, value } = userColumnValue(em, field, text);
    if (property === 'username')
      throw new SwitchboardError(
        'invalid-parameter',
        'username cannot be an extra field of addserver (use u_username)',
      );
    (settings as Record<string, unknown>)[property] = value;
  }
  const username = s.username ?? (await freeUsername(em, s.name!));
  const password = s.password || randomBytes(12).toString('base64url');
  const created = await accounts.create(
    em,
    {
      username,
      password,
      type: s.serverType === 5 ? 'trunk' : 'sipserver',
      name: s.name ?? username,
      email: s.email,
      country: s.country,
      currency: s.currency,
      creditMicros: s.creditMicros,
      settings: {
        ...settings,
        servertype: s.serverType,
        domain: domain?.host ?? '',
        ip: ip?.host ?? '',
        port: ip?.port ?? domain?.port ?? s.port,
        proxy: s.proxy ?? '',
        transport: s.transport,
        needauth: s.needauth,
        routing: s.routing ?? '',
        routingpriority: s.routingPriority ?? 0,
      },
    },
    actor,
  );
  return { ...created, ...(s.password ? {} : { password }) };
}

/** "host", "host:port", "[v6]:port" or a bare IPv6 address. */
function hostAndPort(text: string, param: string): { host: string; port?: number } {
  const m =
    /^\[([^\]]+)\](?::(\d{1,5}))?$/.exec(text) ??
    (text.split(':').length === 2 ? /^([^:]+):(\d{1,5})$/.exec(text) : null);
  const host = m ? m[1]! : text;
  const port = m?.[2] === undefined ? undefined : Number(m[2]);
  if (port !== undefined && (port < 1 || port > 65535))
    throw new SwitchboardError('invalid-parameter', `${param} ${text}: the port must be 1-65535`);
  return { host, port };
}

/** A username made from the server's name: lower case, other characters as _, a number appended while taken. */
async function freeUsername(em: SqlEntityManager, name: string): Promise<string> {
  const base =
    name
      .toLowerCase()
      .replace(/[^a-z0-9_.@+-]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 56) || 'server';
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? base : `${base}${n}`;
    if (!(await em.count(User, { username: candidate }))) return candidate;
  }
  throw new SwitchboardError('duplicate', `no free username for ${name}; send u_username`);
}
