/**
 * HTTP Digest as SIP uses it (RFC 3261 §22.4 over RFC 2617 §3.2, MD5 as RFC 8760 keeps it): the Authorization
 * header's credentials, the response a client must compute, and the WWW-Authenticate challenge.
 */
import { md5 } from '../../protocol/digests.ts';

export interface DigestCredentials {
  username: string;
  realm: string;
  nonce: string;
  uri: string;
  response: string;
  algorithm?: string;
  qop?: string;
  nc?: string;
  cnonce?: string;
  opaque?: string;
}

const REQUIRED = ['username', 'realm', 'nonce', 'uri', 'response'] as const;

/** The credentials of `Digest k=v, k="v", …`; undefined when the scheme is not Digest or a required one is missing. */
export function parseDigestCredentials(header: string): DigestCredentials | undefined {
  const match = /^\s*Digest\s+/i.exec(header);
  if (!match) return undefined;
  const params = new Map<string, string>();
  // name=token or name="quoted \" string", comma-separated (RFC 2617 §1.2 auth-param).
  const param = /\s*([A-Za-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*(?:,|$)/gy;
  param.lastIndex = match[0].length;
  let found: RegExpExecArray | null;
  while (param.lastIndex < header.length && (found = param.exec(header)) !== null) {
    const value = found[2] === undefined ? found[3]! : found[2].replace(/\\(.)/g, '$1');
    params.set(found[1]!.toLowerCase(), value);
  }
  if (param.lastIndex !== header.length && header.slice(param.lastIndex).trim() !== '') return undefined;
  if (REQUIRED.some((name) => !params.has(name))) return undefined;
  const get = (name: string) => params.get(name);
  return {
    username: get('username')!,
    realm: get('realm')!,
    nonce: get('nonce')!,
    uri: get('uri')!,
    response: get('response')!.toLowerCase(),
    algorithm: get('algorithm'),
    qop: get('qop'),
    nc: get('nc'),
    cnonce: get('cnonce'),
    opaque: get('opaque'),
  };
}

/** H(A1) of RFC 2617 §3.2.2.2 for algorithm MD5. */
export function digestHa1(username: string, realm: string, password: string): string {
  return md5(`${username}:${realm}:${password}`);
}

/**
 * request-digest of RFC 2617 §3.2.2.1: with qop=auth, KD(H(A1), nonce:nc:cnonce:qop:H(A2)); without qop (RFC 2069),
 * KD(H(A1), nonce:H(A2)); A2 = method:digest-uri.
 */
export function digestResponse(
  ha1: string,
  method: string,
  c: Pick<DigestCredentials, 'nonce' | 'uri' | 'qop' | 'nc' | 'cnonce'>,
): string {
  const ha2 = md5(`${method}:${c.uri}`);
  return c.qop === undefined
    ? md5(`${ha1}:${c.nonce}:${ha2}`)
    : md5(`${ha1}:${c.nonce}:${c.nc ?? ''}:${c.cnonce ?? ''}:${c.qop}:${ha2}`);
}

/** The WWW-Authenticate value of a 401 (RFC 2617 §3.2.1); stale: the nonce expired but the credentials were right. */
export function digestChallenge(realm: string, nonce: string, stale: boolean): string {
  return `Digest realm="${quoted(realm)}", nonce="${nonce}", algorithm=MD5, qop="auth"${stale ? ', stale=true' : ''}`;
}

function quoted(text: string): string {
  return text.replace(/["\\]/g, '\\$&');
}
