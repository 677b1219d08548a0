/**
 * SIP messages (RFC 3261 §7): the shapes the edge and the registrar share, and the response built from a request
 * (§8.2.6.2). Parsing, framing and serializing live beside it and are re-exported here as one entry point.
 */
import { parseNameAddr } from './addresses.ts';
import { SipParseError } from './errors.ts';
import { SipHeaders } from './headers.ts';

export interface SipRequest {
  kind: 'request';
  method: string;
  uri: string;
  headers: SipHeaders;
  body: Buffer;
}

export interface SipResponse {
  kind: 'response';
  status: number;
  reason: string;
  headers: SipHeaders;
  body: Buffer;
}

export type SipMessage = SipRequest | SipResponse;

/** Where a request came from (and a response goes back to): the transport and the remote address. */
export interface SipPeer {
  transport: 'udp' | 'tcp' | 'ws' | 'wss';
  address: string;
  port: number;
}

/** A response to req: copies Via (all), From, To (adds toTag when given and To has none), Call-ID, CSeq. */
export function responseTo(req: SipRequest, status: number, reason: string, toTag?: string): SipResponse {
  const headers = new SipHeaders();
  for (const via of req.headers.getAll('Via')) headers.append('Via', via);
  for (const name of ['From', 'To', 'Call-ID', 'CSeq']) {
    const value = req.headers.get(name);
    if (value !== undefined) headers.append(name, value);
  }
  const to = headers.get('To');
  if (toTag !== undefined && to !== undefined && !hasTag(to)) headers.set('To', `${to};tag=${toTag}`);
  return { kind: 'response', status, reason, headers, body: Buffer.alloc(0) };
}

function hasTag(nameAddr: string): boolean {
  try {
    return parseNameAddr(nameAddr).params.has('tag');
  } catch (e) {
    // A To that does not parse (a request answered 400 for it) gets no tag added.
    if (e instanceof SipParseError) return true;
    throw e;
  }
}

export { type NameAddr, parseNameAddr, parseUri, parseVia, formatVia, type SipUri, type Via } from './addresses.ts';
export { SipParseError } from './errors.ts';
export { SipHeaders } from './headers.ts';
export { nextStreamFrame, parseSipMessage, SIP_LIMITS, type StreamFrame } from './parser.ts';
export { serializeSipMessage } from './serializer.ts';
