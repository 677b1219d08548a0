/**
 * Examples for the OpenAPI documents and the Markdown reference, built from the spec alone and deterministic: a
 * value for each type and its constraints, the result data in the generated types' shape, and one request per
 * operation (the seed's first example, else one built from the required parameters and the credentials).
 */
import type { Constraints, DialectInfo, Operation, Param, ResultField, ValueType, XmlNode } from '../load/model.ts';
import { securityOf } from './openapi-security.ts';

/** Where the reference's curl lines send their requests: the server's default listen address. */
export const EXAMPLE_ORIGIN = 'http://localhost:8080';

/** Values for the credentials (the security schemes' names), as the vendor documents write them. */
const CREDENTIALS: Record<string, string> = {
  key: 'KEY',
  authkey: 'KEY',
  usr: 'USERNAME',
  authid: 'USERNAME',
  pwd: 'PASSWORD',
  authpwd: 'PASSWORD',
  md5auth: 'MD5',
  authmd5: 'MD5',
  syskey: 'SYSKEY',
  user_id: '2',
  hash: 'SHA1',
  _mor_session: 'SESSION',
};

/** Strings tried, in order, against a pattern or length limit: the first that fits is the example. */
const STRING_CANDIDATES = [
  'example',
  '1',
  'all',
  'user@example.com',
  '127.0.0.1',
  '2026-01-31',
  'USD',
  '1234',
  '4111111111111111',
  'example.com',
  'https://example.com/',
  'da39a3ee5e6b4b0d3255bfef95601890afd80709',
  '',
];

export function exampleValue(type: ValueType, c: Constraints = {}): unknown {
  if (c.values?.length) return c.values[0]!.value;
  switch (type) {
    case 'integer':
    case 'number':
      return Math.min(Math.max(1, c.min ?? 1), c.max ?? 1);
    case 'decimal':
      return '10.00';
    case 'boolean':
      return true;
    case 'phone':
      return '15551234567'.slice(0, c.maxLength ?? 32);
    case 'list':
      return ['1', '2'];
    case 'date':
      return '2026-01-31';
    case 'datetime':
      return '2026-01-31 12:00:00';
    case 'json':
      return {};
    default:
      return exampleString(c);
  }
}

function exampleString(c: Constraints): string {
  const pattern = c.pattern === undefined ? undefined : new RegExp(c.pattern, 'u');
  const fits = (s: string) =>
    (!pattern || pattern.test(s)) && s.length >= (c.minLength ?? 0) && s.length <= (c.maxLength ?? Infinity);
  return STRING_CANDIDATES.find(fits) ?? 'example';
}

