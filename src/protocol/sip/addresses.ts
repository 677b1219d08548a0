/** SIP URIs, name-addr values and Via values (RFC 3261 §19.1, §20.10, §20.42, §25.1). Malformed → SipParseError. */
import { isIPv4, isIPv6 } from 'node:net';
import { rememberingResults } from '../recent-results.ts';
import { demand, fail, SipParseError } from './errors.ts';

export interface SipUri {
  readonly scheme: 'sip' | 'sips';
  readonly user?: string;
  readonly host: string;
  readonly port?: number;
  readonly params: ReadonlyMap<string, string>;
  /** The `?h=v&…` part as written, when present. */
  readonly headers?: string;
}

export interface NameAddr {
  readonly display?: string;
  readonly uri: string;
  readonly params: ReadonlyMap<string, string>;
}

export interface Via {
  readonly protocol: string;
  readonly transport: string;
  readonly host: string;
  readonly port?: number;
  readonly params: ReadonlyMap<string, string>;
}

const TOKEN = /^[A-Za-z0-9\-.!%*_+`'~]+$/;
const HOSTNAME = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)*[A-Za-z](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.?$/;
/** unreserved / escaped / user-unreserved (RFC 3261 §25.1 `user`), and the password's characters. */
const USERINFO = /^(?:[A-Za-z0-9\-_.!~*'()&=+$,;?/:]|%[0-9A-Fa-f]{2})+$/;
const PARAM_CHARS = /^(?:[A-Za-z0-9\-_.!~*'()[\]/:&+$]|%[0-9A-Fa-f]{2})+$/;
const URI_HEADERS = /^(?:[A-Za-z0-9\-_.!~*'()[\]/?:+$=&]|%[0-9A-Fa-f]{2})*$/;

export function isToken(text: string): boolean {
  return TOKEN.test(text);
}

/** A host (hostname, IPv4 or bracketed IPv6 reference) as it stands in a URI or Via; returns it without brackets. */
export function parseHost(text: string): string {
  if (text.startsWith('[')) {
    if (!(text.endsWith(']') && isIPv6(text.slice(1, -1)))) fail(`bad IPv6 reference ${text}`);
    return text.slice(1, -1);
  }
  if (!(isIPv4(text) || (HOSTNAME.test(text) && !/^[0-9.]+$/.test(text)))) fail(`bad host ${JSON.stringify(text)}`);
  return text;
}

function isPort(text: string): boolean {
  return /^[0-9]{1,5}$/.test(text) && Number(text) > 0 && Number(text) <= 65535;
}

/** `host[:port]` → host and port; the port, when present, is 1–65535. */
export function parseHostPort(text: string): { host: string; port?: number } {
  const close = text.startsWith('[') ? text.indexOf(']') + 1 : 0;
  const colon = text.indexOf(':', close);
  if (colon < 0) return { host: parseHost(text) };
  const portText = text.slice(colon + 1);
  if (!isPort(portText)) fail(`bad port ${JSON.stringify(portText)}`);
  return { host: parseHost(text.slice(0, colon)), port: Number(portText) };
}

function unescape(text: string): string {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    // An escape that is not UTF-8 (e.g. %FF): keep its bytes as Latin-1 rather than reject the URI.
    return text.replace(/%([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  }
}

const isParamValue = (value: string) => PARAM_CHARS.test(value);

/** `;name[=value]` parameters (URI and generic-param): names are case-insensitive and kept lowercase. */
function parseParams(parts: string[], valueOk: (value: string) => boolean): Map<string, string> {
  const params = new Map<string, string>();
  for (const part of parts) {
    const eq = part.indexOf('=');
    const name = (eq < 0 ? part : part.slice(0, eq)).trim();
    const value = eq < 0 ? '' : part.slice(eq + 1).trim();
    if (!isToken(name)) fail(`bad parameter name ${JSON.stringify(name)}`);
    if (eq >= 0 && !valueOk(value)) fail(`bad value of parameter ${name}`);
    if (params.has(name.toLowerCase())) fail(`parameter ${name} given twice`);
    params.set(name.toLowerCase(), value.startsWith('"') ? unquote(value) : value);
  }
  return params;
}

/**
 * Parsed URIs and addresses, remembered for the values seen lately (values read again: the parser's checks, the
 * handler and the response each read a request's To; a challenged request comes back with the same ones): about as
 * many as the requests in flight hold. More only keeps results the young generation's GC must copy: with 1,024 the
 * REGISTER load cost 12% more CPU a registration, and 200 MB more memory.
 */
const REMEMBERED = 256;

/** `sip:` and `sips:` URIs; any other scheme is a SipParseError with status 416 (Unsupported URI Scheme). */
export const parseUri: (uri: string) => SipUri = rememberingResults(readUri, REMEMBERED);

function readUri(uri: string): SipUri {
  const colon = uri.indexOf(':');
  const scheme = uri.slice(0, colon).toLowerCase();
  if (!(colon > 0 && /^[a-z][a-z0-9+\-.]*$/.test(scheme))) fail(`bad URI ${JSON.stringify(uri)}`);
  if (scheme !== 'sip' && scheme !== 'sips')
    throw new SipParseError(`unsupported URI scheme ${scheme}`, undefined, 416);
  const rest = uri.slice(colon + 1);
  // The user part may hold `?` and `;` (RFC 3261 §25.1 user-unreserved); params and headers never hold `@`.
  const at = rest.lastIndexOf('@');
  const userinfo = at < 0 ? undefined : rest.slice(0, at);
  const afterUser = rest.slice(at + 1);
  const question = afterUser.indexOf('?');
  const beforeHeaders = question < 0 ? afterUser : afterUser.slice(0, question);
  if (question >= 0 && !URI_HEADERS.test(afterUser.slice(question + 1)))
    fail(`bad URI headers in ${JSON.stringify(uri)}`);
  // Indexed, not destructured with a rest element: that went through the iterator protocol on every URI.
  const parts = beforeHeaders.split(';');
  let user: string | undefined;
  if (userinfo !== undefined) {
    if (!USERINFO.test(userinfo)) fail(`bad user part in ${JSON.stringify(uri)}`);
    const passwordAt = userinfo.indexOf(':');
    user = unescape(passwordAt < 0 ? userinfo : userinfo.slice(0, passwordAt));
  }
  const params = parseParams(parts.slice(1), isParamValue);
  const headers = question < 0 ? undefined : afterUser.slice(question + 1);
  const { host, port } = parseHostPort(parts[0]!);
  return { scheme, user, host, port, params, headers };
}

/** The text of a quoted-string (RFC 3261 §25.1) without its quotes and escapes. */
export function unquote(text: string): string {
  if (!(text.length >= 2 && text.startsWith('"') && text.endsWith('"'))) fail(`bad quoted string ${text}`);
  let out = '';
  for (let i = 1; i < text.length - 1; i++) {
    if (text[i] === '\\') {
      i++;
      demand(i < text.length - 1, 'quoted string ends in a backslash');
    } else demand(text[i] !== '"', 'stray quote in a quoted string');
    out += text[i];
  }
  return out;
}

/** Index just past the closing quote of the quoted string starting at `from`. */
function endOfQuoted(text: string, from: number): number {
  for (let i = from + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i + 1;
  }
  throw new SipParseError('unterminated quoted string');
}

/** Splits at `;` outside quoted strings. */
function splitParams(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') i = endOfQuoted(text, i) - 1;
    else if (text[i] === ';') {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** gen-value: token, host (IPv6 with or without brackets, as RFC 5118 writes `received`) or quoted-string. */
const genericValue = (v: string) =>
  v.startsWith('"') || isToken(v) || isIPv6(v) || (v.startsWith('[') && v.endsWith(']') && isIPv6(v.slice(1, -1)));

/** `[display-name] <URI> *(;param)` or `addr-spec *(;param)` (From, To, Contact, Route…). */
export const parseNameAddr: (value: string) => NameAddr = rememberingResults(readNameAddr, REMEMBERED);

function readNameAddr(value: string): NameAddr {
  const text = value.trim();
  let display: string | undefined;
  let uri: string;
  let after: string;
  const open = text.startsWith('"') ? text.indexOf('<', endOfQuoted(text, 0)) : text.indexOf('<');
  if (open >= 0) {
    const name = text.slice(0, open).trim();
    if (name.startsWith('"')) {
      demand(endOfQuoted(name, 0) === name.length, 'text after the quoted display name');
      display = unquote(name);
    } else if (name !== '') {
      if (!name.split(/[ \t]+/).every(isToken)) fail(`bad display name ${JSON.stringify(name)}`);
      display = name;
    }
    const close = text.indexOf('>', open);
    demand(close > open, 'unclosed <');
    uri = text.slice(open + 1, close);
    after = text.slice(close + 1).trim();
    demand(after === '' || after.startsWith(';'), 'text after >');
  } else {
    // addr-spec form: the URI cannot carry ; , ? — what follows a ; is the header's parameters (RFC 3261 §20.10).
    const semi = text.indexOf(';');
    uri = (semi < 0 ? text : text.slice(0, semi)).trim();
    after = semi < 0 ? '' : text.slice(semi);
    if (/[?,\s]/.test(uri)) fail(`bad addr-spec ${JSON.stringify(uri)}`);
  }
  if (!/^[A-Za-z][A-Za-z0-9+\-.]*:\S+$/.test(uri)) fail(`bad URI ${JSON.stringify(uri)}`);
  if (/^sips?:/i.test(uri)) parseUri(uri);
  const params = parseParams(after === '' ? [] : splitParams(after.slice(1)), genericValue);
  return { display, uri, params };
}

/** `SIP / 2.0 / UDP host[:port] *(;param)` — LWS is allowed around the slashes (RFC 3261 §25.1 `via-parm`). */
export const parseVia: (value: string) => Via = rememberingResults(readVia, REMEMBERED);

function readVia(value: string): Via {
  const match =
    /^([A-Za-z0-9\-.!%*_+`'~]+)\s*\/\s*([A-Za-z0-9\-.!%*_+`'~]+)\s*\/\s*([A-Za-z0-9\-.!%*_+`'~]+)\s+(.*)$/s.exec(
      value.trim(),
    );
  if (!match) fail(`bad Via ${JSON.stringify(value)}`);
  const parts = splitParams(match[4]!);
  const params = parseParams(parts.slice(1), genericValue);
  const rport = params.get('rport');
  demand(rport === undefined || rport === '' || isPort(rport), 'bad rport');
  const { host, port } = parseHostPort(parts[0]!.trim());
  return { protocol: `${match[1]}/${match[2]}`.toUpperCase(), transport: match[3]!.toUpperCase(), host, port, params };
}

/** A URI's user part (RFC 3261 §25.1 `user`): what is not unreserved or user-unreserved escaped, as UTF-8. */
export function formatUser(user: string): string {
  return user.replace(/[^A-Za-z0-9\-_.!~*'()&=+$,;?/]/gu, (c) =>
    [...Buffer.from(c, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );
}

export function formatHostPort(host: string, port?: number): string {
  const h = host.includes(':') ? `[${host}]` : host;
  return port === undefined ? h : `${h}:${port}`;
}

export function formatVia(via: Via): string {
  const params = [...via.params].map(([n, v]) => (v === '' ? `;${n}` : `;${n}=${v}`)).join('');
  return `${via.protocol}/${via.transport} ${formatHostPort(via.host, via.port)}${params}`;
}
