/**
 * Which client addresses are trusted (002:L232-L273): localhost always (unless allowtrustedip is 0), the LAN
 * unless trustlanip is false, trustediplist; apiv2ipauth additionally lists addresses allowed IP authentication.
 * What a trusted address may do without credentials stops short of the commands the spec marks needsCredentials
 * (SQL, files, backups) unless trust.ipAdmin says otherwise. The client address itself comes from
 * runtime/client-address.ts (trust.proxies), which also says when a request may earn no trust at all.
 */
import { BlockList, isIP } from 'node:net';
import type { Config } from '../../platform/config.ts';
import type { GlobalOptions } from '../settings/global-options.ts';
import { Memo } from './memo.ts';

const LOCAL = new BlockList();
LOCAL.addSubnet('127.0.0.0', 8, 'ipv4');
LOCAL.addAddress('::1', 'ipv6');

const PRIVATE = new BlockList();
PRIVATE.addSubnet('10.0.0.0', 8, 'ipv4');
PRIVATE.addSubnet('172.16.0.0', 12, 'ipv4');
PRIVATE.addSubnet('192.168.0.0', 16, 'ipv4');
PRIVATE.addSubnet('169.254.0.0', 16, 'ipv4');
PRIVATE.addSubnet('fc00::', 7, 'ipv6');
PRIVATE.addSubnet('fe80::', 10, 'ipv6');

/** "::ffff:127.0.0.1" → "127.0.0.1": the dual-stack form of an IPv4 client. */
export function plainIp(ip: string): string {
  return ip.startsWith('::ffff:') && isIP(ip.slice(7)) === 4 ? ip.slice(7) : ip;
}

function family(ip: string): 'ipv4' | 'ipv6' {
  return isIP(ip) === 6 ? 'ipv6' : 'ipv4';
}

function inBlock(block: BlockList, ip: string): boolean {
  const a = plainIp(ip);
  return isIP(a) !== 0 && block.check(a, family(a));
}

// Every request asks whether its client is local (a BlockList check, ~0.2 µs), and clients come back.
const LOCAL_ANSWERS = new Memo((ip: string) => inBlock(LOCAL, ip));
const PRIVATE_ANSWERS = new Memo((ip: string) => inBlock(PRIVATE, ip));

export function isLocal(ip: string): boolean {
  return LOCAL_ANSWERS.get(ip);
}

export function isPrivate(ip: string): boolean {
  return PRIVATE_ANSWERS.get(ip);
}

/** An address list as operators write it: comma separated addresses or CIDR subnets. */
export function inList(ip: string, list: string[]): boolean {
  const a = plainIp(ip);
  if (isIP(a) === 0) return false;
  return list.some((entry) => {
    const [net, bits] = entry.split('/');
    if (!net || isIP(net) === 0) return false;
    if (bits === undefined) return plainIp(net) === a;
    const block = new BlockList();
    block.addSubnet(net, Number(bits), family(net));
    return family(net) === family(a) && block.check(a, family(a));
  });
}

export class Trust {
  readonly #options: GlobalOptions;
  readonly #rules: Config['trust'];

  constructor(options: GlobalOptions, rules: Config['trust']) {
    this.#options = options;
    this.#rules = rules;
  }

  /** trust.ipAdmin: a trusted address alone counts as admin even for the commands that need credentials. */
  get ipAdmin(): boolean {
    return this.#rules.ipAdmin;
  }

  /** The rules in force, for the startup log: every source of address trust, and what it is worth. */
  describe(): Record<string, unknown> {
    const allow = this.#options.int('allowtrustedip', 3);
    return {
      proxies: this.#rules.proxies,
      proxyHeader: this.#rules.proxyHeader,
      loopback: allow > 0,
      lan: allow === 2 || (allow >= 3 && this.#options.bool('trustlanip', true)),
      trustediplist: allow >= 3 ? this.#options.list('trustediplist') : [],
      apiv2ipauth: this.#options.list('apiv2ipauth'),
      // Mizu v1's addcredit and adduser: "only this machine" when the list is empty (000:L28).
      httpapiallowedip2: this.#options.list('httpapiallowedip2').join(',') || 'loopback',
      ipAdmin: this.#rules.ipAdmin,
    };
  }

  /** allowtrustedip: 0=no, 1=my ip only, 2=private ip's only, 3=yes (default), 4=everywhere. */
  isTrusted(ip: string): boolean {
    const allow = this.#options.int('allowtrustedip', 3);
    if (allow <= 0) return false;
    if (isLocal(ip)) return true;
    if (allow === 1) return false;
    const lan = allow === 2 || this.#options.bool('trustlanip', true);
    if (lan && isPrivate(ip)) return true;
    return allow >= 3 && inList(ip, this.#options.list('trustediplist'));
  }

  /** req_ip=1: the client must be trusted or in apiv2ipauth ("default is empty which means only local ip"). */
  isIpAuthorised(ip: string): boolean {
    return this.isTrusted(ip) || inList(ip, this.#options.list('apiv2ipauth'));
  }
}
