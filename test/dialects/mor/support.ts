/**
 * Helpers for the MOR tests: a real server with the API secret key set, users, devices and calls written through
 * the domain (or straight into tb_cdrs, as the SIP edge would), raw and generated-client requests, and the
 * element structure of an XML document to compare with the seed's samples.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { MorClient } from '../../../generated/mor/client.ts';
import { usersOf } from '../../../src/domain/cdr/cdr-changes.ts';
import { createDevice } from '../../../src/domain/mor/devices.ts';
import { SecretBox } from '../../../src/platform/secret-box.ts';
import { Cdr, type CdrRow } from '../../../src/persistence/entities/cdr.ts';
import type { TestDatabase } from '../../support/databases.ts';
import { SECRET_KEY, startTestServer, type TestServer } from '../../support/server.ts';

export const API_SECRET = 'mor-api-secret-0001';
export const PASSWORD = 'pw-portal-1';

/** A server with mor.apiSecretKey set (the config object is the one the running server reads). */
export async function startMor(
  db: TestDatabase,
  options: { secret?: string | null; limits?: NonNullable<Parameters<typeof startTestServer>[1]>['limits'] } = {},
): Promise<TestServer> {
  const sb = await startTestServer(db, { limits: options.limits });
  sb.config.mor.apiSecretKey = options.secret === null ? undefined : (options.secret ?? API_SECRET);
  return sb;
}

export async function addUser(
  sb: TestServer,
  username: string,
  extra: { name?: string; currency?: string } = {},
): Promise<number> {
  const em = sb.server.services.db.em();
  const user = await sb.server.services.accounts.create(
    em,
    { username, password: PASSWORD, ...extra },
    { name: 'test', requestId: 'test' },
  );
  return user.id;
}

export async function addDevice(
  sb: TestServer,
  userId: number,
  type: string,
  extension: string,
  description = '',
): Promise<number> {
  const em = sb.server.services.db.em();
  const device = await createDevice(em, new SecretBox(SECRET_KEY), {
    userId,
    type,
    extension,
    password: `pw${extension}`,
    description,
  });
  return device.id;
}

export type CallSpec = Partial<CdrRow> & { startedAt: Date };

/** A call as the SIP edge writes it: answered when it has a duration, else ended with its cause (default no answer). */
export function call(spec: CallSpec): Partial<CdrRow> {
  const answered = (spec.duration ?? 0) > 0;
  return {
    caller: '37060000001',
    called: '37060000002',
    direction: 'out',
    destination: 'Lithuania mobile',
    disconnectCause: answered ? 16 : 19,
    connectedAt: answered ? spec.startedAt : null,
    endedAt: new Date(spec.startedAt.getTime() + (spec.duration ?? 0) * 1000 + 5000),
    duration: 0,
    costMicros: 0n,
    priceMicros: 0n,
    currency: 'USD',
    processed: false,
    ...spec,
  };
}

/** Writes calls as the SIP edge would, and tells of them as every writer of tb_cdrs does. */
export async function addCalls(sb: TestServer, calls: Partial<CdrRow>[]): Promise<number[]> {
  const em = sb.server.services.db.em();
  const rows = calls.map((c) => em.create(Cdr, c as CdrRow));
  await em.flush();
  await sb.server.services.cdrChanges.changed(usersOf(calls));
  return rows.map((r) => Number(r.id));
}

export function hashClient(sb: TestServer, userId: number, secret = API_SECRET): MorClient {
  return new MorClient({ baseUrl: sb.baseUrl, hash: { userId, secret } });
}

export function sessionClient(sb: TestServer, username: string, password = PASSWORD): MorClient {
  return new MorClient({ baseUrl: sb.baseUrl, login: { username, password } });
}

export interface Answer {
  status: number;
  text: string;
  headers: Headers;
  /** The parsed document (fast-xml-parser, every value a string). */
  doc: any;
}

/** A request under /billing, answered as text and parsed; fails the test unless the document is well-formed XML. */
export async function request(
  sb: TestServer,
  path: string,
  init: RequestInit & { form?: Record<string, string> } = {},
): Promise<Answer> {
  const { form, ...rest } = init;
  const res = await fetch(
    `${sb.baseUrl}/billing${path}`,
    form
      ? {
          method: 'POST',
          ...rest,
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            ...(rest.headers as Record<string, string> | undefined),
          },
          body: new URLSearchParams(form).toString(),
        }
      : rest,
  );
  const text = await res.text();
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new Error(`not well-formed XML (${JSON.stringify(valid)}):\n${text}`);
  return {
    status: res.status,
    text,
    headers: res.headers,
    doc: new XMLParser({ ignoreAttributes: false, parseTagValue: false }).parse(text),
  };
}

/** The cookie a login answers (name=value), to send back. */
export async function loginCookie(sb: TestServer, username: string, password = PASSWORD): Promise<string> {
  const res = await fetch(`${sb.baseUrl}/billing/api/login?${new URLSearchParams({ u: username, p: password })}`, {
    method: 'POST',
  });
  const cookie = res.headers.get('set-cookie');
  if (!cookie) throw new Error(`no session cookie: ${res.status} ${await res.text()}`);
  return cookie.split(';')[0]!;
}

/**
 * Element structure: names and nesting, attributes as @name; a run of same-named siblings is one repeated element
 * (their shapes merged).
 */
export interface Shape {
  name: string;
  children: Shape[];
}

export function shape(xml: string): Shape {
  const tree = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '@' }).parse(
    xml,
  ) as Node[];
  const roots = tree.filter((n) => !('?xml' in n));
  if (roots.length !== 1) throw new Error('one root element expected');
  return toShape(roots[0]!);
}

type Node = Record<string, unknown>;

function toShape(node: Node): Shape {
  const name = Object.keys(node).find((k) => k !== ':@')!;
  const attributes = Object.keys((node[':@'] as Record<string, string> | undefined) ?? {}).map((a) => ({
    name: a,
    children: [],
  }));
  const children: Shape[] = [];
  for (const child of (node[name] as Node[]).filter((c) => !('#text' in c))) {
    const s = toShape(child);
    const last = children[children.length - 1];
    if (last && last.name === s.name) children[children.length - 1] = merge(last, s);
    else children.push(s);
  }
  return { name, children: [...attributes, ...children] };
}

function merge(a: Shape, b: Shape): Shape {
  const children = [...a.children];
  for (const c of b.children) {
    const i = children.findIndex((x) => x.name === c.name);
    if (i < 0) children.push(c);
    else children[i] = merge(children[i]!, c);
  }
  return { name: a.name, children };
}

/** The seed's samples (fixtures/seed-pages.txt) by section name, e.g. "main" or "cli_add ok". */
export function seedSamples(): Map<string, string> {
  const text = readFileSync(join(import.meta.dirname, 'fixtures', 'seed-pages.txt'), 'utf8');
  const samples = new Map<string, string>();
  for (const section of text.split(/^=== /m).slice(1)) {
    const [head, ...body] = section.split('\n');
    samples.set(head!.replace(/ \(004:L\d+-L\d+\)$/, ''), body.join('\n'));
  }
  return samples;
}
