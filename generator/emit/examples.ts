/**
 * Examples for the OpenAPI documents and the Markdown reference, built from the spec alone and deterministic: a
 * value for each type and its constraints, the result data in the generated types' shape, and one request per
 * operation (the seed's first example, else one built from the required parameters and the credentials).
 */
import type { DialectInfo, Operation, Param, ResultField, XmlNode } from '../load/model.ts';
import { exampleValue, requiredExampleValue, type ValueHint } from './example-values.ts';
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

const hintOf = (p: { name: string; description?: string }): ValueHint => ({ name: p.name, description: p.description });

/** A parameter's example as the query string carries it. */
function wireText(p: Param): string {
  if (p.default !== undefined) return String(p.default);
  const v = requiredExampleValue(p.type, p, hintOf(p), 'request');
  if (Array.isArray(v)) return v.join(',');
  if (typeof v === 'boolean') return v ? '1' : '0';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/** A parameter's example inside a JSON object (miniSIPServer): typed as the schema says. */
function jsonValue(p: Param): unknown {
  return p.default ?? requiredExampleValue(p.type, p, hintOf(p), 'request');
}

/** A result field's example; an optional one nothing meaningful can be said of is left out. */
function fieldExample(f: ResultField): unknown {
  return f.optional ? exampleValue(f.type, f, hintOf(f)) : requiredExampleValue(f.type, f, hintOf(f), 'answer');
}

const fieldsExample = (fields: ResultField[]) =>
  Object.fromEntries(fields.flatMap((f) => (fieldExample(f) === undefined ? [] : [[f.name, fieldExample(f)]])));

/** The result data, the same shape as generated/<dialect>/types.ts gives it (json-schema.ts's resultSchema). */
export function exampleResult(op: Operation): unknown {
  const r = op.result;
  switch (r.kind) {
    case 'record':
      return fieldsExample(r.fields);
    case 'list':
      return r.bareRows ? [fieldsExample(r.fields)] : { rows: [fieldsExample(r.fields)] };
    case 'value':
      return { value: requiredExampleValue(r.type!, {}, { name: op.id, description: r.description }, 'answer') };
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

/**
 * A Mizu download as the handler hands it over (a FileAnswer): the file named by the example filename, a line of
 * text for its bytes; the answer formats send it as a record with the bytes base64 encoded.
 */
export function exampleFile(op: Operation): { mediaType: string; filename: string; body: string } {
  const name = op.params.find((p) => p.name === 'filename');
  return {
    mediaType: op.result.mediaType ?? 'application/octet-stream',
    filename: name ? String(requiredExampleValue(name.type, name, hintOf(name), 'request')) : `${op.id}.bin`,
    body: 'Hello from Switchboard\n',
  };
}

/** An element's example; an optional leaf nothing meaningful can be said of is left out (undefined). */
function xmlExample(node: XmlNode): unknown {
  const attributes = Object.fromEntries(
    node.attributes.map((a) => [`@_${a.name}`, requiredExampleValue(a.type, {}, hintOf(a), 'answer')]),
  );
  let value: unknown;
  if (node.children) {
    const children = node.children.flatMap((c) => {
      const example = xmlExample(c);
      return example === undefined ? [] : [[c.name, example]];
    });
    value = { ...Object.fromEntries(children), ...attributes };
  } else {
    const type = node.type ?? 'string';
    const leaf =
      node.const ??
      (node.optional ? exampleValue(type, {}, hintOf(node)) : requiredExampleValue(type, {}, hintOf(node), 'answer'));
    if (leaf === undefined) return undefined;
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
  /** Which of the operation's examples it is. */
  seedIndex?: number;
  /** The credentials added to a seed's example that sends too few to authenticate (`authpwd`, …). */
  addedCredentials?: string[];
}

/**
 * The seed's first example that sends the credentials the operation asks (the vendor documents also show requests
 * made public in tb_api first), else its first with the missing ones added; else one built from the parameters.
 */
export function exampleRequest(info: DialectInfo, op: Operation): ExampleRequest {
  const requests = op.examples.map((seed) => {
    const target = seed.request.replace(/^[a-z]+:\/\/[^/]+/i, '');
    const mounted = info.basePaths.some((b) => target.toLowerCase().startsWith(b.toLowerCase()));
    return {
      method: seed.method ?? 'GET',
      target: mounted ? target : `${info.basePaths[0]}${target}`,
      ...(seed.body ? { body: seed.body, contentType: formType(seed.body) } : {}),
      ...sessionCookie(info, op),
      fromSeed: true,
    };
  });
  if (!requests.length) return builtRequest(info, op);
  const index = Math.max(
    0,
    requests.findIndex((r) => missingCredentials(info, op, r).length === 0),
  );
  const request = requests[index]!;
  const missing = missingCredentials(info, op, request);
  if (!missing.length) return { ...request, seedIndex: index };
  const extra = queryString(Object.fromEntries(missing.map((name) => [name, CREDENTIALS[name] ?? name.toUpperCase()])));
  const separator = request.target.includes('?') ? '&' : '?';
  return { ...request, target: `${request.target}${separator}${extra}`, seedIndex: index, addedCredentials: missing };
}

/**
 * The query credentials a Mizu request lacks to authenticate as the operation asks: none when it sends every scheme
 * of one of the operation's alternatives (by name or alias), else those of the alternative it comes closest to.
 * The miniSIPServer syskey and the MOR session are part of every request built for them already.
 */
export function missingCredentials(info: DialectInfo, op: Operation, request: ExampleRequest): string[] {
  if (info.name !== 'mizu-v1' && info.name !== 'mizu-v2') return [];
  const sent = new Set(
    [...new URLSearchParams(request.target.split('?')[1] ?? ''), ...new URLSearchParams(request.body ?? '')].map(
      ([name]) => name.toLowerCase(),
    ),
  );
  const names = (scheme: string) => {
    const param = info.envelope.find((p) => p.name === scheme);
    return [scheme, ...(param?.aliases ?? [])];
  };
  const lacking = securityOf(info.name, op).map((alternative) =>
    Object.keys(alternative).filter((scheme) => !names(scheme).some((n) => sent.has(n.toLowerCase()))),
  );
  if (!lacking.length) return [];
  return lacking.reduce((fewest, l) => (l.length < fewest.length ? l : fewest));
}

const formType = (body: string) =>
  body.trimStart().startsWith('{') ? 'application/json' : 'application/x-www-form-urlencoded';

function builtRequest(info: DialectInfo, op: Operation): ExampleRequest {
  const credentials = Object.keys(securityOf(info.name, op)[0] ?? {});
  const named = (names: string[]) =>
    Object.fromEntries(names.map((n) => [schemeParam(n), CREDENTIALS[schemeParam(n)] ?? n.toUpperCase()]));
  // A download's example names the file it downloads, where naming it is optional (file alone lists the folder).
  const sent = (p: Param) => p.required || (op.result.kind === 'file' && p.name === 'filename');
  const required = op.params.filter((p) => sent(p) && !p.indexed);
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
