/**
 * Who the client of an HTTP request or WebSocket upgrade is: the peer's address, or, from a reverse proxy listed in
 * trust.proxies, the address the proxy names in the header it writes (X-Forwarded-For, or RFC 7239 Forwarded). The
 * hops are walked right to left and the first that is not itself a listed proxy is the client: what lies to its left
 * was written by the client and proves nothing. A peer that sends a forwarding header without being listed is a proxy
 * nobody told us about (nginx on this host, say): its requests are its own address's, and earn no address trust, or
 * every client behind it would inherit the trust of 127.0.0.1. Raw TCP lines and UDP carry no headers: the peer's
 * address is the client.
 */
import type { IncomingMessage } from 'node:http';
import { isIP, type BlockList } from 'node:net';
import { plainIp } from '../domain/access/trust.ts';
import { addressBlock } from '../platform/address-block.ts';
import type { Config } from '../platform/config.ts';

export interface ClientAddress {
  /** The client: what bans, rate limits, nonces and the log are about. */
  ip: string;
  /**
   * The request came through a proxy that is not in trust.proxies, or one that did not say who its client is: the
   * address earns no trust (trusted addresses, apiv2ipauth, httpapiallowedip, remoteadmin's local levels).
   */
  viaUnknownProxy: boolean;
}

/** The forwarding headers as received, repeated lines joined by commas (as node:http joins them). */
export interface ForwardingHeaders {
  forwarded: string | undefined;
  xForwardedFor: string | undefined;
}

/** Resolves clients for one server, by its trust section. */
export class ClientAddresses {
  readonly #proxies: BlockList;
  readonly #header: Config['trust']['proxyHeader'];

  constructor(trust: Pick<Config['trust'], 'proxies' | 'proxyHeader'>) {
    this.#proxies = addressBlock(trust.proxies);
    this.#header = trust.proxyHeader;
  }

  /** `peer` is the connection's remote address (plain IPv4 for a dual-stack one). */
  resolve(peer: string, headers: ForwardingHeaders): ClientAddress {
    if (headers.forwarded === undefined && headers.xForwardedFor === undefined)
      return { ip: peer, viaUnknownProxy: false };
    if (!this.isProxy(peer)) return { ip: peer, viaUnknownProxy: true };
    // Only the header the proxies write: the other one is passed through from the client untouched.
    const value = this.#header === 'forwarded' ? headers.forwarded : headers.xForwardedFor;
    if (value === undefined) return { ip: peer, viaUnknownProxy: true };
    const hops = this.#header === 'forwarded' ? forwardedHops(value) : xForwardedForHops(value);
    let nearest = peer;
    for (let i = hops.length - 1; i >= 0; i--) {
      const hop = hops[i];
      // unknown, obfuscated or unreadable: who is behind this hop cannot be known.
      if (hop === undefined) return { ip: nearest, viaUnknownProxy: true };
      if (!this.isProxy(hop)) return { ip: hop, viaUnknownProxy: false };
      nearest = hop;
    }
    // Every hop a listed proxy: the request began on one of them (a health check on the proxy's host).
    return { ip: nearest, viaUnknownProxy: false };
  }

  /** Resolves a node:http request (or upgrade) once, for clientAddressOf to read wherever it is served. */
  stamp(req: IncomingMessage): void {
    stamped.set(req, this.resolve(peerOf(req), headersOf(req)));
  }

  /** A peer listed in trust.proxies. */
  isProxy(ip: string): boolean {
    return this.#proxies.check(ip, isIP(ip) === 6 ? 'ipv6' : 'ipv4');
  }
}

const stamped = new WeakMap<IncomingMessage, ClientAddress>();
export const NO_TRUSTED_PROXIES = new ClientAddresses({ proxies: [], proxyHeader: 'x-forwarded-for' });

/** The client of a node:http request, as the server stamped it; unstamped, as if no proxy were trusted. */
export function clientAddressOf(req: IncomingMessage): ClientAddress {
  return stamped.get(req) ?? NO_TRUSTED_PROXIES.resolve(peerOf(req), headersOf(req));
}

function peerOf(req: IncomingMessage): string {
  return plainIp(req.socket.remoteAddress ?? '');
}

function headersOf(req: IncomingMessage): ForwardingHeaders {
  const forwarded = req.headers.forwarded;
  const xForwardedFor = req.headers['x-forwarded-for'];
  return {
    forwarded: Array.isArray(forwarded) ? forwarded.join(', ') : forwarded,
    xForwardedFor: Array.isArray(xForwardedFor) ? xForwardedFor.join(', ') : xForwardedFor,
  };
}

