/**
 * The address a request came in on, as a browser would call it again: scheme and Host, or docs.publicUrl when
 * configured. A reverse proxy listed in trust.proxies terminates the client's connection, so its X-Forwarded-Proto and
 * X-Forwarded-Host say what the client used; from any other peer those headers are the client's own words and are
 * ignored, as client-address.ts ignores its forwarding headers.
 */
import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { plainIp } from '../../domain/access/trust.ts';
import type { ClientAddresses } from '../client-address.ts';

export interface OriginDeps {
  clients: Pick<ClientAddresses, 'isProxy'>;
  /** Where clients reach this server when the request's own address is not it (docs.publicUrl). */
  publicUrl?: string;
}

/** host, host:port, [v6]:port: anything else in a Host header is not an address to hand out. */
const HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/** The origin to name in a document's `servers` (no trailing slash). */
export function requestOrigin(req: IncomingMessage, deps: OriginDeps): string {
  if (deps.publicUrl) return deps.publicUrl.replace(/\/+$/, '');
  const direct = {
    scheme: (req.socket as Partial<TLSSocket>).encrypted ? 'https' : 'http',
    host: validHost(req.headers.host) ?? localHost(req),
  };
  if (!deps.clients.isProxy(plainIp(req.socket.remoteAddress ?? ''))) return `${direct.scheme}://${direct.host}`;
  const proto = firstValue(req.headers['x-forwarded-proto'])?.toLowerCase();
  const scheme = proto === 'http' || proto === 'https' ? proto : direct.scheme;
  const host = validHost(firstValue(req.headers['x-forwarded-host'])) ?? direct.host;
  return `${scheme}://${host}`;
}

/** The client-facing value: the first of a list the proxies appended to. */
function firstValue(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  return value?.split(',')[0]?.trim();
}

function validHost(host: string | undefined): string | undefined {
  return host !== undefined && HOST.test(host) ? host : undefined;
}

/** A request without a usable Host (HTTP/1.0): the address and port it reached. */
function localHost(req: IncomingMessage): string {
  const address = plainIp(req.socket.localAddress ?? '127.0.0.1');
  return `${address.includes(':') ? `[${address}]` : address}:${req.socket.localPort}`;
}