/** A parameter's example as the query string carries it. */
function wireText(p: Param): string {
  if (p.default !== undefined) return String(p.default);
  const v = exampleValue(p.type, p);
  if (Array.isArray(v)) return v.join(',');
  if (typeof v === 'boolean') return v ? '1' : '0';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/** A parameter's example inside a JSON object (miniSIPServer): typed as the schema says. */
function jsonValue(p: Param): unknown {
  return p.default ?? exampleValue(p.type, p);
}

const fieldsExample = (fields: ResultField[]) =>
  Object.fromEntries(fields.map((f) => [f.name, exampleValue(f.type, f)]));

/** The result data, the same shape as generated/<dialect>/types.ts gives it (json-schema.ts's resultSchema). */
export function exampleResult(op: Operation): unknown {
  const r = op.result;
  switch (r.kind) {
    case 'record':
      return fieldsExample(r.fields);
    case 'list':
      return r.bareRows ? [fieldsExample(r.fields)] : { rows: [fieldsExample(r.fields)] };
    case 'value':
      return { value: exampleValue(r.type!) };
    case 'text':
      return { text: 'example text' };
    case 'ok':
      return {};
    case 'file':
      return `(the ${r.mediaType} file)`;
    case 'xml':
      return { [r.xml!.name]: xmlExample(r.xml!) };
  }
}

function xmlExample(node: XmlNode): unknown {
  const attributes = Object.fromEntries(node.attributes.map((a) => [`@_${a.name}`, exampleValue(a.type)]));
  let value: unknown;
  if (node.children)
    value = { ...Object.fromEntries(node.children.map((c) => [c.name, xmlExample(c)])), ...attributes };
  else {
    const leaf = node.const ?? exampleValue(node.type ?? 'string');
    value = node.attributes.length ? { '#text': leaf, ...attributes } : leaf;
  }
  return node.repeat ? [value] : value;
}

export interface ExampleRequest {
  method: 'GET' | 'POST';
  /** Path and query, from the server's root. */
  target: string;
  body?: string;
  contentType?: string;
  cookie?: string;
  /** The seed's example (with its placeholders), or built from the parameters. */
  fromSeed: boolean;
}

export function exampleRequest(info: DialectInfo, op: Operation): ExampleRequest {
  const seed = op.examples[0];
  if (seed) {
    const target = seed.request.replace(/^[a-z]+:\/\/[^/]+/i, '');
    const mounted = info.basePaths.some((b) => target.toLowerCase().startsWith(b.toLowerCase()));
    return {
      method: seed.method ?? 'GET',
      target: mounted ? target : `${info.basePaths[0]}${target}`,
      ...(seed.body ? { body: seed.body, contentType: formType(seed.body) } : {}),
      ...sessionCookie(info, op),
      fromSeed: true,
    };
  }
  return builtRequest(info, op);
}

const formType = (body: string) =>
  body.trimStart().startsWith('{') ? 'application/json' : 'application/x-www-form-urlencoded';

function builtRequest(info: DialectInfo, op: Operation): ExampleRequest {
  const credentials = Object.keys(securityOf(info.name, op)[0] ?? {});
  const named = (names: string[]) =>
    Object.fromEntries(names.map((n) => [schemeParam(n), CREDENTIALS[schemeParam(n)] ?? n.toUpperCase()]));
  const required = op.params.filter((p) => p.required && !p.indexed);
  switch (info.name) {
    case 'mizu-v1':
    case 'mizu-v2': {
      const head = info.name === 'mizu-v1' ? `/xmapi/${op.id}?` : `/mvapireq/?apientry=${op.id}&`;
      const query = { ...named(credentials), ...Object.fromEntries(required.map((p) => [p.name, wireText(p)])) };
      return { method: 'GET', target: `${head}${queryString(query)}`.replace(/[?&]$/, ''), fromSeed: false };
    }
    case 'minisip': {
      const json = { syskey: CREDENTIALS.syskey, ...Object.fromEntries(required.map((p) => [p.name, jsonValue(p)])) };
      return { method: 'GET', target: `/openapi/${op.id}?${JSON.stringify(json)}`, fromSeed: false };
    }
    case 'mor': {
      let path = `/billing${op.path}`;
      for (const p of op.params.filter((q) => q.in === 'path'))
        path = path.replace(`{${p.name}}`, encodeURIComponent(wireText(p)));
      const inBody = op.method === 'POST';
      const sent = Object.fromEntries(required.filter((p) => p.in !== 'path').map((p) => [p.name, wireText(p)]));
      const query = inBody ? '' : queryString(sent);
      return {
        method: op.method ?? 'GET',
        target: query ? `${path}?${query}` : path,
        ...(inBody && Object.keys(sent).length
          ? { body: queryString(sent), contentType: 'application/x-www-form-urlencoded' }
          : {}),
        ...sessionCookie(info, op),
        fromSeed: false,
      };
    }
  }
}

/** A MOR page that takes a session: the seed's requests name the page only, the cookie is added. */
function sessionCookie(info: DialectInfo, op: Operation): { cookie?: string } {
  const session = securityOf(info.name, op).some((alternative) => 'session' in alternative);
  return session ? { cookie: `_mor_session=${CREDENTIALS._mor_session}` } : {};
}

/** A scheme's wire name (MOR's `session` scheme is the `_mor_session` cookie). */
const schemeParam = (scheme: string) => (scheme === 'session' ? '_mor_session' : scheme);

function queryString(params: Record<string, string>): string {
  return Object.entries(params)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&');
}

/** The request as one curl command line. */
export function curlLine(request: ExampleRequest): string {
  const parts = ['curl'];
  // -g: a miniSIPServer query is a JSON object, whose braces curl would otherwise read as a URL pattern.
  if (/[{}[\]]/.test(request.target)) parts.push('-g');
  if (request.method === 'POST' && request.body === undefined) parts.push('-X POST');
  if (request.cookie) parts.push(`-b ${shellQuote(request.cookie)}`);
  if (request.contentType) parts.push(`-H ${shellQuote(`Content-Type: ${request.contentType}`)}`);
  if (request.body !== undefined) parts.push(`--data ${shellQuote(request.body)}`);
  // curl refuses a URL with a space in it (a seed's JSON query may hold one): sent percent-encoded.
  parts.push(shellQuote(`${EXAMPLE_ORIGIN}${request.target.replaceAll(' ', '%20')}`));
  return parts.join(' ');
}

const shellQuote = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;
