// Issue 17, finding 7: NUL and the other control characters in a parameter are refused up front with the dialect's
// parameter error naming the parameter — never an internal error, never an error-level log line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { udpExchange } from '../support/clients.ts';
import { testEngines, type TestDatabase } from '../support/databases.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const engines = await testEngines('the control-character tests on PostgreSQL');

/** Log lines at pino's error level (50) or above. */
const errorLines = (sb: TestServer) => sb.logs.filter((line) => (JSON.parse(line) as { level: number }).level >= 50);

describe.each(engines.map((open) => [open]))('control characters in parameters (%#)', (open) => {
  let db: TestDatabase;
  let sb: TestServer;

  beforeAll(async () => {
    db = await open();
    sb = await startTestServer(db, { globals: { httpapikey: 'the-api-key-1' } });
    sb.config.minisip.syskey = '1234';
  });
  afterAll(async () => {
    await sb?.stop();
    await db?.drop();
  });

  const mizu = (query: string, init?: RequestInit) => fetch(`${sb.baseUrl}/mvapireq/?${query}`, init);

  it.each([
    ['GET', () => mizu('apientry=balance&authid=a%00&authpwd=x&format=json')],
    [
      'POST form',
      () =>
        mizu('format=json', {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: 'apientry=balance&authid=a%00&authpwd=x',
        }),
    ],
    [
      'POST JSON',
      () =>
        mizu('format=json', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ apientry: 'balance', authid: 'a\u0000', authpwd: 'x' }),
        }),
    ],
    ['GET, an ESC byte', () => mizu('apientry=balance&authid=a%1B&authpwd=x&format=json')],
    ['GET, a DEL byte', () => mizu('apientry=balance&authid=a%7F&authpwd=x&format=json')],
  ])('Mizu v2 %s: authid with a control character is an invalid-parameter answer', async (_, send) => {
    const before = errorLines(sb).length;
    const res = await send();
    expect(res.status).toBe(200);
    const answer = (await res.json()) as { error: { code: string; message: string } };
    expect(answer.error.code).toBe('invalid-parameter');
    expect(answer.error.message).toBe(
      'parameter authid contains a control character; control characters other than TAB, LF and CR are refused',
    );
    expect(errorLines(sb).length).toBe(before);
  });

  it('Mizu v2 text answer names the parameter', async () => {
    const text = await (await mizu('apientry=balance&authid=a%00&authpwd=x')).text();
    expect(text).toMatch(/^ERROR: parameter authid contains a control character/);
  });

  it('Mizu v2 over UDP', async () => {
    const before = errorLines(sb).length;
    const answer = String(await udpExchange(sb.port, 'apientry=balance&authid=a%00&authpwd=x'));
    expect(answer).toMatch(/^ERROR: parameter authid contains a control character/);
    expect(errorLines(sb).length).toBe(before);
  });

  it('TAB, LF and CR are not control characters here: an SMS text may carry them', async () => {
    const res = await mizu('apientry=balance&authid=a%09b%0Ac%0D&authpwd=x&format=json');
    const answer = (await res.json()) as { error?: { code: string } };
    expect(answer.error?.code).not.toBe('invalid-parameter');
  });

  it('Mizu v1 /xmapi answers the parameter error', async () => {
    const before = errorLines(sb).length;
    const res = await fetch(`${sb.baseUrl}/xmapi/balance?key=the-api-key-1&usr=a%00&pwd=x`);
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/^ERROR:parameter usr contains a control character; /);
    expect(errorLines(sb).length).toBe(before);
  });

  it('MOR POST /billing/api/login with u=a%00 answers the parameter error, not 500', async () => {
    const before = errorLines(sb).length;
    const res = await fetch(`${sb.baseUrl}/billing/api/login?u=a%00&p=x`, { method: 'POST' });
    expect(res.status).toBe(200); // MOR sends its refusals with 200, as MOR's own server does
    expect(await res.text()).toMatch(/<error>parameter u contains a control character; [^<]*<\/error>/);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(errorLines(sb).length).toBe(before);
  });

  it('MOR form body', async () => {
    const res = await fetch(`${sb.baseUrl}/billing/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'u=admin&p=a%01',
    });
    expect(await res.text()).toContain('parameter p contains a control character');
  });

  it.each([
    ['GET', () => fetch(`${sb.baseUrl}/openapi/version?${encodeURIComponent('{"syskey":"1234","x":"a\\u0000"}')}`)],
    [
      'POST',
      () =>
        fetch(`${sb.baseUrl}/openapi/localuser`, {
          method: 'POST',
          body: JSON.stringify({ syskey: '1234', userid: 'a\u0000' }),
        }),
    ],
  ])('openapi %s: a JSON string value with NUL is the parameter error', async (_, send) => {
    const before = errorLines(sb).length;
    const res = await send();
    expect(res.status).toBe(400);
    const answer = (await res.json()) as { error: { code: string; message: string } };
    expect(answer.error.code).toBe('invalid-parameter');
    expect(answer.error.message).toMatch(/^parameter (x|userid) contains a control character; /);
    expect(errorLines(sb).length).toBe(before);
  });
});
