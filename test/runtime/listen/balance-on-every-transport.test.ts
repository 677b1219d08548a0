// Each transport (HTTP GET, HTTP POST with each body format, WebSocket, raw TCP, UDP) answers `balance` for a
// user created with `newuseri`, in each answer format — on SQLite and on PostgreSQL.
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromMicros, toMicros } from '../../../src/platform/money.ts';
import { testEngines, type TestDatabase } from '../../support/databases.ts';
import { startTestServer, type TestServer, ADMIN } from '../../support/server.ts';
import { tcpExchange, udpExchange, wsExchange } from '../../support/clients.ts';

const USER = { username: 'alice', password: 'alice-pw-1' };
const CREDIT = '12.5';
const query = (extra: Record<string, string>) =>
  new URLSearchParams({ apientry: 'balance', authid: USER.username, authpwd: USER.password, ...extra }).toString();
const xml = new XMLParser({ parseTagValue: false });

/** The real server's text answer, "Your credit is $9.8" (spec/mizu-v2/balance.yaml, wire), its amount as the others write it. */
const creditLine = (b: string) => {
  const amount = /^Your credit is \$(\S+)\n$/.exec(b)?.[1];
  return amount === undefined ? undefined : fromMicros(toMicros(amount));
};

/** Reads the credit out of an answer in any format. */
const CREDIT_IN: Record<string, (body: string) => string | undefined> = {
  text: creditLine,
  cleartext: creditLine,
  json: (b) => JSON.parse(b).data.credit,
  jsonp: (b) => JSON.parse(/^cb\((.*)\);?\s*$/s.exec(b)![1]!).data.credit,
  xml: (b) => String(xml.parse(b).response.data.credit),
  soap: (b) => {
    const doc = xml.parse(b);
    const env = doc['soap:Envelope'] ?? doc['env:Envelope'] ?? Object.values(doc).find((v) => typeof v === 'object');
    const body = env['soap:Body'] ?? env['env:Body'] ?? Object.values(env).find((v) => typeof v === 'object');
    return String(body.response.data.credit);
  },
  html: (b) => /credit<\/t[dh]>\s*<td>([^<]*)</.exec(b)?.[1],
};
const FORMATS = Object.keys(CREDIT_IN);
const formatParams = (format: string): Record<string, string> =>
  format === 'jsonp' ? { format, callback: 'cb' } : { format };

const engines = await testEngines('the transport tests on PostgreSQL');

describe.each(engines.map((open) => [open]))('balance on every transport (%#)', (openDatabase) => {
  let db: TestDatabase;
  let sb: TestServer;

  beforeAll(async () => {
    db = await openDatabase();
    sb = await startTestServer(db);
    const created = await fetch(
      `${sb.baseUrl}/mvapireq/?${new URLSearchParams({
        apientry: 'newuseri',
        authid: ADMIN.username,
        authpwd: ADMIN.password,
        u_username: USER.username,
        u_password: USER.password,
        credit: CREDIT,
        format: 'json',
      })}`,
    );
    expect(((await created.json()) as { code: number }).code).toBe(200);
  });
  afterAll(async () => {
    await sb?.stop();
    await db?.drop();
  });

  it.each(FORMATS)('HTTP GET answers in %s', async (format) => {
    const res = await fetch(`${sb.baseUrl}/mvapireq/?${query(formatParams(format))}`);
    expect(res.status).toBe(200);
    expect(CREDIT_IN[format]!(await res.text())).toBe('12.50');
  });

  it('HTTP GET on the /mvapireq/<command> form OpenAPI documents', async () => {
    const res = await fetch(
      `${sb.baseUrl}/mvapireq/balance?${new URLSearchParams({ authid: USER.username, authpwd: USER.password, format: 'json' })}`,
    );
    expect(((await res.json()) as { data: unknown }).data).toEqual({ credit: '12.50', currency: 'USD' });
  });

  const bodies: [string, string, () => string][] = [
    ['form', 'application/x-www-form-urlencoded', () => query({})],
    [
      'json',
      'application/json',
      () => JSON.stringify({ apientry: 'balance', authid: USER.username, authpwd: USER.password }),
    ],
    [
      'xml',
      'application/xml',
      () =>
        `<request><apientry>balance</apientry><authid>${USER.username}</authid><authpwd>${USER.password}</authpwd></request>`,
    ],
    [
      'soap',
      'application/soap+xml',
      () =>
        `<?xml version="1.0"?><soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope"><soap:Body><balance><authid>${USER.username}</authid><authpwd>${USER.password}</authpwd></balance></soap:Body></soap:Envelope>`,
    ],
    ['ini', 'text/plain', () => `apientry=balance\nauthid=${USER.username}\nauthpwd=${USER.password}\n`],
    ['plain text', 'text/plain', () => query({})],
  ];

  it.each(bodies)('HTTP POST with a %s body, answered in every format', async (_, contentType, body) => {
    for (const format of FORMATS) {
      const res = await fetch(`${sb.baseUrl}/mvapireq/?${new URLSearchParams(formatParams(format))}`, {
        method: 'POST',
        headers: { 'content-type': contentType },
        body: body(),
      });
      expect(CREDIT_IN[format]!(await res.text()), `${format}`).toBe('12.50');
    }
  });

  it('guesses the answer format from the body: JSON in, JSON out', async () => {
    const res = await fetch(`${sb.baseUrl}/mvapireq/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: bodies[1]![2](),
    });
    expect(res.headers.get('content-type')).toMatch(/json/);
  });

  it('answers on WebSocket, one message per request, in every format', async () => {
    const answers = await wsExchange(
      sb.port,
      FORMATS.map((f) => `/mvapireq/?${query(formatParams(f))}`),
    );
    for (const [i, f] of FORMATS.entries()) expect(CREDIT_IN[f]!(answers[i]!), f).toBe('12.50');
  });

  it('answers raw TCP request lines, several on one connection, and close ends it', async () => {
    const text = await tcpExchange(sb.port, [
      `/mvapireq/?${query({ format: 'json' })}`,
      `/mvapireq/?${query({})}`,
      '/mvapireq/?apientry=close',
    ]);
    // Sent at once, the lines are pipelined: each answer is framed, ended by a line EOF (README, raw TCP).
    const [json, textAnswer, bye, after] = text.split(/^EOF\n/m);
    expect(CREDIT_IN.json!(json!)).toBe('12.50');
    expect(CREDIT_IN.text!(textAnswer!)).toBe('12.50');
    expect(bye).toBe('OK: bye\n');
    expect(after).toBe('');
  });

  it.each(FORMATS)('answers a UDP datagram in %s', async (format) => {
    const answer = await udpExchange(sb.port, `/mvapireq/?${query(formatParams(format))}`);
    expect(CREDIT_IN[format]!(answer.toString('utf8'))).toBe('12.50');
  });
});