/** X-Forwarded-For: comma-separated addresses, oldest first; a port or IPv6 brackets tolerated; anything else unknown. */
export function xForwardedForHops(value: string): (string | undefined)[] {
  return value
    .split(',')
    .map((hop) => hop.trim())
    .filter((hop) => hop !== '')
    .map(nodeAddress);
}

/**
 * RFC 7239 Forwarded: comma-separated elements of `;`-separated token=value pairs, a value a token or a quoted string
 * (which may hold commas). Each element's hop is its `for` node; an element without one, `unknown`, an obfuscated
 * `_name` or anything unreadable is an unknown hop. An unterminated quote spoils only its own element: the client
 * cannot hide the element the proxy appends after it.
 */
export function forwardedHops(value: string): (string | undefined)[] {
  const hops: (string | undefined)[] = [];
  let at = 0;
  while (at <= value.length) {
    const element = readElement(value, at);
    // Empty elements (`a,,b`, a trailing comma) are allowed by the list syntax and name no hop.
    if (value.slice(at, element.next - 1).trim() !== '')
      hops.push(element.forNode === undefined ? undefined : nodeAddress(element.forNode));
    at = element.next;
  }
  return hops;
}

/** One element from `at`: its `for` value (undefined when absent or unreadable) and where the next one starts. */
function readElement(value: string, at: number): { forNode: string | undefined; next: number } {
  let forNode: string | undefined;
  let readable = true;
  let i = at;
  while (i < value.length && value[i] !== ',') {
    const pair = /^[ \t;]*([!#$%&'*+.^_`|~0-9A-Za-z-]+)[ \t]*=[ \t]*/.exec(value.slice(i));
    if (!pair) {
      readable = false;
      i = skipTo(value, i + 1, ';');
      continue;
    }
    i += pair[0].length;
    let text: string;
    if (value[i] === '"') {
      const quoted = readQuoted(value, i);
      if (quoted === undefined) return { forNode: undefined, next: skipTo(value, i, ',') + 1 };
      text = quoted.text;
      i = quoted.end;
    } else {
      const token = /^[!#$%&'*+.^_`|~0-9A-Za-z:[\]-]*/.exec(value.slice(i))![0];
      text = token;
      i += token.length;
    }
    if (pair[1]!.toLowerCase() === 'for') {
      // A second for= in one element is malformed: which one the proxy wrote cannot be told.
      if (forNode !== undefined) readable = false;
      forNode = text;
    }
    while (value[i] === ' ' || value[i] === '\t') i++;
    if (i < value.length && value[i] !== ';' && value[i] !== ',') {
      readable = false;
      i = skipTo(value, i, ';');
    }
  }
  return { forNode: readable ? forNode : undefined, next: i + 1 };
}

/** The quoted string at `start` (its opening quote), unescaped, and the index after its closing quote. */
function readQuoted(value: string, start: number): { text: string; end: number } | undefined {
  let text = '';
  for (let i = start + 1; i < value.length; i++) {
    const c = value[i]!;
    if (c === '"') return { text, end: i + 1 };
    if (c === '\\') i++;
    text += value[i] ?? '';
  }
  return undefined;
}

/** The index of the next `stop` or `,` from `i` (a comma always ends an element), or the end of the value. */
function skipTo(value: string, i: number, stop: ';' | ','): number {
  let j = i;
  while (j < value.length && value[j] !== ',' && value[j] !== stop) j++;
  return j;
}

const BRACKETED = /^\[([0-9A-Fa-f:.]+)\](?::(?:\d{1,5}|_[A-Za-z0-9._-]+))?$/;
const IPV4_PORT = /^(\d{1,3}(?:\.\d{1,3}){3})(?::(?:\d{1,5}|_[A-Za-z0-9._-]+))?$/;

/** An address as a hop names it (`192.0.2.1`, `192.0.2.1:4711`, `[2001:db8::1]:4711`, bare `2001:db8::1`). */
function nodeAddress(node: string): string | undefined {
  const address = BRACKETED.exec(node)?.[1] ?? IPV4_PORT.exec(node)?.[1] ?? node;
  const family = isIP(address);
  // A zone (fe80::1%eth0) is no client address; neither is IPv4 in brackets.
  if (family === 0 || address.includes('%') || (family === 4 && BRACKETED.test(node))) return undefined;
  return plainIp(address);
}
